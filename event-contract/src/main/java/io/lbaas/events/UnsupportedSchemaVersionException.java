package io.lbaas.events;

/**
 * An event written by a newer build than this one. Skipping it would make derived state diverge from the
 * log, so a consumer that meets one must stop and be upgraded.
 */
public class UnsupportedSchemaVersionException extends EventDecodingException {

    public UnsupportedSchemaVersionException(String message) {
        super(message);
    }
}
