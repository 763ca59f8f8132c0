package io.lbaas.it.dataplane;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.lbaas.testsupport.Ports;
import io.lbaas.testsupport.TestCertificates;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers behind the load balancers of a test: each on its own loopback address, all on one port (a
 * backend's servers share its forward port), answering their own address, over HTTP or HTTPS. {@code /slow}
 * holds its answer until {@link #release()}, for tests about connections in flight.
 */
final class TestBackends implements AutoCloseable {

    /** Each set of servers takes its own 127.88.n.0/24, so tests never meet each other's servers. */
    private static final AtomicInteger NEXT_NETWORK = new AtomicInteger((int) (ProcessHandle.current().pid() % 200));

    private final int port = Ports.free();
    private final String network = "127.88." + NEXT_NETWORK.incrementAndGet() % 250 + ".";
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<String> ips = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final SSLContext tls;
    private final AtomicInteger slowInFlight = new AtomicInteger();

    private TestBackends(SSLContext tls) {
        this.tls = tls;
    }

    static TestBackends start(int count) {
        return start(count, null);
    }

    /** Servers that answer over TLS only, presenting {@code certificate}. */
    static TestBackends startTls(int count, TestCertificates.Issued certificate) {
        return start(count, serving(certificate));
    }

    private static TestBackends start(int count, SSLContext tls) {
        TestBackends backends = new TestBackends(tls);
        for (int i = 1; i <= count; i++) {
            backends.add(i);
        }
        return backends;
    }

    private static SSLContext serving(TestCertificates.Issued certificate) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate leaf = new JcaX509CertificateConverter().getCertificate(certificate.certificate());
            store.setKeyEntry("server", certificate.keys().getPrivate(), new char[0], new Certificate[]{leaf});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, new char[0]);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot serve TLS with the test certificate", e);
        }
    }

    /** Starts the server number {@code n} (again, after {@link #stop(int)}). */
    void add(int n) {
        String ip = network + n;
        try {
            HttpServer server = tls == null ? HttpServer.create(new InetSocketAddress(ip, port), 50)
                    : HttpsServer.create(new InetSocketAddress(ip, port), 50);
            if (server instanceof HttpsServer https) {
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
            }
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().equals("/slow")) {
                    slowInFlight.incrementAndGet();
                    awaitRelease();
                }
                byte[] body = ip.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            while (servers.size() < n) {
                servers.add(null);
                ips.add(null);
            }
            servers.set(n - 1, server);
            ips.set(n - 1, ip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on " + ip + ":" + port, e);
        }
    }

    void stop(int n) {
        servers.get(n - 1).stop(0);
    }

    int port() {
        return port;
    }

    String ip(int n) {
        return network + n;
    }

    List<String> ips() {
        return List.copyOf(ips);
    }

    /** The servers' addresses as a JSON array, for a backend's {@code server_ip}. */
    String poolJson() {
        return poolJson(ips.size());
    }

    /** The first {@code count} servers' addresses as a JSON array. */
    String poolJson(int count) {
        return "[\"" + String.join("\",\"", ips.subList(0, count)) + "\"]";
    }

    /** How many {@code /slow} requests have reached a server. */
    int slowRequestsReceived() {
        return slowInFlight.get();
    }

    void release() {
        released.countDown();
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        servers.stream().filter(server -> server != null).forEach(server -> server.stop(0));
    }
}
