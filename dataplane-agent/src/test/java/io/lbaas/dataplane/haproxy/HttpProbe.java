package io.lbaas.dataplane.haproxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One HTTP/1.0 request on a connection of its own, so that every request tests that HAProxy accepts one. */
final class HttpProbe {

    private static final int TIMEOUT_MILLIS = 3000;

    private HttpProbe() {
    }

    /** The body of the answer to {@code GET /}; anything but a 200 is an exception. */
    static String get(InetSocketAddress frontend) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(frontend, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.0\r\nHost: lb\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!response.startsWith("HTTP/1.0 200") && !response.startsWith("HTTP/1.1 200")) {
                throw new IOException("not a 200 from " + frontend + ": " + response.lines().findFirst().orElse(""));
            }
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }
}
