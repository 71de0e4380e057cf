package org.jobmatch.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bootstrap admin's password on the first start: {@code jobmatch.admin.password}, i.e. the environment's
 * {@code JOBMATCH_ADMIN_PASSWORD}; when unset one is generated.
 */
@ConfigurationProperties("jobmatch.admin")
record AdminProperties(String password) {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";

    boolean given() {
        return password != null && !password.isBlank();
    }
}
