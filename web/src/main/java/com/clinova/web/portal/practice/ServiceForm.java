package com.clinova.web.portal.practice;

import com.clinova.practice.api.ServiceDetails;
import com.clinova.practice.api.ServiceView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the service form holds: details, chosen practitioner and room ids, active. */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS =
            PracticeViolations.sameIds("name", "description", "durationMinutes", "price", "practitionerIds", "roomIds");

    private String name;
    private String description;
    private Integer durationMinutes = 30;
    private BigDecimal price;
    private List<String> practitionerIds = new ArrayList<>();
    private List<String> roomIds = new ArrayList<>();
    private boolean active = true;

    static ServiceForm of(ServiceView view) {
        ServiceForm form = new ServiceForm();
        form.name = view.name();
        form.description = view.description();
        form.durationMinutes = (int) view.duration().toMinutes();
        form.price = view.price();
        form.practitionerIds = new ArrayList<>(
                view.practitionerIds().stream().map(UUID::toString).toList());
        form.roomIds =
                new ArrayList<>(view.roomIds().stream().map(UUID::toString).toList());
        form.active = view.active();
        return form;
    }

    ServiceDetails details() {
        return new ServiceDetails(name, description, durationMinutes, price, ids(practitionerIds), ids(roomIds));
    }

    private static Set<UUID> ids(List<String> texts) {
        return texts.stream()
                .map(PortalIds::parse)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public List<String> getPractitionerIds() {
        return practitionerIds;
    }

    public void setPractitionerIds(List<String> practitionerIds) {
        this.practitionerIds = practitionerIds;
    }

    public List<String> getRoomIds() {
        return roomIds;
    }

    public void setRoomIds(List<String> roomIds) {
        this.roomIds = roomIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
