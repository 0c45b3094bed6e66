package com.clinova.console.pages;

import com.clinova.tenancy.api.PlatformAuditEntry;
import com.clinova.tenancy.api.PlatformAuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The operator's view of the platform audit trail, newest first. */
@Named("platformAudit")
@RequestScoped
public class AuditView {

    @EJB
    PlatformAuditTrail trail;

    public List<PlatformAuditEntry> getEntries() {
        return trail.recent(Optional.empty(), 200);
    }
}
