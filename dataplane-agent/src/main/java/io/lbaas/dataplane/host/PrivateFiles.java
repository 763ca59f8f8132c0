package io.lbaas.dataplane.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files the agent writes for its daemons: written aside then moved, so a daemon never reads half a file, and
 * private from the first byte in private directories, since certificates hold keys.
 */
public final class PrivateFiles {

    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PrivateFiles() {
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent(), PRIVATE_DIRECTORY);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PRIVATE_FILE);
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            move(temporary, file);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    public static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("moving " + from + " to " + to, e);
        }
    }

    public static boolean sameContent(Path file, String content) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content);
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes {@code path} and everything under it, if it exists. */
    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("removing " + path, e);
        }
    }
}
