/**
 * Patients: the people a clinic treats — registration, demographic details, and search. Every
 * patient belongs to exactly one clinic; row-level security in the database is what keeps it
 * there, this context never filters by tenant by hand.
 */
package com.clinova.patients;
