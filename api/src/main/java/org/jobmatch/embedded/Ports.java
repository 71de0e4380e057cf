package org.jobmatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Port choice for the embedded servers: all of them listen on loopback only. */
final class Ports {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /**
     * Free ports are picked here, below the kernel's ephemeral range (Linux 32768-60999, others 49152-65535): in
     * the seconds between our pick and the server's bind, any outgoing connection of a busy machine could take
     * a port from that range, and the server would fail to start.
     */
    static final int PICK_FROM = 20000;
    static final int PICK_TO = 32767;
    private static final int PICKS = 200;
    /** Never the same port twice in this JVM: the servers bind theirs only later. */
    private static final Set<Integer> PICKED = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * The requested port if it is free, a free port when 0 was requested.
     *
     * @param envVariable the environment variable a user sets to change this port, quoted in the error
     */
    static int resolve(int requested, String envVariable) {
        if (requested == 0) {
            return freePort();
        }
        if (!isFree(requested)) {
            throw new IllegalStateException("端口 " + requested + " 已被占用 (port " + requested
                    + " is already in use): set " + envVariable + " to another port or 0 for a free one");
        }
        return requested;
    }

    /** Free unless something listens on it: connections of a server just stopped (TIME_WAIT) do not count. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        for (int pick = 0; pick < PICKS; pick++) {
            int port = ThreadLocalRandom.current().nextInt(PICK_FROM, PICK_TO + 1);
            if (isFree(port) && PICKED.add(port)) {
                return port;
            }
        }
        return anyFreePort();
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("没有可用端口 (no free port)", e);
        }
    }
}
