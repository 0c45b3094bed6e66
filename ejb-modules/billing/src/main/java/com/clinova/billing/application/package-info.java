/**
 * Billing use cases: stateless beans, one transaction per call, roles enforced here as well as at
 * the edges, every access recorded in the audit trail as the call's last statement. Rules live
 * in the domain; this layer fetches what they need from other contexts' apis (scheduling,
 * practice, patients, tenancy) and never reaches into their tables.
 */
package com.clinova.billing.application;
