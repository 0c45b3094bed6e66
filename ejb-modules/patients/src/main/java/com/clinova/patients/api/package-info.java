/**
 * The patients context as other code may use it: {@link com.clinova.patients.api.PatientService}
 * and the immutable records it takes and returns. Entities never cross this boundary.
 */
package com.clinova.patients.api;
