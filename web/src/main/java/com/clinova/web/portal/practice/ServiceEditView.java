package com.clinova.web.portal.practice;

import com.clinova.platform.error.ConflictException;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.practice.api.ServiceView;
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
 * Offers a new service ({@code service.xhtml}) or changes one ({@code service.xhtml?id=…}):
 * details, price in the clinic's currency, the practitioners who perform it and its rooms.
 */
@Named("practiceService")
@ViewScoped
public class ServiceEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/app/practice/services.xhtml?faces-redirect=true";

    @Inject
    PortalPractice practice;

    @Inject
    PracticeAccess access;

    private String id;
    private UUID serviceId;
    private long version;
    private String currency;
    private ServiceForm form = new ServiceForm();
    private PracticeNames names;
    private boolean notFound;
    private boolean stale;

    public void open() {
        names = new PracticeNames(practice.catalog());
        if (id == null || id.isBlank()) {
            return;
        }
        Optional<Versioned<ServiceView>> found = PortalIds.parse(id).flatMap(practice.services()::find);
        if (found.isEmpty()) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(found.get());
    }

    public String save() {
        if (!access.allowed()) {
            return null;
        }
        try {
            Versioned<ServiceView> saved = serviceId == null
                    ? practice.services().offer(form.details())
                    : practice.services().change(serviceId, version, form.details(), form.isActive());
            show(saved);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PortalMessages.info("practice.service.saved", saved.value().name());
            return LIST;
        } catch (RuleViolationException e) {
            PracticeViolations.show("service", ServiceForm.FIELDS, e.violations());
        } catch (ConflictException e) {
            PortalMessages.error("service:name", "practice.service.duplicate");
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "practice.stale");
        }
        return null;
    }

    public void reload() {
        stale = false;
        practice.services().find(serviceId).ifPresent(this::show);
    }

    private void show(Versioned<ServiceView> service) {
        serviceId = service.value().id();
        version = service.version();
        currency = service.value().currency();
        form = ServiceForm.of(service.value());
    }

    public boolean isCreating() {
        return serviceId == null;
    }

    /** The currency prices are entered in: the service's own, or the clinic's for a new one. */
    public String getCurrency() {
        return currency != null ? currency : practice.clinicCurrency();
    }

    public List<PracticeNames.Choice> getPractitioners() {
        return names.practitioners();
    }

    public List<PracticeNames.Choice> getRooms() {
        return names.rooms();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ServiceForm getForm() {
        return form;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isStale() {
        return stale;
    }
}
