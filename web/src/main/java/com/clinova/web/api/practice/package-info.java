/**
 * The practice part of the REST API: locations and rooms, practitioners and their weekly hours,
 * services, and schedule exceptions of the host's clinic. Resources translate between JSON and
 * the practice context's {@code api} records; every rule stays in that context, and every role
 * it enforces is declared here as well so the OpenAPI document and a 403 tell the same story.
 */
package com.clinova.web.api.practice;
