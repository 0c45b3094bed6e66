/**
 * Tenancy: the registry of clinics (tenants), how a request host maps to one, each clinic's
 * branding settings, and the staff accounts that sign in to a clinic. Other contexts and the WARs
 * use it only through {@link com.clinova.tenancy.api}.
 */
package com.clinova.tenancy;
