package com.clinova.web.portal.practice;

import com.clinova.practice.api.LocationDetails;
import com.clinova.practice.api.LocationView;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What the location form holds between requests, and the time zones it offers. */
public class LocationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = PracticeViolations.sameIds("name", "address", "phone", "timeZone");
    /** Region zones only (Europe/Madrid): a fixed offset would be wrong half the year. */
    private static final Pattern REGION =
            Pattern.compile("^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+$");

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> REGION.matcher(z).matches())
            .sorted()
            .toList();

    private String name;
    private String address;
    private String phone;
    private String timeZone;
    private boolean active = true;

    static LocationForm of(LocationView view) {
        LocationForm form = new LocationForm();
        form.name = view.name();
        form.address = view.address();
        form.phone = view.phone();
        form.timeZone = view.timeZone().getId();
        form.active = view.active();
        return form;
    }

    static LocationForm inZone(String zone) {
        LocationForm form = new LocationForm();
        form.timeZone = zone;
        return form;
    }

    LocationDetails details() {
        return new LocationDetails(name, address, phone, timeZone);
    }

    public List<String> getTimeZones() {
        return ZONES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
