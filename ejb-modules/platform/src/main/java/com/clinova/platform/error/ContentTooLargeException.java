package com.clinova.platform.error;

/** An uploaded body is larger than the configured limit; nothing of it was stored. */
public class ContentTooLargeException extends ClinovaException {

    private final long limitBytes;

    public ContentTooLargeException(String message, long limitBytes) {
        super(message);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
