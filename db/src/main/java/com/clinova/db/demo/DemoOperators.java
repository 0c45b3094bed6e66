package com.clinova.db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The demo SaaS operator, {@code operator} / {@link DemoTenants#PASSWORD}: the platform realm's
 * account for the console at the console host. Created only by the demo seed; a real installation
 * creates its operators deliberately.
 */
public final class DemoOperators {

    public static final String USERNAME = "operator";
    public static final String DISPLAY_NAME = "Clinova Operations";

    private DemoOperators() {}

    /** The demo operator's id: name-based, so tests can name it. */
    public static UUID id() {
        return UUID.nameUUIDFromBytes(
                ("clinova-demo-operator:" + USERNAME).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Inserts the demo operator unless it exists; true when it was created. */
    static boolean insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into platform.operator_account"
                        + " (id, username, display_name, password_hash) values (?, ?, ?, ?) on conflict (username) do nothing")) {
            insert.setObject(1, id());
            insert.setString(2, USERNAME);
            insert.setString(3, DISPLAY_NAME);
            insert.setString(4, PasswordHashes.hash(DemoTenants.PASSWORD.toCharArray()));
            return insert.executeUpdate() == 1;
        }
    }
}
