package org.jobmatch.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.jobmatch.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the user {@code admin} when the ledger has none. A generated password is printed once on the console
 * (not through logging, so no log file keeps it) and written to a file only its owner can read.
 */
@Component
class AdminBootstrap {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AdminProperties properties;
    private final Path passwordFile;

    AdminBootstrap(AccountStore store, PasswordEncoder encoder, AdminProperties properties,
                   @Value("${jobmatch.data-dir}") Path dataDir) {
        this.store = store;
        this.encoder = encoder;
        this.properties = properties;
        this.passwordFile = dataDir.toAbsolutePath().normalize().resolve(AdminProperties.PASSWORD_FILE);
    }

    /** Where the admin's password is to be found, for the start-up line. */
    String passwordHint() {
        if (properties.given()) {
            return "JOBMATCH_ADMIN_PASSWORD";
        }
        return Files.exists(passwordFile) ? passwordFile.toString() : "首次启动时设定 (set on the first start)";
    }

    void ensureAdmin() {
        if (store.exists(AdminProperties.USERNAME)) {
            return;
        }
        boolean given = properties.given();
        String password = given ? properties.password() : Passwords.generate(Accounts.GENERATED_LENGTH);
        UserView admin = new UserView(AdminProperties.USERNAME, Role.ADMIN, null, "管理员", true, null);
        if (!store.insert(admin, encoder.encode(password), "bootstrap") || given) {
            return; // another instance created it first, or the operator knows the password
        }
        writeOwnerOnly(passwordFile, password);
        System.out.println("管理员账号 admin 的初始密码 (initial password of admin): " + password
                + "  已保存到 (saved to) " + passwordFile);
    }

    private static void writeOwnerOnly(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入管理员初始密码文件 (cannot write the admin password file) " + file, e);
        }
    }
}
