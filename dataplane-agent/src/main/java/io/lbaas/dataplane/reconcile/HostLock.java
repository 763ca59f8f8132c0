package io.lbaas.dataplane.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Holds one LB for one agent process of this host: agents share the host's HAProxys, and during a hand-over the
 * agent losing an LB may still be applying it when the one gaining it starts. An OS file lock, so it is released
 * if the process dies.
 */
final class HostLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private HostLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static HostLock of(Path runtimeDir, UUID lbId) {
        Path file = file(runtimeDir, lbId);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new HostLock(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("locking " + file, e);
        }
    }

    /** Outside the LB's own directory, which a removal deletes while the lock is held. */
    static Path file(Path runtimeDir, UUID lbId) {
        return runtimeDir.resolve("locks").resolve(lbId + ".lock");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("unlocking", e);
        }
    }
}
