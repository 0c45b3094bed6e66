package com.clinova.web.tenant;

/** The clinic of a request could not be resolved because the tenant registry is unreachable. */
public class ClinicDirectoryUnavailableException extends RuntimeException {

    public ClinicDirectoryUnavailableException(Throwable cause) {
        super("The clinic directory is unavailable", cause);
    }
}
