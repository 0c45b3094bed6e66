package com.clinova.web.portal.practice;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.practice.api.LocationView;
import com.clinova.practice.api.PractitionerView;
import com.clinova.practice.api.Versioned;
import com.clinova.practice.api.WorkingHoursBlock;
import com.clinova.practice.api.WorkingWeekView;
import com.clinova.tenancy.api.QuotaExceededException;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One practitioner ({@code practitioner.xhtml?id=…}): details, linked account, active flag, and the
 * weekly hours, edited as rows and saved as a whole week. The practitioner's version and the
 * week's tag read when the page opened travel with the view, so neither save overwrites someone
 * else's change.
 */
@Named("practicePractitioner")
@ViewScoped
public class PractitionerEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPractice practice;

    @Inject
    PracticeAccess access;

    private String id;
    private UUID practitionerId;
    private long version;
    private String weekTag;
    private PractitionerForm form = new PractitionerForm();
    private final List<WeekRow> week = new ArrayList<>();
    private List<LocationView> locations = List.of();
    private List<StaffChoices.Choice> accounts = List.of();
    private boolean notFound;
    private boolean stale;

    public void open() {
        Optional<Versioned<PractitionerView>> found = PortalIds.parse(id).flatMap(practice.practitioners()::find);
        if (found.isEmpty()) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(found.get());
        showWeek(practice.practitioners().week(practitionerId));
    }

    public void save() {
        if (!access.allowed()) {
            return;
        }
        try {
            show(practice.practitioners()
                    .change(practitionerId, version, form.details(), form.account(), form.isActive()));
            PortalMessages.info("practice.practitioner.saved", form.getDisplayName());
        } catch (QuotaExceededException e) {
            PortalMessages.error(null, "plan.quota.refused.practitioners", e.limit());
        } catch (RuleViolationException e) {
            PracticeViolations.show("practitioner", PractitionerForm.FIELDS, e.violations());
        } catch (ConflictException e) {
            PortalMessages.error("practitioner:userId", "practice.practitioner.accountTaken");
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "practice.stale");
        }
    }

    public void addBlock() {
        week.add(WeekRow.at(locations.isEmpty() ? null : locations.get(0).id().toString()));
    }

    public void removeBlock(int index) {
        if (index >= 0 && index < week.size()) {
            week.remove(index);
        }
    }

    public void saveWeek() {
        if (!access.allowed()) {
            return;
        }
        List<WorkingHoursBlock> blocks = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            Optional<WorkingHoursBlock> block = week.get(i).block();
            if (block.isEmpty()) {
                PortalMessages.error(null, "practice.week.blockProblem", i + 1);
                return;
            }
            blocks.add(block.get());
        }
        try {
            showWeek(practice.practitioners().replaceWeek(practitionerId, weekTag, blocks));
            PortalMessages.info("practice.week.saved");
        } catch (RuleViolationException e) {
            PracticeViolations.show("week", Map.of(), e.violations());
        } catch (StaleVersionException | ConflictException e) {
            stale = true;
            PortalMessages.error(null, "practice.stale");
        }
    }

    public void reload() {
        stale = false;
        practice.practitioners().find(practitionerId).ifPresent(this::show);
        showWeek(practice.practitioners().week(practitionerId));
    }

    private void show(Versioned<PractitionerView> practitioner) {
        practitionerId = practitioner.value().id();
        version = practitioner.version();
        form = PractitionerForm.of(practitioner.value());
        List<PractitionerView> all = practice.catalog().practitioners();
        accounts = new StaffChoices(practice.staff().accounts()).freeFor(practitionerId, all);
        locations = practice.catalog().locations();
    }

    private void showWeek(WorkingWeekView view) {
        weekTag = view.tag();
        week.clear();
        view.blocks().forEach(b -> week.add(WeekRow.of(b)));
    }

    public List<DayOfWeek> getDays() {
        return List.of(DayOfWeek.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PractitionerForm getForm() {
        return form;
    }

    public List<WeekRow> getWeek() {
        return week;
    }

    public List<LocationView> getLocations() {
        return locations;
    }

    public List<StaffChoices.Choice> getAccounts() {
        return accounts;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }
}
