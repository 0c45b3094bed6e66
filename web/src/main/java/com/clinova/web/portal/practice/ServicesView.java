package com.clinova.web.portal.practice;

import com.clinova.practice.api.ServiceView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;

/** The services list: duration, price, who performs each and where. */
@Named("practiceServices")
@ViewScoped
public class ServicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalPractice practice;

    private List<ServiceView> services = List.of();
    private PracticeNames names;

    public void open() {
        services = practice.catalog().services();
        names = new PracticeNames(practice.catalog());
    }

    public List<ServiceView> getServices() {
        return services;
    }

    public String practitionersOf(ServiceView service) {
        return names.names(service.practitionerIds());
    }

    /**
     * The price in the service's currency, written the way the page's language writes money
     * ("180,50 €"). Formatted here: a converter in a table row is configured once, before any
     * row's currency is known.
     */
    public String priceOf(ServiceView service) {
        NumberFormat format = NumberFormat.getCurrencyInstance(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setCurrency(Currency.getInstance(service.currency()));
        return format.format(service.price());
    }

    public String roomsOf(ServiceView service) {
        return names.names(service.roomIds());
    }
}
