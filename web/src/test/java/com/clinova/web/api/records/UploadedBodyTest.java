package com.clinova.web.api.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.records.api.AttachmentTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UploadedBodyTest {

    @Test
    void readsABodyUpToTheLimit() {
        byte[] bytes = new byte[100_000];
        bytes[99_999] = 7;
        assertArrayEquals(bytes, UploadedBody.read(new ByteArrayInputStream(bytes), "100000", 100_000));
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitWithoutReading() {
        AtomicLong read = new AtomicLong();
        InputStream counting = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }
        };
        assertThrows(AttachmentTooLargeException.class, () -> UploadedBody.read(counting, "1001", 1000));
        assertEquals(0, read.get());
    }

    @Test
    void stopsReadingAnUndeclaredBodySoonAfterTheLimit() {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 1;
            }
        };
        assertThrows(AttachmentTooLargeException.class, () -> UploadedBody.read(endless, null, 1000));
        assertTrue(read.get() <= 1000 + 64 * 1024, "read " + read.get() + " bytes");
    }

    @Test
    void theSlugIsPercentDecodedUtf8WithPlusAsItself() {
        assertEquals("radiografía 1+2.png", UploadedBody.fileName("radiograf%C3%ADa%201+2.png"));
        assertNull(UploadedBody.fileName(null));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> UploadedBody.fileName("bad%zz"));
        assertEquals("Slug", e.violations().get(0).field());
    }

    @Test
    void theDownloadNameIsAnAsciiFallbackPlusUtf8() {
        assertEquals(
                "attachment; filename=\"radiograf_a 1.png\"; filename*=UTF-8''radiograf%C3%ADa%201.png",
                DownloadHeaders.disposition("radiografía 1.png"));
        assertEquals(
                "attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%22b%5C.pdf",
                DownloadHeaders.disposition("a\"b\\.pdf"));
    }
}
