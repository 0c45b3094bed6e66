package com.clinova.web.portal.practice;

import com.clinova.practice.api.LocationService;
import com.clinova.practice.api.OfferingService;
import com.clinova.practice.api.PracticeCatalog;
import com.clinova.practice.api.PractitionerService;
import com.clinova.practice.api.ScheduleExceptionService;
import com.clinova.tenancy.api.StaffDirectory;
import com.clinova.tenancy.api.TenantProfile;
import com.clinova.web.tenant.ClinicOfRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The practice context (and the staff accounts practitioners link to) as the portal's view-scoped
 * beans reach it: an application-scoped proxy serializes as a reference in the shared session
 * store, which an EJB reference held by a view is not guaranteed to do.
 */
@ApplicationScoped
public class PortalPractice {

    @EJB
    PracticeCatalog catalog;

    @EJB
    LocationService locations;

    @EJB
    PractitionerService practitioners;

    @EJB
    OfferingService services;

    @EJB
    ScheduleExceptionService exceptions;

    @EJB
    StaffDirectory staff;

    @Inject
    ClinicOfRequest clinics;

    /** The currency of the request's clinic, which new services are priced in. */
    String clinicCurrency() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return clinics.of(request).map(TenantProfile::currency).orElse("");
    }

    PracticeCatalog catalog() {
        return catalog;
    }

    LocationService locations() {
        return locations;
    }

    PractitionerService practitioners() {
        return practitioners;
    }

    OfferingService services() {
        return services;
    }

    ScheduleExceptionService exceptions() {
        return exceptions;
    }

    StaffDirectory staff() {
        return staff;
    }
}
