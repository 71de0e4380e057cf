package org.jobmatch.kiosk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jobmatch.matching.Recommendation;

/**
 * One identified person at a kiosk, behind an opaque token: the recommendations last shown (interest can only
 * be recorded for those) and the referrals recorded from them.
 */
final class KioskSession {

    private final String personId;
    private final String client;
    private final Instant openedAt;
    private volatile Instant lastUsed;
    private volatile List<Recommendation> shown = List.of();
    private final Map<String, Long> referrals = new ConcurrentHashMap<>();

    KioskSession(String personId, String client, Instant openedAt) {
        this.personId = personId;
        this.client = client;
        this.openedAt = openedAt;
        this.lastUsed = openedAt;
    }

    String personId() {
        return personId;
    }

    String client() {
        return client;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    void show(List<Recommendation> recommendations) {
        shown = List.copyOf(recommendations);
    }

    Optional<Recommendation> shown(String vacancyId) {
        return shown.stream().filter(r -> r.vacancyId().equals(vacancyId)).findFirst();
    }

    Optional<Long> referral(String vacancyId) {
        return Optional.ofNullable(referrals.get(vacancyId));
    }

    void referred(String vacancyId, long referralId) {
        referrals.put(vacancyId, referralId);
    }
}
