package io.lbaas.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.0 over a fresh connection per request, as many clients do: every request is balanced on its own, tests
 * that the load balancer accepts a connection, and the caller controls every header (Host, Cookie) it decides on.
 * The client of the data plane's tests and benchmarks.
 */
public final class RawHttp {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public static Answer get(String ip, int port, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ip, port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            return exchange(socket.getInputStream(), socket.getOutputStream(), path, headers);
        }
    }

    public static Answer get(String ip, int port, String path) throws IOException {
        return get(ip, port, path, Map.of());
    }

    /** The body of a 200 to {@code GET /}; any other answer is an IOException too. */
    public static String okBody(InetSocketAddress address) throws IOException {
        Answer answer = get(address.getHostString(), address.getPort(), "/");
        if (answer.status() != 200) {
            throw new IOException("not a 200 from " + address + " but a " + answer.status());
        }
        return answer.body();
    }

    /** One exchange on a connection the caller made (a TLS one, say). */
    public static Answer exchange(InputStream in, OutputStream out, String path, Map<String, String> headers)
            throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return parse(all.toString(StandardCharsets.ISO_8859_1));
    }

    private static Answer parse(String raw) throws IOException {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + raw);
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim(),
                        (first, second) -> first + ", " + second);
            }
        }
        return new Answer(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }
}
