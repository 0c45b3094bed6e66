/**
 * The console's Faces pages: sign-in, self-service sign-up, the operator's clinics, clinic
 * creation and platform audit trail, and a clinic administrator's own clinic (with its plan panel). Views call the
 * tenancy context; they never read clinical data.
 */
package com.clinova.console.pages;
