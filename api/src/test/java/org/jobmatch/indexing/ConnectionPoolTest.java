package org.jobmatch.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionPoolTest {

    @Test
    void everyRequestThreadAndTheBackgroundGetAConnectionToEachNode() {
        ConnectionPool pool = new ConnectionPool(200, 16, 3);

        assertThat(pool.perNode()).isEqualTo(216);
        assertThat(pool.total()).isEqualTo(648);
    }

    @Test
    void noNodesListedCountsAsOne() {
        assertThat(new ConnectionPool(10, 2, 0).total()).isEqualTo(12);
    }
}
