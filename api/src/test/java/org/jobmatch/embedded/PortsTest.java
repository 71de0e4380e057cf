package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void picksAFreePortForZero() {
        int port = Ports.resolve(0, "JOBMATCH_EMBEDDED_POSTGRES_PORT");

        assertThat(port).isPositive();
        assertThat(Ports.isFree(port)).isTrue();
    }

    @Test
    void picksBelowTheEphemeralRangeAndNeverTheSamePortTwice() {
        Set<Integer> picked = IntStream.range(0, 50).mapToObj(i -> Ports.freePort()).collect(Collectors.toSet());

        assertThat(picked).hasSize(50).allSatisfy(port -> assertThat(port).isBetween(Ports.PICK_FROM, Ports.PICK_TO));
    }

    @Test
    void keepsARequestedPortThatIsFree() {
        int free = Ports.freePort();

        assertThat(Ports.resolve(free, "JOBMATCH_EMBEDDED_POSTGRES_PORT")).isEqualTo(free);
    }

    @Test
    void explainsHowToMoveAwayFromABusyPort() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, Ports.LOOPBACK)) {
            int port = busy.getLocalPort();

            assertThatThrownBy(() -> Ports.resolve(port, "JOBMATCH_EMBEDDED_ELASTICSEARCH_PORT"))
                    .hasMessage("端口 " + port + " 已被占用 (port " + port + " is already in use): set"
                            + " JOBMATCH_EMBEDDED_ELASTICSEARCH_PORT to another port or 0 for a free one");
        }
    }

    @Test
    void takesAPortThatOnlyClosedConnectionsStillHold() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, Ports.LOOPBACK);
             Socket client = new Socket(Ports.LOOPBACK, server.getLocalPort())) {
            port = server.getLocalPort();
            // the server side closes first, so its end of the connection waits in TIME_WAIT on the port
            server.accept().close();
        }

        assertThat(Ports.isFree(port)).isTrue();
    }
}
