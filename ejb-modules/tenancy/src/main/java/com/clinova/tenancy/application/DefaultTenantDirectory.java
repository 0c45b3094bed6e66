package com.clinova.tenancy.application;

import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.TenantDirectory;
import com.clinova.tenancy.api.TenantLogo;
import com.clinova.tenancy.api.TenantProfile;
import com.clinova.tenancy.domain.RequestHost;
import com.clinova.tenancy.domain.Tenant;
import com.clinova.tenancy.domain.TenantRepository;
import com.clinova.tenancy.domain.TenantSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Resolves hosts to clinics: a subdomain of the base domain first, then custom domains. */
@Stateless
public class DefaultTenantDirectory implements TenantDirectory {

    @Inject
    TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "clinova.base-domain", defaultValue = "localhost")
    String baseDomain;

    @Override
    public Optional<TenantProfile> findByHost(String hostHeader) {
        return RequestHost.parse(hostHeader).flatMap(this::tenantAt).flatMap(this::profileOf);
    }

    @Override
    public Optional<TenantLogo> findLogo(TenantId tenant) {
        return tenants.findSettings(tenant.value())
                .filter(TenantSettings::hasLogo)
                .map(s -> new TenantLogo(s.logoContentType(), s.logo(), s.updatedAt(), s.logoSha256()));
    }

    @Override
    public List<TenantId> allClinics() {
        return tenants.allIds().stream().map(TenantId::new).toList();
    }

    @Override
    public Optional<TenantProfile> findById(TenantId tenant) {
        return tenants.findById(tenant.value()).flatMap(this::profileOf);
    }

    private Optional<Tenant> tenantAt(RequestHost host) {
        Optional<String> slug = host.slugUnder(baseDomain);
        return slug.isPresent() ? tenants.findBySlug(slug.get()) : tenants.findByCustomDomain(host.name());
    }

    private Optional<TenantProfile> profileOf(Tenant tenant) {
        return tenants.findSettings(tenant.id())
                .map(s -> new TenantProfile(
                        new TenantId(tenant.id()),
                        tenant.slug(),
                        s.displayName(),
                        s.locale(),
                        s.timeZone(),
                        s.currency(),
                        s.primaryColour(),
                        s.hasLogo(),
                        tenant.isActive(),
                        s.accentColour(),
                        s.hasLogo() ? s.logoSha256().substring(0, 16) : null));
    }
}
