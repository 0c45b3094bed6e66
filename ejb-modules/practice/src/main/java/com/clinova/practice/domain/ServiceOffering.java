package com.clinova.practice.domain;

import com.clinova.platform.error.RuleViolationException.FieldViolation;
import com.clinova.platform.tenant.TenantId;
import com.clinova.practice.api.ServiceDetails;
import com.clinova.practice.api.ServiceView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A service (treatment) the clinic offers; table {@code clinic.service}. Called an offering here
 * because "service" names the use-case beans.
 *
 * <p>Invariants: a name (unique in the clinic, enforced by the database); a duration of 5 to 480
 * minutes; a price of at least zero with at most two decimals, in the currency the clinic had when
 * the service was created (invoices keep it); the practitioners who may perform it and the rooms
 * it may take place in exist in the clinic, and any newly assigned one is active ({@link
 * ServiceAssignments}). No rooms means the service needs none.
 */
@Entity
@Table(schema = "clinic", name = "service")
public class ServiceOffering {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "clinic", name = "service_practitioner", joinColumns = @JoinColumn(name = "service_id"))
    private Set<ServicePractitioner> practitioners = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "clinic", name = "service_room", joinColumns = @JoinColumn(name = "service_id"))
    private Set<ServiceRoom> rooms = new HashSet<>();

    protected ServiceOffering() {}

    /**
     * @param currency the clinic's currency now (ISO 4217 code)
     * @throws com.clinova.platform.error.RuleViolationException naming every broken rule
     */
    public static ServiceOffering offer(
            TenantId clinic, String currency, ServiceDetails details, PracticeLookup practice, Instant now) {
        ServiceOffering service = new ServiceOffering();
        service.id = UUID.randomUUID();
        service.tenantId = clinic.value();
        service.currency = currency;
        service.active = true;
        service.createdAt = now.atOffset(ZoneOffset.UTC);
        service.change(details, practice);
        return service;
    }

    /** Replaces the details and assignments; on a broken rule nothing changes. */
    public void change(ServiceDetails details, PracticeLookup practice) {
        FieldRules rules = new FieldRules();
        ServiceDetails clean = check(rules, details, practice, practitionerIds(), roomIds());
        rules.throwIfBroken();
        name = clean.name();
        description = clean.description();
        durationMinutes = clean.durationMinutes();
        price = clean.price();
        practitioners.retainAll(details.practitionerIds().stream()
                .map(p -> new ServicePractitioner(tenantId, p))
                .collect(Collectors.toSet()));
        details.practitionerIds().forEach(p -> practitioners.add(new ServicePractitioner(tenantId, p)));
        rooms.retainAll(details.roomIds().stream()
                .map(r -> new ServiceRoom(tenantId, r))
                .collect(Collectors.toSet()));
        details.roomIds().forEach(r -> rooms.add(new ServiceRoom(tenantId, r)));
    }

    /**
     * The rules {@code details} would break for a new service, without offering anything, so an
     * edge that found unreadable fields can report every problem at once.
     */
    public static List<FieldViolation> violationsOf(ServiceDetails details, PracticeLookup practice) {
        FieldRules rules = new FieldRules();
        check(rules, details, practice, Set.of(), Set.of());
        return rules.violations();
    }

    private static ServiceDetails check(
            FieldRules rules,
            ServiceDetails details,
            PracticeLookup practice,
            Set<UUID> currentPractitioners,
            Set<UUID> currentRooms) {
        String newName = rules.required("name", details.name(), 120);
        String newDescription = rules.multiLine("description", details.description(), 2000);
        ServicePricing.checkDuration(rules, details.durationMinutes());
        BigDecimal newPrice = ServicePricing.checkPrice(rules, details.price());
        ServiceAssignments assignments = new ServiceAssignments(rules, practice);
        assignments.checkPractitioners(details.practitionerIds(), currentPractitioners);
        assignments.checkRooms(details.roomIds(), currentRooms);
        return new ServiceDetails(
                newName,
                newDescription,
                details.durationMinutes(),
                newPrice,
                details.practitionerIds(),
                details.roomIds());
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public UUID id() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    Set<UUID> practitionerIds() {
        return practitioners.stream().map(ServicePractitioner::practitionerId).collect(Collectors.toSet());
    }

    Set<UUID> roomIds() {
        return rooms.stream().map(ServiceRoom::roomId).collect(Collectors.toSet());
    }

    public ServiceView view() {
        return new ServiceView(
                id,
                name,
                description,
                Duration.ofMinutes(durationMinutes),
                price,
                currency.trim(),
                practitionerIds(),
                roomIds(),
                active);
    }
}
