/**
 * The scheduling context as other code may use it: {@link
 * com.clinova.scheduling.api.AppointmentService}, {@link
 * com.clinova.scheduling.api.AvailabilityService} and the immutable records and exceptions they
 * take and throw. Entities never cross this boundary.
 */
package com.clinova.scheduling.api;
