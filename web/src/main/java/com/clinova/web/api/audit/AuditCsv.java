package com.clinova.web.api.audit;

import com.clinova.audit.api.AuditEntry;
import com.clinova.audit.api.AuditExport;
import com.clinova.audit.api.AuditLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The trail as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), streamed batch by batch, oldest row first. A cell
 * that begins with {@code = + - @}, tab or carriage return is prefixed with an apostrophe: a
 * spreadsheet would otherwise run it as a formula, and some values (user names, request ids) are
 * chosen by people outside the clinic's control. Starts with a UTF-8 byte order mark so that
 * spreadsheets read accented text correctly.
 */
public final class AuditCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final int BATCH = 500;
    static final List<String> HEADER = List.of(
            "sequence",
            "occurred_at_utc",
            "actor_username",
            "actor_id",
            "actor_roles",
            "action",
            "object_type",
            "object_id",
            "patient_ids",
            "client_address",
            "request_id");

    private AuditCsv() {}

    /** Writes every row of {@code export}, fetching {@link #BATCH} rows per transaction. */
    public static void stream(AuditLog log, AuditExport export, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write('\uFEFF');
        line(csv, HEADER);
        long after = 0;
        for (List<AuditEntry> batch = log.exportBatch(export, after, BATCH);
                !batch.isEmpty();
                batch = log.exportBatch(export, after, BATCH)) {
            for (AuditEntry entry : batch) {
                line(csv, cells(entry));
            }
            after = batch.get(batch.size() - 1).sequence();
            csv.flush();
        }
        csv.flush();
    }

    static List<String> cells(AuditEntry e) {
        return List.of(
                Long.toString(e.sequence()),
                e.occurredAt().toString(),
                e.actorUsername(),
                text(e.actorId()),
                String.join(" ", e.actorRoles()),
                e.action().code(),
                e.objectType(),
                text(e.objectId()),
                e.patientIds().stream().map(UUID::toString).collect(Collectors.joining(" ")),
                e.clientAddress().orElse(""),
                e.requestId().orElse(""));
    }

    static void line(Writer csv, List<String> cells) throws IOException {
        csv.write(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(",")));
        csv.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String text(Optional<UUID> id) {
        return id.map(UUID::toString).orElse("");
    }
}
