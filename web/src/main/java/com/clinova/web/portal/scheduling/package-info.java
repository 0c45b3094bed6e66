/**
 * The portal's scheduling pages: day and week calendars per practitioner or location, booking a
 * free slot for a patient (hold, then confirm) and an appointment's page with the changes the
 * signed-in staff member may make. Beans reach the scheduling, practice and patients contexts
 * through their api only; every rule (who may do what, when) is the context's, the pages only
 * show what it allows.
 */
package com.clinova.web.portal.scheduling;
