package com.clinova.web.portal;

import com.clinova.patients.api.PatientKey;
import com.clinova.patients.api.PatientPage;
import com.clinova.patients.api.PatientQuery;
import com.clinova.patients.api.PatientView;
import com.clinova.platform.error.RuleViolationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient list: a search form and its results, continued page by page. Criteria travel in
 * POST bodies and the continuation key stays in the view, so neither patient names nor cursors
 * ever appear in URLs, browser history or access logs.
 */
@Named("patientSearch")
@ViewScoped
public class PatientSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    PortalPatients patients;

    private String name;
    private String phone;
    private LocalDate dateOfBirth;
    private String nationalId;

    private final List<PatientView> results = new ArrayList<>();
    // PatientKey itself is not serializable; its two parts are.
    private String nextSortName;
    private UUID nextId;

    /** Shows the first page of all patients when the page is first opened. */
    public void open() {
        search();
    }

    public void search() {
        results.clear();
        load(Optional.empty());
    }

    public void loadMore() {
        if (isMore()) {
            load(Optional.of(new PatientKey(nextSortName, nextId)));
        }
    }

    private void load(Optional<PatientKey> after) {
        PatientQuery query;
        try {
            query = new PatientQuery(
                    blankToEmpty(name),
                    blankToEmpty(phone),
                    Optional.ofNullable(dateOfBirth),
                    blankToEmpty(nationalId),
                    PAGE_SIZE,
                    after);
        } catch (RuleViolationException e) {
            e.violations().forEach(v -> PortalMessages.error("search:" + v.field(), "validation.controlCharacters"));
            return;
        }
        PatientPage page = patients.search(query);
        results.addAll(page.items());
        nextSortName = page.next().map(PatientKey::sortName).orElse(null);
        nextId = page.next().map(PatientKey::id).orElse(null);
    }

    private static Optional<String> blankToEmpty(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    public List<PatientView> getResults() {
        return results;
    }

    public boolean isMore() {
        return nextId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }
}
