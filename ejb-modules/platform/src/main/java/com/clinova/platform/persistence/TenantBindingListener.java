package com.clinova.platform.persistence;

import com.clinova.platform.tenant.TenantContext;
import com.clinova.platform.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Runs {@code set_config('app.tenant_id', tenant, true)} on each connection acquisition. Under JTA
 * EclipseLink acquires the connection inside the transaction, and the container hands back the
 * same physical connection for the rest of it, so the setting covers every statement of the
 * transaction and dies with it. A transaction keeps the tenant it was first bound to ({@link
 * TransactionTenant}).
 */
class TenantBindingListener extends SessionEventAdapter {

    static final String BIND_TENANT = "select set_config('app.tenant_id', ?, true)";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        Accessor accessor = (Accessor) event.getResult();
        String tenant = TenantContext.current().map(TenantId::toString).orElse("");
        TransactionTenant.claim(tenant);
        bind(accessor.getConnection(), tenant);
    }

    static void bind(Connection connection, String tenant) {
        try (PreparedStatement statement = connection.prepareStatement(BIND_TENANT)) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e);
        }
    }
}
