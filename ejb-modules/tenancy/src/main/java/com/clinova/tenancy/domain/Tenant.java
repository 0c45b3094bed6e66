package com.clinova.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A clinic subscribed to Clinova. Its slug names its portal host and never changes. */
@Entity
@Table(schema = "platform", name = "tenant")
public class Tenant {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String status;

    protected Tenant() {}

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public boolean isActive() {
        return "active".equals(status);
    }
}
