package io.lbaas.api.core;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bounds of the write path. */
@ConfigMapping(prefix = "lbaas.commands")
public interface CommandConfig {

    /**
     * How long a command waits for the read models: first to catch up with the log before deciding, then to
     * show its own events. Past it the caller gets 503 with Retry-After.
     */
    @WithDefault("5s")
    Duration readModelWait();
}
