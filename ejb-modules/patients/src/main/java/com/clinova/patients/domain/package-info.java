/**
 * The patient aggregate and its rules. {@link com.clinova.patients.domain.Patient} guards its
 * invariants on every change; the repository interface lives here and its JPA implementation in
 * infrastructure.
 */
package com.clinova.patients.domain;
