package com.clinova.web.portal.records;

import com.clinova.web.tenant.ClinicOfRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Record times as the clinic reads them: in the clinic's time zone and the page's language (a
 * signature at 09:30 in Madrid reads 09:30, whoever's browser shows it).
 */
@Named("recordTimes")
@RequestScoped
public class RecordTimes {

    @Inject
    ClinicOfRequest clinics;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ZoneId zone = clinics.of(
                        (HttpServletRequest) context.getExternalContext().getRequest())
                .map(profile -> ZoneId.of(profile.timeZone()))
                .orElse(ZoneId.of("UTC"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(zone)
                .format(instant);
    }
}
