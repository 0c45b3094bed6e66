package com.clinova.web.portal.practice;

import com.clinova.practice.api.PractitionerDetails;
import com.clinova.practice.api.PractitionerView;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the practitioner form holds: details, the linked account (an id, blank for none), active. */
public class PractitionerForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS =
            PracticeViolations.sameIds("displayName", "specialty", "colour", "userId");

    private String displayName;
    private String specialty;
    private String colour = "#0e7490";
    private String userId;
    private boolean active = true;

    static PractitionerForm of(PractitionerView view) {
        PractitionerForm form = new PractitionerForm();
        form.displayName = view.displayName();
        form.specialty = view.specialty();
        form.colour = view.colour();
        form.userId = view.userId() == null ? null : view.userId().toString();
        form.active = view.active();
        return form;
    }

    PractitionerDetails details() {
        return new PractitionerDetails(displayName, specialty, colour);
    }

    Optional<UUID> account() {
        return PortalIds.parse(userId);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
