package org.jobmatch.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jobmatch.security.Account;
import org.jobmatch.security.Role;
import org.jobmatch.security.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code users} table. */
@Repository
class AccountStore {

    private final JdbcTemplate jdbc;

    AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> account(String username) {
        return jdbc.query("SELECT * FROM users WHERE username = ?", (rs, n) -> new Account(viewer(rs),
                rs.getString("password_hash"), rs.getBoolean("enabled")), username).stream().findFirst();
    }

    Optional<UserView> find(String username) {
        return jdbc.query("SELECT * FROM users WHERE username = ?", (rs, n) -> view(rs), username).stream().findFirst();
    }

    List<UserView> list() {
        return jdbc.query("SELECT * FROM users ORDER BY role, username", (rs, n) -> view(rs));
    }

    /** False when the user name is taken. */
    boolean insert(UserView user, String passwordHash, String createdBy) {
        return jdbc.update("""
                INSERT INTO users (username, password_hash, role, township, display_name, enabled, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""", user.username(), passwordHash,
                user.role().name(), user.township(), user.displayName(), user.enabled(), createdBy) == 1;
    }

    void update(UserView user) {
        jdbc.update("UPDATE users SET role = ?, township = ?, display_name = ?, enabled = ?, updated_at = now() "
                + "WHERE username = ?", user.role().name(), user.township(), user.displayName(), user.enabled(),
                user.username());
    }

    void setPassword(String username, String passwordHash) {
        jdbc.update("UPDATE users SET password_hash = ?, updated_at = now() WHERE username = ?", passwordHash, username);
    }

    /** Enabled admins, counted under a lock on their rows, so that two requests cannot remove the last one. */
    int lockEnabledAdmins() {
        return jdbc.queryForList("SELECT username FROM users WHERE role = 'ADMIN' AND enabled FOR UPDATE",
                String.class).size();
    }

    boolean exists(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM users WHERE username = ?)",
                Boolean.class, username));
    }

    private static Viewer viewer(ResultSet rs) throws SQLException {
        return new Viewer(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("township"));
    }

    private static UserView view(ResultSet rs) throws SQLException {
        return new UserView(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("township"),
                rs.getString("display_name"), rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
