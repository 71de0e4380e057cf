package org.jobmatch.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The service's last start-up line: where it listens and where the admin's password is. */
@Component
class StartupLine {

    private static final Logger log = LoggerFactory.getLogger(StartupLine.class);

    private final AdminBootstrap bootstrap;

    StartupLine(AdminBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return; // a command-line tool: no users to serve
        }
        bootstrap.ensureAdmin();
        log.info("jobmatch 已启动 (started): http://localhost:{}/ · 管理员 admin 的密码 (admin password): {}",
                web.getWebServer().getPort(), bootstrap.passwordHint());
    }
}
