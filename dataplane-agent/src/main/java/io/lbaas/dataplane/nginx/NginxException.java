package io.lbaas.dataplane.nginx;

/** nginx refused a configuration, or did not start, reload or stop; the message says which LB and why. */
public class NginxException extends RuntimeException {

    public NginxException(String message) {
        super(message);
    }

    public NginxException(String message, Throwable cause) {
        super(message, cause);
    }
}
