package com.clinova.patients.api;

import com.clinova.platform.error.ConflictException;

/** Another patient of this clinic already has this national id. */
public class DuplicateNationalIdException extends ConflictException {

    public DuplicateNationalIdException() {
        super("Another patient of this clinic already has this national id");
    }
}
