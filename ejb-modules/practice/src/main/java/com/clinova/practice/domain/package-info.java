/**
 * The practice aggregates and their rules: each guards its invariants on every change and
 * reports every broken rule at once, by the field names clients use. Aggregates refer to each
 * other by id and look each other up through {@link com.clinova.practice.domain.PracticeLookup};
 * repository interfaces live here, their JPA implementations in infrastructure. Nothing here
 * knows about HTTP, Faces or other contexts.
 */
package com.clinova.practice.domain;
