package com.clinova.scheduling.api;

import java.util.Locale;

/** What staff can do to an existing appointment; each is a state change. */
public enum AppointmentAction {
    CONFIRM,
    CANCEL,
    RESCHEDULE,
    CHECK_IN,
    COMPLETE,
    NO_SHOW;

    /** The name clients use, e.g. {@code check_in}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
