/**
 * The clinic portal web module ({@code web.war}, context root {@code /}): the REST API under
 * {@code /api/v1}, the Faces portal for staff, and the edge that resolves which clinic a request
 * is for. It holds no business rules; it calls the bounded contexts through their {@code api}
 * packages only.
 */
package com.clinova.web;
