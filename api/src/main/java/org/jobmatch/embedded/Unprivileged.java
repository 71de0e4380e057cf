package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Elasticsearch and PostgreSQL both refuse to run as root. When we are root they run as
 * nobody (65534) through {@code setpriv}; setpriv also gives every child a parent-death
 * signal, so the servers go down with the JVM even after {@code kill -9}.
 */
final class Unprivileged {

    static final int NOBODY = 65534;

    private final boolean root;
    private final Optional<Path> setpriv;

    Unprivileged(boolean root, Optional<Path> setpriv) {
        this.root = root;
        this.setpriv = setpriv;
    }

    static Unprivileged detect() {
        return new Unprivileged(effectiveUid().orElse(-1) == 0, findOnPath("setpriv"));
    }

    boolean isRoot() {
        return root;
    }

    /** What to put before a server command; {@code deathSignal} reaches the server when the JVM dies. */
    List<String> commandPrefix(String deathSignal) {
        if (setpriv.isEmpty()) {
            if (root) {
                throw new IllegalStateException("以 root 运行时需要 setpriv (util-linux) 来降权启动数据库"
                        + " (setpriv is required to run the servers unprivileged when started as root)");
            }
            return List.of();
        }
        List<String> prefix = new ArrayList<>(List.of(setpriv.get().toString()));
        if (root) {
            prefix.addAll(List.of("--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        prefix.addAll(List.of("--pdeathsig", deathSignal));
        return prefix;
    }

    /** Gives the servers' own directories to the unprivileged user (no-op unless root). */
    void handOver(Path... dirs) {
        if (!root) {
            return;
        }
        for (Path dir : dirs) {
            Commands.run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()));
        }
    }

    /** Fails unless the unprivileged user can enter the existing {@code dir} (it and every ancestor need o+x). */
    void checkTraversable(Path dir) {
        if (!root) {
            return;
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!traversableByNobody(p)) {
                throw new IllegalStateException("数据目录 " + dir + " 无法被非特权用户 (uid " + NOBODY + ") 访问: "
                        + p + " 缺少 o+x 权限 (the data directory is not reachable by the unprivileged user the"
                        + " servers run as, because " + p + " lacks o+x): set JOBMATCH_DATA_DIR to a directory"
                        + " outside /root, e.g. /var/lib/jobmatch, or run chmod o+x " + p);
            }
        }
    }

    private static boolean traversableByNobody(Path dir) {
        try {
            return Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)
                    || Integer.valueOf(NOBODY).equals(Files.getAttribute(dir, "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static Optional<Integer> effectiveUid() {
        try {
            return parseEffectiveUid(Files.readString(Path.of("/proc/self/status")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The effective uid from the "Uid:" line of /proc/PID/status (real, effective, saved, fs). */
    static Optional<Integer> parseEffectiveUid(String status) {
        return status.lines()
                .filter(line -> line.startsWith("Uid:"))
                .map(line -> line.substring(4).trim().split("\\s+"))
                .filter(fields -> fields.length >= 2)
                .map(fields -> Integer.parseInt(fields[1]))
                .findFirst();
    }

    private static Optional<Path> findOnPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + ":/usr/bin:/bin:/usr/sbin:/sbin";
        return Stream.of(path.split(":"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
