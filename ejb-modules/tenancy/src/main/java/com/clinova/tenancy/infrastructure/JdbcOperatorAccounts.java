package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.domain.OperatorAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JdbcOperatorAccounts implements OperatorAccountRepository {

    @Inject
    PlatformDatabase database;

    @Override
    public Optional<StoredOperator> findByUsername(String username) {
        String sql = "select id, username, display_name, password_hash, active from platform.operator_account"
                + " where username = ?";
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, username);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredOperator(
                                rows.getObject(1, UUID.class),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getBoolean(5)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read operator accounts", e);
        }
    }
}
