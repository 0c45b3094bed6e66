package com.clinova.tenancy.infrastructure;

import com.clinova.tenancy.api.PlanCatalog;
import com.clinova.tenancy.api.TenantEntitlementsAdmin;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Wires the plan use cases' JDBC implementations to the platform role's container-managed data
 * source ({@code jdbc/clinovaPlatform}): every call joins the caller's JTA transaction, so a change
 * and its platform audit entry commit or roll back together.
 */
@ApplicationScoped
public class PlatformPlanBeans {

    @Resource(lookup = "jdbc/clinovaPlatform")
    DataSource platform;

    @Produces
    PlanCatalog planCatalog() {
        return JdbcPlanCatalog.inCallerTransaction(platform);
    }

    @Produces
    TenantEntitlementsAdmin tenantEntitlementsAdmin() {
        return JdbcTenantEntitlementsAdmin.inCallerTransaction(platform);
    }
}
