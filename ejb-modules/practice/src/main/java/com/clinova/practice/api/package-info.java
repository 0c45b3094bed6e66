/**
 * The practice context as other contexts use it: {@link com.clinova.practice.api.PracticeCatalog}
 * answers what scheduling and billing need to know about a clinic's locations, rooms,
 * practitioners, services, working hours and exceptions, as immutable views. Entities never
 * cross this boundary.
 */
package com.clinova.practice.api;
