/**
 * Scheduling: when patients can be seen (free slots computed from the practice's working hours,
 * exceptions and existing bookings) and the appointments booked into that time, from a short hold
 * to completion. No double booking is the database's job (exclusion constraints), this context
 * only turns a refusal into a clear answer; it never filters by tenant by hand.
 */
package com.clinova.scheduling;
