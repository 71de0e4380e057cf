package org.jobmatch.security;

import java.util.Objects;
import java.util.Optional;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

/** Who is asking: the signed-in account, its role and, for township staff, the one township it may see. */
public record Viewer(String username, Role role, String township) {

    public Viewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.TOWNSHIP_STAFF && (township == null || township.isBlank())) {
            throw new IllegalArgumentException("township staff need a township");
        }
    }

    /** The township this viewer is limited to; empty when it sees the whole county. */
    public Optional<String> limitedTo() {
        return role == Role.TOWNSHIP_STAFF ? Optional.of(township) : Optional.empty();
    }

    public boolean maySee(String recordTownship) {
        return limitedTo().map(own -> own.equals(recordTownship)).orElse(true);
    }

    /** Refuses (403) a record of another township. */
    public void checkTownship(String recordTownship) {
        if (!maySee(recordTownship)) {
            throw otherTownship();
        }
    }

    /**
     * The township a request of this viewer covers: township staff their own (asking for another is 403), others
     * the one asked for, or the whole county (null).
     */
    public String scope(String asked) {
        String wanted = asked == null || asked.isBlank() ? null : asked.strip();
        return limitedTo().map(own -> {
            if (wanted != null && !wanted.equals(own)) {
                throw otherTownship();
            }
            return own;
        }).orElse(wanted);
    }

    /** Who to record as the operator of a change: the account, after the name a request gave, if any. */
    public String operator(String given) {
        return given == null || given.isBlank() ? username : given.strip() + "（" + username + "）";
    }

    public static ApiException otherTownship() {
        return new ApiException(HttpStatus.FORBIDDEN, "other-township",
                "无权访问其他乡镇（街道）的记录", "the record belongs to another township");
    }
}
