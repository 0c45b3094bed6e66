package com.clinova.web.portal.billing;

import com.clinova.tenancy.api.TenantProfile;
import com.clinova.web.portal.Amounts;
import com.clinova.web.tenant.ClinicOfRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Days and times as the clinic lives them: in its time zone, written in the page's language. */
@ApplicationScoped
public class BillingClock {

    @Inject
    ClinicOfRequest clinics;

    ZoneId zone() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return clinics.of(request).map(TenantProfile::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    String currency() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return clinics.of(request).map(TenantProfile::currency).orElse("EUR");
    }

    LocalDate today() {
        return LocalDate.now(zone());
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Amounts.formatting())
                        .format(instant.atZone(zone()));
    }

    String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone()).toLocalDate());
    }

    String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Amounts.formatting())
                        .format(day);
    }
}
