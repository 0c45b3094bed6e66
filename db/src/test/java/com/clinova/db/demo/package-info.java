/**
 * Tests of the demo clinics and the password-hash format: deterministic generation, valid
 * identity numbers, the rows as seeded into a real database, PBKDF2 round trips.
 */
package com.clinova.db.demo;
