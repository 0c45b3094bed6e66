package com.clinova.web.portal.audit;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.audit.api.AuditFilter;
import com.clinova.audit.api.AuditPage;
import com.clinova.audit.api.AuditQuery;
import com.clinova.audit.api.ChainVerification;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.TenantProfile;
import com.clinova.web.api.audit.AuditCsv;
import com.clinova.web.tenant.ClinicOfRequest;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The access log: the clinic's audit trail filtered by patient (picked by name), staff member and
 * dates (whole days in the clinic's time zone, both inclusive), newest first and continued page by
 * page; its CSV export and the verification of its hash chain. Criteria travel in POST bodies, so
 * no patient's name ends up in a URL. Every query, export and patient lookup is itself recorded.
 */
@Named("accessLog")
@ViewScoped
public class AccessLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    PortalAudit audit;

    @Inject
    ClinicOfRequest clinics;

    private boolean forbidden;
    private String patientName;
    private final List<PatientChoice> patientChoices = new ArrayList<>();
    private boolean noPatientMatched;
    private PatientChoice patient;
    private String actor;
    private LocalDate fromDate;
    private LocalDate toDate;
    private final List<String> actors = new ArrayList<>();
    private final List<AccessLogRow> rows = new ArrayList<>();
    private Long nextBefore;
    private ChainVerdict verdict;

    /** The outcome of the last verification, as plain values. */
    public record ChainVerdict(boolean intact, long rowsChecked, Long firstBroken) implements Serializable {}

    /** Refuses everyone but clinic administrators (403), else lists the latest accesses. */
    public void open() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(CLINIC_ADMIN)) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        actors.addAll(audit.actors());
        search();
    }

    public void findPatients() {
        patientChoices.clear();
        noPatientMatched = false;
        if (forbidden || patientName == null || patientName.isBlank()) {
            AccessLogTexts.fieldError("filter:patientName", "accessLog.patient.required");
            return;
        }
        try {
            audit.patientsNamed(patientName.trim()).items().stream()
                    .map(PatientChoice::of)
                    .forEach(patientChoices::add);
        } catch (RuleViolationException e) {
            AccessLogTexts.fieldError("filter:patientName", "validation.controlCharacters");
            return;
        }
        noPatientMatched = patientChoices.isEmpty();
    }

    public void choosePatient(String id) {
        patientChoices.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> patient = c);
        patientChoices.clear();
        patientName = null;
        search();
    }

    public void clearPatient() {
        patient = null;
        search();
    }

    public void search() {
        rows.clear();
        nextBefore = null;
        filter().ifPresent(f -> load(f, Optional.empty()));
    }

    public void loadMore() {
        if (nextBefore != null) {
            filter().ifPresent(f -> load(f, Optional.of(nextBefore)));
        }
    }

    /** Sends the filtered trail as a CSV download instead of a page. */
    public void export() throws IOException {
        Optional<AuditFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(AuditCsv.MEDIA_TYPE + "; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"audit-trail-" + LocalDate.now(clinicZone()) + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        audit.export(filter.get(), external.getResponseOutputStream());
        faces.responseComplete();
    }

    public void verify() {
        if (forbidden) {
            return;
        }
        ChainVerification result = audit.verify();
        verdict = new ChainVerdict(
                result.intact(),
                result.rowsChecked(),
                result.firstBrokenSequence().orElse(null));
    }

    private void load(AuditFilter filter, Optional<Long> before) {
        AuditPage page = audit.find(new AuditQuery(filter, PAGE_SIZE, before));
        ZoneId zone = clinicZone();
        page.items().forEach(e -> rows.add(AccessLogRow.of(e, zone)));
        nextBefore = page.nextBefore().orElse(null);
    }

    /** The criteria as the audit context takes them; empty (with the field marked) when they cannot match. */
    private Optional<AuditFilter> filter() {
        if (forbidden) {
            return Optional.empty();
        }
        ZoneId zone = clinicZone();
        Optional<Instant> from =
                Optional.ofNullable(fromDate).map(d -> d.atStartOfDay(zone).toInstant());
        Optional<Instant> to = Optional.ofNullable(toDate)
                .map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        try {
            return Optional.of(new AuditFilter(
                    Optional.ofNullable(patient).map(p -> UUID.fromString(p.id())),
                    Optional.ofNullable(actor).filter(a -> !a.isBlank()),
                    Optional.empty(),
                    from,
                    to));
        } catch (RuleViolationException e) {
            AccessLogTexts.fieldError("filter:toDate", "accessLog.range");
            return Optional.empty();
        }
    }

    private ZoneId clinicZone() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return clinics.of(request).map(TenantProfile::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    /** The localized name of an action code. */
    public String actionLabel(String code) {
        return label("audit.action." + code, code);
    }

    /** The localized name of an object type; a type no text exists for yet is shown as stored. */
    public String objectLabel(String type) {
        return label("audit.object." + type, type);
    }

    private static String label(String key, String fallback) {
        return AccessLogTexts.bundle().containsKey(key)
                ? AccessLogTexts.bundle().getString(key)
                : fallback;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public List<PatientChoice> getPatientChoices() {
        return patientChoices;
    }

    public boolean isNoPatientMatched() {
        return noPatientMatched;
    }

    public PatientChoice getPatient() {
        return patient;
    }

    public List<String> getActors() {
        return actors;
    }

    public List<AccessLogRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return nextBefore != null;
    }

    public ChainVerdict getVerdict() {
        return verdict;
    }

    public String getPatientName() {
        return patientName;
    }

    public void setPatientName(String patientName) {
        this.patientName = patientName;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
