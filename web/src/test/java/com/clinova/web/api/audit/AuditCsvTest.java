package com.clinova.web.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinova.audit.api.AuditAction;
import com.clinova.audit.api.AuditEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertEquals("frontdesk", AuditCsv.cell("frontdesk"));
        assertEquals("", AuditCsv.cell(""));
        assertEquals("2001:db8::1", AuditCsv.cell("2001:db8::1"));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditCsv.cell("two\nlines"));
    }

    @Test
    void formulasAreNeutralisedForSpreadsheets() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", AuditCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'=1+2,3\"", AuditCsv.cell("=1+2,3"));
        assertEquals("'+34", AuditCsv.cell("+34"));
        assertEquals("'-req", AuditCsv.cell("-req"));
        assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", AuditCsv.cell("\tx"));
        assertEquals("\"'\rx\"", AuditCsv.cell("\rx"));
    }

    @Test
    void aRowListsEveryFactInHeaderOrderWithCrLf() throws IOException {
        UUID patient = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID other = UUID.fromString("00000000-0000-0000-0000-000000000002");
        AuditEntry entry = new AuditEntry(
                7,
                Instant.parse("2026-11-23T09:15:00.123456Z"),
                Optional.empty(),
                "=cmd",
                List.of("clinic-admin", "front-desk"),
                AuditAction.SEARCH,
                "patient",
                Optional.empty(),
                List.of(patient, other),
                Optional.of("203.0.113.7"),
                Optional.of("req-1"));
        StringWriter out = new StringWriter();

        AuditCsv.line(out, AuditCsv.cells(entry));

        assertEquals(
                "7,2026-11-23T09:15:00.123456Z,'=cmd,,clinic-admin front-desk,search,patient,," + patient + " " + other
                        + ",203.0.113.7,req-1\r\n",
                out.toString());
        assertEquals(AuditCsv.HEADER.size(), AuditCsv.cells(entry).size());
    }
}
