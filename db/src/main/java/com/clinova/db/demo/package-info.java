/**
 * Owns the demo clinics: their branding, staff logins and deterministic synthetic patients
 * (valid Spanish DNI and Portuguese NIF numbers included), their practices (locations, rooms,
 * practitioners, services, weekly hours, a holiday and an absence in the coming weeks), their
 * billing settings (tax rate, invoice prefix, legal details), how they are written through the
 * platform role with the tenant bound per transaction, and the PBKDF2 password-hash format
 * shared with Jakarta Security.
 */
package com.clinova.db.demo;
