package com.clinova.platform.error;

/** A write was based on a version of the object that is no longer current (lost update). */
public class StaleVersionException extends ClinovaException {

    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(what + " was changed by someone else; reload it and try again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
