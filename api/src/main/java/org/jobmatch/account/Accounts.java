package org.jobmatch.account;

import java.util.List;
import java.util.regex.Pattern;

import org.jobmatch.domain.Gazetteer;
import org.jobmatch.security.Role;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, changes and disables users; issues kiosk device accounts. There is always one enabled admin left. */
@Service
class Accounts {

    static final int GENERATED_LENGTH = 16;
    static final int DEVICE_SECRET_LENGTH = 24;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Gazetteer gazetteer;

    Accounts(AccountStore store, PasswordEncoder encoder, Gazetteer gazetteer) {
        this.store = store;
        this.encoder = encoder;
        this.gazetteer = gazetteer;
    }

    /** A user and, when the service generated it, the password to hand over (shown this once). */
    record Issued(UserView user, String password) {
    }

    List<UserView> list() {
        return store.list();
    }

    @Transactional
    Issued create(String username, Role role, String township, String displayName, String password, String by) {
        checkUsername(username);
        String given = password == null || password.isEmpty() ? null : checkPassword(password);
        String issued = given != null ? given : Passwords.generate(role == Role.KIOSK ? DEVICE_SECRET_LENGTH : GENERATED_LENGTH);
        UserView user = new UserView(username, role, checkTownship(role, township), displayName, true, null);
        if (!store.insert(user, encoder.encode(issued), by)) {
            throw ApiException.conflict("username-taken", "用户名已存在: " + username, "user name taken: " + username);
        }
        return new Issued(store.find(username).orElseThrow(), given == null ? issued : null);
    }

    @Transactional
    UserView change(String username, Role role, String township, String displayName, Boolean enabled) {
        UserView old = user(username);
        Role newRole = role == null ? old.role() : role;
        String newTownship = township == null ? old.township() : township.isBlank() ? null : township;
        boolean newEnabled = enabled == null ? old.enabled() : enabled;
        UserView changed = old.with(newRole, checkTownship(newRole, newTownship),
                displayName == null ? old.displayName() : displayName, newEnabled);
        boolean stopsBeingAdmin = old.role() == Role.ADMIN && old.enabled()
                && (newRole != Role.ADMIN || !newEnabled);
        if (stopsBeingAdmin && store.lockEnabledAdmins() <= 1) {
            throw ApiException.conflict("last-admin", "不能停用或改变最后一个管理员",
                    "cannot disable or re-role the last enabled admin");
        }
        store.update(changed);
        return changed;
    }

    /** Sets the given password, or a generated one that is returned. */
    @Transactional
    Issued resetPassword(String username, String password) {
        UserView user = user(username);
        String given = password == null || password.isEmpty() ? null : checkPassword(password);
        String issued = given != null ? given
                : Passwords.generate(user.role() == Role.KIOSK ? DEVICE_SECRET_LENGTH : GENERATED_LENGTH);
        store.setPassword(username, encoder.encode(issued));
        return new Issued(user, given == null ? issued : null);
    }

    private UserView user(String username) {
        return store.find(username).orElseThrow(() -> ApiException.notFound("user", username));
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("invalid-username", "用户名须为 2–64 个字母、数字或 . _ -",
                    "user name must be 2-64 letters, digits or . _ -");
        }
    }

    private static String checkPassword(String password) {
        if (password.length() < Passwords.MIN_LENGTH || password.length() > 128) {
            throw ApiException.badRequest("weak-password", "密码长度须为 " + Passwords.MIN_LENGTH + "–128 个字符",
                    "password must be " + Passwords.MIN_LENGTH + "-128 characters");
        }
        return password;
    }

    private String checkTownship(Role role, String township) {
        if (township == null || township.isBlank()) {
            if (role == Role.TOWNSHIP_STAFF) {
                throw ApiException.badRequest("township-required", "乡镇工作人员必须指定所属乡镇（街道）",
                        "township staff need a township");
            }
            return null;
        }
        if (!gazetteer.townships().contains(township)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-township", "未知的乡镇（街道）: " + township,
                    "unknown township: " + township);
        }
        return township;
    }
}
