/**
 * The REST API, version 1 ({@code /api/v1}): JSON resources over the bounded contexts' {@code
 * api} packages. Resources translate between JSON and API records and nothing more; the clinic
 * is the one bound by the tenant filter, never a parameter.
 */
package com.clinova.web.api;
