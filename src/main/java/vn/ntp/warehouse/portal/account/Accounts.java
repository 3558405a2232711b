package vn.ntp.warehouse.portal.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The accounts table: add, list, disable, find. Passwords arrive already hashed (BCrypt). */
public final class Accounts {
    private Accounts() {
    }

    public static void add(Connection c, Account account) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into portal_account (username, password_hash, unit_code, role, enabled, created_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, account.username());
            insert.setString(2, account.passwordHash());
            insert.setString(3, account.unitCode());
            insert.setString(4, account.role().code());
            insert.setBoolean(5, account.enabled());
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    public static boolean disable(Connection c, String username) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update portal_account set enabled = false where username = ?")) {
            update.setString(1, username);
            return update.executeUpdate() == 1;
        }
    }

    public static Optional<Account> find(Connection c, String username) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select username, password_hash, unit_code, role, enabled from portal_account where username = ?")) {
            select.setString(1, username);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    public static List<Account> list(Connection c) throws SQLException {
        List<Account> all = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "select username, password_hash, unit_code, role, enabled from portal_account order by username");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) all.add(account(rs));
        }
        return all;
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString(1), rs.getString(2), rs.getString(3),
                Role.of(rs.getString(4)).orElseThrow(), rs.getBoolean(5));
    }
}
