package org.jobmatch.batch;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * An instance among those sharing a ledger, as its leases name it: pid and host (for the log reader), then a random
 * part, so that two services in one JVM (tests) are two instances too.
 */
final class Instance {

    private static final String PROCESS = ManagementFactory.getRuntimeMXBean().getName();

    private Instance() {
    }

    static String next() {
        return PROCESS + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
