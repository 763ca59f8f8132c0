package io.lbaas.dataplane.reconcile;

import io.lbaas.dataplane.DataPlaneConfig;
import io.lbaas.dataplane.certificate.CertificateIssuance;
import io.lbaas.dataplane.certificate.HaproxyChallenges;
import io.lbaas.dataplane.desired.DesiredState;
import io.lbaas.dataplane.desired.LbConfig;
import io.lbaas.dataplane.haproxy.ConfigCheck;
import io.lbaas.dataplane.haproxy.HaproxyBinary;
import io.lbaas.dataplane.haproxy.HaproxyException;
import io.lbaas.dataplane.haproxy.HaproxyConfigRenderer;
import io.lbaas.dataplane.haproxy.HaproxyNames;
import io.lbaas.dataplane.haproxy.HaproxyProcess;
import io.lbaas.dataplane.haproxy.LbPaths;
import io.lbaas.dataplane.haproxy.RenderedConfig;
import io.lbaas.dataplane.report.Reports;
import io.lbaas.events.lb.LbEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Applies one load balancer's wanted configuration to its HAProxy, and reports the status this leads to. A
 * configuration HAProxy rejects never replaces the running one: the LB goes to {@code error} with HAProxy's reason
 * and keeps serving its last good configuration. Pool changes alone go through the runtime API; the rest reloads.
 */
@ApplicationScoped
public class LbApplier {

    private static final Logger LOG = Logger.getLogger(LbApplier.class);
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private final HaproxyConfigRenderer renderer;
    private final HaproxyBinary binary;
    private final Reports reports;
    private final DesiredState desired;
    private final Path root;
    private final MeterRegistry meters;
    private final HaproxyChallenges challenges;
    private final CertificateIssuance issuance;
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();

    LbApplier(HaproxyConfigRenderer renderer, Reports reports, DesiredState desired, DataPlaneConfig config,
              MeterRegistry meters, HaproxyChallenges challenges, CertificateIssuance issuance) {
        this.renderer = renderer;
        this.challenges = challenges;
        this.issuance = issuance;
        this.binary = new HaproxyBinary(config.haproxy());
        this.reports = reports;
        this.desired = desired;
        this.root = config.runtimeDir();
        this.meters = meters;
        meters.gaugeMapSize("lbaas.dataplane.lbs", Tags.empty(), running);
    }

    /** What runs for one LB: its HAProxy and the configuration it was last given, if this agent gave it. */
    record Running(HaproxyProcess process, LbConfig applied) {
    }

    /** The LBs this agent runs, for the observer. */
    Map<UUID, Running> running() {
        return Map.copyOf(running);
    }

    void apply(UUID lbId, Optional<LbConfig> wanted) {
        LbPaths paths = LbPaths.of(root, lbId);
        if (wanted.isEmpty()) {
            remove(lbId, paths);
            return;
        }
        LbConfig lb = wanted.get();
        Running current = running.computeIfAbsent(lbId, id -> new Running(adoptOrCreate(paths), null));
        String status = desired.reportedStatus(lbId).orElse("");
        if (status.equals("to_create")) {
            reports.status(lbId, "creating", null);
        } else if (current.applied() != null && !current.applied().type().equals(lb.type())) {
            reports.status(lbId, "migrating", null);
        }
        try {
            running.put(lbId, new Running(current.process(), lb));
            String outcome = configure(current, lb, paths);
            LOG.debugf("lb %s: %s", lbId, outcome);
            reports.status(lbId, "ready", null);
            // On this host a private network needs nothing of HAProxy (see docs/architecture.md): an LB that
            // serves serves its attachments.
            desired.pendingPrivateNetworks(lbId).forEach(reports::privateNetworkReady);
            issuance.issueDue(lbId);
        } catch (RejectedConfig e) {
            running.put(lbId, current);
            LOG.warnf("lb %s: HAProxy rejected the configuration, the last good one keeps running: %s", lbId,
                    e.getMessage());
            reports.status(lbId, "error", e.getMessage());
        } catch (RuntimeException e) {
            running.put(lbId, current);
            LOG.errorf(e, "lb %s: applying failed", lbId);
            reports.status(lbId, "error", e.getMessage());
        }
    }

    /**
     * The tenant deleted the LB: says it is {@code deleting}, stops its HAProxy, removes its files, then says it is
     * gone. Run again (resync) until the log shows it removed, so a report that did not arrive is sent again.
     */
    void takeDown(UUID lbId) {
        reports.status(lbId, LbEvents.STATUS_DELETING, null);
        remove(lbId, LbPaths.of(root, lbId));
        reports.removed(lbId);
    }

    /**
     * The LB running here is another agent's now (its partition went to that agent, which adopts the HAProxy): it
     * keeps running, but this agent no longer watches, vouches for nor changes it.
     */
    void release(UUID lbId) {
        if (running.remove(lbId) != null) {
            LOG.infof("lb %s: left to the agent that owns it now", lbId);
        }
    }

    /** The project of an LB whose files are here, as its last apply wrote it; empty if unknown. */
    Optional<UUID> projectOnDisk(UUID lbId) {
        try {
            return Optional.of(UUID.fromString(Files.readString(LbPaths.of(root, lbId).projectFile()).strip()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private HaproxyProcess adoptOrCreate(LbPaths paths) {
        return HaproxyProcess.adopt(paths, binary).orElseGet(() -> new HaproxyProcess(paths, binary));
    }

    /** Answers what it did, for the logs and the counters. */
    private String configure(Running current, LbConfig lb, LbPaths paths) {
        RenderedConfig rendered = renderer.render(lb, paths);
        writeFiles(rendered, paths);
        if (!sameContent(paths.projectFile(), lb.projectId().toString())) {
            write(paths.projectFile(), lb.projectId().toString());
        }
        challenges.writeMap(lb.id(), paths);
        write(paths.candidateConfig(), rendered.haproxyCfg());
        ConfigCheck check = binary.check(paths.candidateConfig());
        if (!check.ok()) {
            throw new RejectedConfig(check.message());
        }
        String fingerprint = fingerprint(rendered);
        boolean unchanged = sameContent(paths.appliedMarker(), fingerprint);
        move(paths.candidateConfig(), paths.config());
        HaproxyProcess process = current.process();
        String outcome;
        if (!process.isRunning()) {
            process.start();
            outcome = "started";
        } else if (unchanged) {
            return count("unchanged");
        } else if (PoolChanges.between(current.applied(), lb).filter(pool -> applyAtRuntime(process, pool))
                .isPresent()) {
            outcome = "runtime";
        } else {
            process.reload();
            outcome = "reloaded";
        }
        write(paths.appliedMarker(), fingerprint);
        return count(outcome);
    }

    /**
     * What HAProxy runs, the configuration and every file it reads (certificates, crt-lists) together: a renewed
     * certificate changes it as much as a new frontend does. Kept once HAProxy has taken it, so a reload that
     * failed, or an agent stopped between writing the files and reloading, is applied again next time.
     */
    private static String fingerprint(RenderedConfig rendered) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(rendered.haproxyCfg().getBytes(StandardCharsets.UTF_8));
            rendered.files().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
                digest.update(file.getKey().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** False if HAProxy refused one of them: the caller reloads, which applies them all from the file. */
    private boolean applyAtRuntime(HaproxyProcess process, PoolChanges pool) {
        try {
            for (PoolChanges.Change change : pool.changes()) {
                String backend = HaproxyNames.backend(change.backend().id());
                String server = HaproxyNames.server(change.ip());
                if (change.added()) {
                    process.runtimeApi().addServer(backend, server,
                            renderer.serverAddress(change.backend(), change.ip()),
                            renderer.serverOptions(change.backend()));
                    if ("cookie".equals(change.backend().spec().stickySessions())) {
                        // HAProxy computes a dynamic cookie for a server added at runtime only when told the key
                        // again; it is the same key, so the other servers' cookies do not change.
                        process.runtimeApi().setDynamicCookieKey(backend, HaproxyNames.cookieKey(
                                change.backend().id()));
                    }
                } else {
                    process.runtimeApi().deleteServer(backend, server);
                }
            }
            return true;
        } catch (HaproxyException e) {
            LOG.infof("lb %s: the runtime API refused a pool change (%s), reloading instead",
                    process.paths().dir().getFileName(), e.getMessage());
            return false;
        }
    }

    private String count(String outcome) {
        meters.counter("lbaas.dataplane.applies", "outcome", outcome).increment();
        return outcome;
    }

    private void remove(UUID lbId, LbPaths paths) {
        Running gone = running.remove(lbId);
        HaproxyProcess process = gone != null ? gone.process() : HaproxyProcess.adopt(paths, binary).orElse(null);
        if (process != null && process.isRunning()) {
            process.stop();
            LOG.infof("lb %s: stopped", lbId);
        }
        deleteRecursively(paths.dir());
        // Deleted while held: another agent waiting on it then finds nothing left to do but the same removal.
        deleteRecursively(HostLock.file(root, lbId));
    }

    private static void writeFiles(RenderedConfig rendered, LbPaths paths) {
        for (Map.Entry<Path, String> file : rendered.files().entrySet()) {
            if (!sameContent(file.getKey(), file.getValue())) {
                write(file.getKey(), file.getValue());
            }
        }
    }

    /**
     * Written aside then moved, so HAProxy never reads half a file; private from the first byte, in a private
     * directory: certificates hold keys.
     */
    private static void write(Path file, String content) {
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

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("moving " + from + " to " + to, e);
        }
    }

    private static boolean sameContent(Path file, String content) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("cannot remove %s: %s", dir, e);
        }
    }

    /** HAProxy's own check refused the rendered configuration; the message is HAProxy's. */
    private static final class RejectedConfig extends RuntimeException {
        RejectedConfig(String message) {
            super(message);
        }
    }
}
