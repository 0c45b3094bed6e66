/**
 * Practice: where a clinic works (locations, rooms), who works there (practitioners, linked to
 * staff accounts), what it offers (services with duration, price and who/where) and when (weekly
 * working hours, holidays, closures, absences). Scheduling and billing read it through {@link
 * com.clinova.practice.api.PracticeCatalog}; only clinic admins change it. Row-level security
 * keeps every row in its clinic; this context never filters by tenant by hand.
 */
package com.clinova.practice;
