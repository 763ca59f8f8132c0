package io.lbaas.dataplane.haproxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One command sent to an HAProxy command line socket (runtime API or master CLI). Not in interactive mode, HAProxy
 * answers one command and closes the connection, so the answer is everything read until the end of the stream.
 * The master CLI of HAProxy 2.6 only closes once the client has closed its side, hence the half-close.
 */
final class UnixSocketCli {

    private UnixSocketCli() {
    }

    static String send(Path socket, String command, Duration timeout) {
        if (command.contains("\n")) {
            throw new IllegalArgumentException("one command at a time, not '" + command + "'");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer request = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
            while (request.hasRemaining()) {
                channel.write(request);
            }
            channel.shutdownOutput();
            return readUntilClosed(channel, deadline);
        } catch (IOException e) {
            throw new HaproxyException("'" + command + "' on " + socket + " failed: " + e.getMessage(), e);
        } catch (AnswerTimeout e) {
            throw new HaproxyException("'" + command + "' on " + socket + " got no complete answer within "
                    + timeout + ", so far: " + e.partialAnswer);
        }
    }

    // A blocking channel has no read timeout, hence a selector.
    private static String readUntilClosed(SocketChannel channel, long deadline) throws IOException, AnswerTimeout {
        channel.configureBlocking(false);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                int read;
                while ((read = channel.read(buffer)) > 0) {
                    answer.write(buffer.array(), 0, read);
                    buffer.clear();
                }
                if (read < 0) {
                    return answer.toString(StandardCharsets.UTF_8);
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new AnswerTimeout(answer.toString(StandardCharsets.UTF_8));
                }
                selector.select(remainingMillis);
                selector.selectedKeys().clear();
            }
        }
    }

    private static final class AnswerTimeout extends Exception {
        private final String partialAnswer;

        private AnswerTimeout(String partialAnswer) {
            super(null, null, false, false);
            this.partialAnswer = partialAnswer;
        }
    }
}
