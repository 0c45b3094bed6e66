package com.clinova.web.portal.practice;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.RoomView;
import com.clinova.practice.api.Versioned;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One location ({@code location.xhtml?id=…}): its details, active flag and rooms. The version read
 * when the page opened travels with the view, so saving over someone else's change is refused.
 */
@Named("practiceLocation")
@ViewScoped
public class LocationEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPractice practice;

    @Inject
    PracticeAccess access;

    private String id;
    private UUID locationId;
    private long version;
    private LocationForm form = new LocationForm();
    private List<RoomView> rooms = List.of();
    private String newRoom;
    private boolean notFound;
    private boolean stale;

    public void open() {
        Optional<Versioned<LocationView>> found = PortalIds.parse(id).flatMap(practice.locations()::find);
        if (found.isEmpty()) {
            notFound = true; // the same for a malformed id, an unknown one and another clinic's
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(found.get());
    }

    public void save() {
        if (!access.allowed()) {
            return;
        }
        try {
            show(practice.locations().change(locationId, version, form.details(), form.isActive()));
            PortalMessages.info("practice.location.saved", form.getName());
        } catch (RuleViolationException e) {
            PracticeViolations.show("location", LocationForm.FIELDS, e.violations());
        } catch (ConflictException e) {
            PortalMessages.error("location:name", "practice.location.duplicate");
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "practice.stale");
        }
    }

    public void reload() {
        stale = false;
        practice.locations().find(locationId).ifPresent(this::show);
    }

    public void addRoom() {
        if (!access.allowed()) {
            return;
        }
        try {
            practice.locations().openRoom(locationId, newRoom);
            PortalMessages.info("practice.room.saved", newRoom.trim());
            newRoom = null;
        } catch (RuleViolationException e) {
            boolean inactive = e.violations().stream().anyMatch(v -> v.field().equals("locationId"));
            PortalMessages.error(
                    "rooms:newRoom", inactive ? "practice.room.inactiveLocation" : "practice.violation.roomName");
        } catch (ConflictException e) {
            PortalMessages.error("rooms:newRoom", "practice.room.duplicate");
        }
        rooms = practice.locations().rooms(locationId);
    }

    /** Deactivates an active room or reactivates an inactive one. */
    public void toggleRoom(String roomId) {
        if (!access.allowed()) {
            return;
        }
        try {
            Versioned<RoomView> room = PortalIds.parse(roomId)
                    .flatMap(practice.locations()::findRoom)
                    .orElseThrow(() -> new ResourceNotFoundException("Room", roomId));
            RoomView value = room.value();
            practice.locations().changeRoom(value.id(), room.version(), value.name(), !value.active());
        } catch (ResourceNotFoundException | StaleVersionException e) {
            PortalMessages.error(null, "practice.stale");
        }
        rooms = practice.locations().rooms(locationId);
    }

    private void show(Versioned<LocationView> location) {
        locationId = location.value().id();
        version = location.version();
        form = LocationForm.of(location.value());
        rooms = practice.locations().rooms(locationId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocationForm getForm() {
        return form;
    }

    public List<RoomView> getRooms() {
        return rooms;
    }

    public String getNewRoom() {
        return newRoom;
    }

    public void setNewRoom(String newRoom) {
        this.newRoom = newRoom;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }
}
