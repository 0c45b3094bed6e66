package com.clinova.tenancy.application;

import com.clinova.platform.tenant.TenantId;
import com.clinova.tenancy.api.TenantRegistry;
import com.clinova.tenancy.api.TenantSummary;
import com.clinova.tenancy.domain.TenantCatalog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultTenantRegistry implements TenantRegistry {

    @Inject
    TenantCatalog catalog;

    @Override
    public List<TenantSummary> list(Optional<String> query, int limit) {
        return catalog.list(query, Math.max(1, Math.min(200, limit)));
    }

    @Override
    public Optional<TenantSummary> find(TenantId tenant) {
        return catalog.find(tenant.value());
    }
}
