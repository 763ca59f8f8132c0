package io.lbaas.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Real UDP servers on loopback, each answering every datagram with its own name ("u1", "u2"...). */
public final class UdpServers implements AutoCloseable {

    private static final int FIRST_PORT = 20000;
    private static final int LAST_PORT = 49151;
    private static final int MAX_ATTEMPTS = 100;

    private final List<DatagramSocket> sockets = new ArrayList<>();

    public static UdpServers start(int count) throws IOException {
        UdpServers servers = new UdpServers();
        for (int i = 1; i <= count; i++) {
            DatagramSocket socket = boundBelowOvhsLimit();
            servers.sockets.add(socket);
            String name = "u" + i;
            Thread answering = new Thread(() -> answer(socket, name), "udp-" + name);
            answering.setDaemon(true);
            answering.start();
        }
        return servers;
    }

    /**
     * A socket on a free port OVH's API accepts (at most 49151): the system's ephemeral ports (from 32768 up to
     * 60999 on Linux) may be above it.
     */
    private static DatagramSocket boundBelowOvhsLimit() throws IOException {
        for (int attempt = 0; ; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_PORT, LAST_PORT + 1);
            try {
                return new DatagramSocket(new InetSocketAddress("127.0.0.1", port));
            } catch (BindException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public int port(int server) {
        return sockets.get(server - 1).getLocalPort();
    }

    /**
     * Sends one datagram from a socket of its own (a new client, so a new session for the balancer) and answers
     * the name of the server that answered, if one did within the timeout.
     */
    public static Optional<String> ask(InetSocketAddress to, int timeoutMillis) throws IOException {
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            client.setSoTimeout(timeoutMillis);
            byte[] question = "who?".getBytes(StandardCharsets.US_ASCII);
            client.send(new DatagramPacket(question, question.length, to));
            DatagramPacket answer = new DatagramPacket(new byte[64], 64);
            client.receive(answer);
            return Optional.of(new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    private static void answer(DatagramSocket socket, String name) {
        byte[] buffer = new byte[512];
        byte[] reply = name.getBytes(StandardCharsets.US_ASCII);
        while (!socket.isClosed()) {
            try {
                DatagramPacket received = new DatagramPacket(buffer, buffer.length);
                socket.receive(received);
                socket.send(new DatagramPacket(reply, reply.length, received.getSocketAddress()));
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        sockets.forEach(DatagramSocket::close);
    }
}
