package com.clinova.console.pages;

import com.clinova.console.api.ProvisionedClinicDto;
import com.clinova.platform.error.RuleViolationException;
import com.clinova.tenancy.api.ClinicSignUp;
import com.clinova.tenancy.api.Onboarding;
import com.clinova.tenancy.api.PlatformActor;
import com.clinova.tenancy.api.ProvisionedClinic;
import com.clinova.tenancy.api.SlugTakenException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a new clinic and its submission, shared by the public sign-up page and the
 * operator's "new clinic" page. One idempotency key per form: submitting twice (a double click,
 * a retry after a timeout) answers the clinic the first submission created.
 */
public class ClinicForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> COUNTRIES = List.of("ES", "PT", "BR", "MX", "GB", "FR", "US");
    static final List<String> TIME_ZONES = List.of(
            "Europe/Madrid",
            "Europe/Lisbon",
            "Atlantic/Canary",
            "Europe/London",
            "Europe/Paris",
            "America/Sao_Paulo",
            "America/Mexico_City",
            "America/New_York",
            "UTC");
    static final List<String> CURRENCIES = List.of("EUR", "BRL", "MXN", "GBP", "USD");
    static final List<String> PLANS = List.of("starter", "clinic", "enterprise");
    static final List<String> LOCALES = List.of("es", "en", "pt");

    private final String idempotencyKey = "form-" + UUID.randomUUID();
    private String clinicName;
    private String slug;
    private String adminEmail;
    private String adminPassword;
    private String country = "ES";
    private String locale = "es";
    private String timeZone = "Europe/Madrid";
    private String currency = "EUR";
    private String planCode = "starter";
    private boolean sampleData = true;
    private ProvisionedClinic result;
    private String portalUrl;

    /** Provisions the clinic; on invalid input marks each field and returns false. */
    boolean submit(Onboarding onboarding, PlatformActor actor) {
        try {
            result = onboarding.provision(signUp(), idempotencyKey, actor);
            portalUrl = ProvisionedClinicDto.portalUrl(result.portalHost(), request());
            adminPassword = null;
            return true;
        } catch (RuleViolationException e) {
            e.violations()
                    .forEach(v -> Texts.error("clinic:" + v.field(), Texts.text("clinic." + v.field() + ".invalid")));
        } catch (SlugTakenException e) {
            Texts.error("clinic:slug", Texts.text("clinic.slug.taken", slug));
        }
        return false;
    }

    private ClinicSignUp signUp() {
        return new ClinicSignUp(
                clinicName,
                slug == null ? null : slug.trim(),
                adminEmail,
                adminPassword,
                country,
                locale,
                timeZone,
                currency,
                planCode,
                sampleData);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isDone() {
        return result != null;
    }

    public ProvisionedClinic getResult() {
        return result;
    }

    public String getPortalUrl() {
        return portalUrl;
    }

    public List<String> getCountries() {
        return COUNTRIES;
    }

    public List<String> getTimeZones() {
        return TIME_ZONES;
    }

    public List<String> getCurrencies() {
        return CURRENCIES;
    }

    public List<String> getPlans() {
        return PLANS;
    }

    public List<String> getLocales() {
        return LOCALES;
    }

    public String getClinicName() {
        return clinicName;
    }

    public void setClinicName(String clinicName) {
        this.clinicName = clinicName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public boolean isSampleData() {
        return sampleData;
    }

    public void setSampleData(boolean sampleData) {
        this.sampleData = sampleData;
    }
}
