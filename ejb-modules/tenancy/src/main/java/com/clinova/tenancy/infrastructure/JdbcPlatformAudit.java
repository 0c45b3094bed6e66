package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.api.PlatformAuditEntry;
import com.clinova.tenancy.domain.PlatformAuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JdbcPlatformAudit implements PlatformAuditRepository {

    @Inject
    PlatformDatabase database;

    @Override
    public void append(PlatformAuditEntry e) {
        String sql = "insert into platform.audit_event (id, occurred_at, actor_kind, actor, action, tenant,"
                + " client_address, request_id, detail) values (?, now(), ?, ?, ?, ?, ?::inet, ?, ?::jsonb)";
        try (Connection c = database.connection();
                PreparedStatement insert = c.prepareStatement(sql)) {
            insert.setObject(1, e.id());
            insert.setString(2, e.actorKind());
            insert.setString(3, e.actor());
            insert.setString(4, e.action());
            insert.setObject(5, e.tenant(), Types.OTHER);
            insert.setString(6, e.clientAddress());
            insert.setString(7, e.requestId());
            insert.setString(8, json(e.detail()));
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot record platform audit event " + e.action(), ex);
        }
    }

    @Override
    public List<PlatformAuditEntry> newest(Optional<UUID> tenant, int limit) {
        String sql = "select id, occurred_at, actor_kind, actor, action, tenant, host(client_address), request_id,"
                + " detail::text from platform.audit_event where (?::uuid is null or tenant = ?::uuid)"
                + " order by occurred_at desc, id limit ?";
        try (Connection c = database.connection();
                PreparedStatement query = c.prepareStatement(sql)) {
            query.setObject(1, tenant.orElse(null), Types.OTHER);
            query.setObject(2, tenant.orElse(null), Types.OTHER);
            query.setInt(3, limit);
            List<PlatformAuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new PlatformAuditEntry(
                            rows.getObject(1, UUID.class),
                            rows.getTimestamp(2).toInstant(),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getObject(6, UUID.class),
                            rows.getString(7),
                            rows.getString(8),
                            map(rows.getString(9))));
                }
            }
            return entries;
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot read the platform audit trail", ex);
        }
    }

    private static String json(Map<String, String> detail) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        detail.forEach(json::add);
        return json.build().toString();
    }

    private static Map<String, String> map(String json) {
        Map<String, String> detail = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                detail.put(
                        e.getKey(),
                        e.getValue() instanceof JsonString s
                                ? s.getString()
                                : e.getValue().toString());
            }
        }
        return detail;
    }
}
