package com.clinova.platform.error;

/** The request collides with the current state of another object (duplicate key, taken slot). */
public class ConflictException extends ClinovaException {

    public ConflictException(String message) {
        super(message);
    }
}
