package com.clinova.practice.application;

import static com.clinova.platform.security.StaffRoles.BILLING;
import static com.clinova.platform.security.StaffRoles.CLINIC_ADMIN;
import static com.clinova.platform.security.StaffRoles.FRONT_DESK;
import static com.clinova.platform.security.StaffRoles.PRACTITIONER;

import com.clinova.platform.error.ResourceNotFoundException;
import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.error.StaleVersionException;
import com.clinova.platform.tenant.TenantContext;
import com.clinova.practice.api.NameKey;
import com.clinova.practice.api.OfferingService;
import com.clinova.practice.api.Page;
import com.clinova.practice.api.ServiceDetails;
import com.clinova.practice.api.ServiceView;
import com.clinova.practice.api.Versioned;
import com.clinova.practice.domain.ServiceOffering;
import com.clinova.practice.domain.ServiceOfferingRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Any staff member reads services; only clinic admins offer and change them. */
@Stateless
@DeclareRoles({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
@RolesAllowed({CLINIC_ADMIN, FRONT_DESK, PRACTITIONER, BILLING})
public class DefaultOfferingService implements OfferingService {

    @Inject
    ServiceOfferingRepository services;

    @Inject
    RepositoryLookup practice;

    @Inject
    ClinicDefaults clinic;

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<ServiceView> offer(ServiceDetails details) {
        ServiceOffering service =
                ServiceOffering.offer(TenantContext.require(), clinic.currency(), details, practice, Instant.now());
        services.add(service);
        return versioned(service);
    }

    @Override
    @RolesAllowed(CLINIC_ADMIN)
    public Versioned<ServiceView> change(UUID id, long expectedVersion, ServiceDetails details, boolean active) {
        ServiceOffering service = services.find(id).orElseThrow(() -> new ResourceNotFoundException("Service", id));
        if (service.version() != expectedVersion) {
            throw new StaleVersionException("Service", service.version());
        }
        service.change(details, practice);
        if (active) {
            service.reactivate();
        } else {
            service.deactivate();
        }
        services.save(service);
        return versioned(service);
    }

    @Override
    public Optional<Versioned<ServiceView>> find(UUID id) {
        return services.find(id).map(DefaultOfferingService::versioned);
    }

    @Override
    public List<FieldViolation> violationsOf(ServiceDetails details) {
        return ServiceOffering.violationsOf(details, practice);
    }

    @Override
    public Page<Versioned<ServiceView>> list(Optional<NameKey> after, int limit) {
        Pages.checkLimit(limit);
        return Pages.of(
                services.list(after, limit),
                limit,
                DefaultOfferingService::versioned,
                v -> new NameKey(v.value().name(), v.value().id()));
    }

    private static Versioned<ServiceView> versioned(ServiceOffering service) {
        return new Versioned<>(service.view(), service.version());
    }
}
