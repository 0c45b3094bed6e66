package com.clinova.console.pages;

import com.clinova.tenancy.api.TenantRegistry;
import com.clinova.tenancy.api.TenantSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The operator's list of clinics, searchable by slug or name. */
@Named("tenants")
@RequestScoped
public class TenantsView {

    @EJB
    TenantRegistry registry;

    private String query;
    private List<TenantSummary> rows;

    public List<TenantSummary> getRows() {
        if (rows == null) {
            rows = registry.list(Optional.ofNullable(query), 200);
        }
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
