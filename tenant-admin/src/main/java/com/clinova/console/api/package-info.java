/**
 * The admin REST API, {@code /admin/api/v1}: token issue, self-service sign-up, tenants, plans and
 * a clinic's entitlements,
 * the platform audit trail. Thin resources over the tenancy context; every failure is a problem
 * document. Resources check the caller's realm and role; the host already decided the realm.
 */
package com.clinova.console.api;
