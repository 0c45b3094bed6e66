package com.clinova.web.portal.practice;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.Versioned;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The locations list with each one's rooms, and (for admins) the form that opens a location. */
@Named("practiceLocations")
@ViewScoped
public class LocationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPractice practice;

    @Inject
    PracticeAccess access;

    private final List<Row> rows = new ArrayList<>();
    private LocationForm form;

    /** A location and the names of its rooms, as listed. */
    public record Row(LocationView location, String rooms) implements Serializable {}

    public void open() {
        load();
        form = LocationForm.inZone(practice.exceptions().clinicZone().getId());
    }

    private void load() {
        rows.clear();
        for (LocationView location : practice.catalog().locations()) {
            String rooms = practice.catalog().rooms(location.id()).stream()
                    .map(RoomView::name)
                    .collect(Collectors.joining(", "));
            rows.add(new Row(location, rooms));
        }
    }

    public String create() {
        if (!access.allowed()) {
            return null;
        }
        try {
            Versioned<LocationView> created = practice.locations().open(form.details());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PortalMessages.info("practice.location.saved", created.value().name());
            return "/app/practice/location.xhtml?faces-redirect=true&id="
                    + created.value().id();
        } catch (RuleViolationException e) {
            PracticeViolations.show("new-location", LocationForm.FIELDS, e.violations());
        } catch (ConflictException e) {
            PortalMessages.error("new-location:name", "practice.location.duplicate");
        }
        return null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public LocationForm getForm() {
        return form;
    }
}
