package io.lbaas.dataplane.haproxy;

/** HAProxy did not do what was asked; the message says which load balancer, what was asked and what HAProxy said. */
public class HaproxyException extends RuntimeException {

    public HaproxyException(String message) {
        super(message);
    }

    public HaproxyException(String message, Throwable cause) {
        super(message, cause);
    }
}
