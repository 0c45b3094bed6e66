package com.clinova.web.api.records;

import com.clinova.records.api.AttachmentView;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The headers of a file download, shared by the API and the portal: the exact type decided at
 * upload, {@code nosniff} so no browser second-guesses it, always {@code attachment} (never
 * rendered in the clinic's origin), a sandboxing CSP for browsers that open it anyway, and the
 * name as ASCII fallback plus RFC 5987 UTF-8.
 */
public record DownloadHeaders(String contentType, String disposition, String etag, long length) {

    /** Should a browser render the file after all, it does so without scripts, forms or origin. */
    public static final String SANDBOX = "sandbox; default-src 'none'";

    public static DownloadHeaders of(AttachmentView attachment) {
        return new DownloadHeaders(
                attachment.contentType(),
                disposition(attachment.fileName()),
                new EntityTag(attachment.sha256()).toString(),
                attachment.sizeBytes());
    }

    ResponseBuilder apply(ResponseBuilder response) {
        return response.type(contentType)
                .header("Content-Disposition", disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CONTENT_LENGTH, length);
    }

    static String disposition(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
