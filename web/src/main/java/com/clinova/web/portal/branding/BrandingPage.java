package com.clinova.web.portal.branding;

import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;

import com.clinova.platform.error.RuleViolationException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.tenancy.api.BrandingDetails;
import com.clinova.tenancy.api.BrandingService;
import com.clinova.tenancy.api.BrandingView;
import com.clinova.tenancy.api.LogoRejectedException;
import com.clinova.tenancy.api.LogoTooLargeException;
import com.clinova.tenancy.api.UnsupportedLogoException;
import com.clinova.web.portal.PortalMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;

/**
 * The Branding page ({@code app/branding.xhtml}): a clinic admin changes the name, colours and
 * logo, watching a preview of the portal header and buttons (drawn by the page's script from the
 * fields, before saving); saving applies them to the whole portal at once. Other roles get 403.
 */
@Named("brandingPage")
@ViewScoped
public class BrandingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "branding:";

    @Inject
    BrandingService branding;

    private boolean forbidden;
    private boolean stale;
    private long version;
    private String displayName;
    private String primaryColour;
    private String accentColour;
    private String logoUrl;

    /** Lives for one post only: a multipart part is never kept in the view state. */
    private transient Part logo;

    public void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isUserInRole(CLINIC_ADMIN)) {
            forbidden = true;
            external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        show(branding.branding());
    }

    public String save() {
        if (forbidden) {
            return null;
        }
        BrandingDetails details = new BrandingDetails(displayName, primaryColour, accentColour);
        try {
            // Everything is checked before anything is stored: a refused logo or colour saves nothing.
            java.util.List<FieldViolation> violations = branding.violationsOf(details);
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            byte[] image = uploaded();
            long base = version;
            if (image != null) {
                base = branding.replaceLogo(v -> v == version, image).version();
            }
            long expected = base;
            branding.rebrand(v -> v == expected, details);
            PortalMessages.info("branding.saved");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            // A fresh request renders the template with the new branding.
            return "/app/branding?faces-redirect=true";
        } catch (RuleViolationException e) {
            e.violations().forEach(this::showViolation);
        } catch (LogoTooLargeException e) {
            PortalMessages.error(FORM + "logo", "branding.logo.tooLarge", e.limitBytes() / 1024);
        } catch (UnsupportedLogoException e) {
            PortalMessages.error(FORM + "logo", "branding.logo.type");
        } catch (LogoRejectedException e) {
            PortalMessages.error(FORM + "logo", "branding.logo.rejected", e.getMessage());
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "branding.stale");
        } finally {
            logo = null;
        }
        return null;
    }

    public String removeLogo() {
        try {
            branding.removeLogo(v -> v == version);
            PortalMessages.info("branding.logo.removed");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/branding?faces-redirect=true";
        } catch (StaleVersionException e) {
            stale = true;
            PortalMessages.error(null, "branding.stale");
            return null;
        }
    }

    public void reload() {
        stale = false;
        show(branding.branding());
    }

    private byte[] uploaded() {
        if (logo == null || logo.getSize() == 0) {
            return null;
        }
        if (logo.getSize() > branding.maxLogoBytes()) {
            throw new LogoTooLargeException(branding.maxLogoBytes());
        }
        try (InputStream in = logo.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void showViolation(FieldViolation violation) {
        String field = violation.field();
        if (field.endsWith("Colour")) {
            String value = field.equals("primaryColour") ? primaryColour : accentColour;
            double ratio = BrandingDetails.contrastWithWhite(value);
            if (Double.isNaN(ratio)) {
                PortalMessages.error(FORM + field, "branding.violation.colour");
            } else {
                PortalMessages.error(
                        FORM + field,
                        "branding.violation.contrast",
                        String.format(Locale.ROOT, "%.2f", Math.floor(ratio * 100) / 100));
            }
        } else if (field.equals("displayName")) {
            PortalMessages.error(FORM + field, "branding.violation.displayName");
        } else {
            PortalMessages.error(null, "branding.violation.other");
        }
    }

    private void show(BrandingView view) {
        version = view.version();
        displayName = view.displayName();
        primaryColour = view.primaryColour();
        accentColour = view.accentColour();
        logoUrl = view.hasLogo() ? "/branding/logo?v=" + view.logoSha256().substring(0, 16) : null;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isStale() {
        return stale;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = primaryColour;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
