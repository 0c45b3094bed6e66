package com.clinova.audit.infrastructure;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditEntry;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Turns a row of {@link AuditSearchSql#COLUMNS} into an entry. */
final class AuditRowMapper {

    private AuditRowMapper() {}

    static AuditEntry entry(Object[] row) {
        return new AuditEntry(
                ((Number) row[0]).longValue(),
                Instant.parse((String) row[1]),
                uuid(row[2]),
                (String) row[3],
                split((String) row[4]),
                AuditAction.ofCode((String) row[5]).orElseThrow(() -> new IllegalStateException("action " + row[5])),
                (String) row[6],
                uuid(row[7]),
                split((String) row[8]).stream().map(UUID::fromString).toList(),
                Optional.ofNullable((String) row[9]),
                Optional.ofNullable((String) row[10]));
    }

    private static Optional<UUID> uuid(Object text) {
        return Optional.ofNullable((String) text).map(UUID::fromString);
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty()
                ? List.of()
                : Arrays.asList(commaSeparated.split(","));
    }
}
