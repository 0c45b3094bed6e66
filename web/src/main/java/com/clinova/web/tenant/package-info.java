/**
 * The edge where a request meets its clinic: the host name is resolved to a tenant exactly once
 * per request, an unknown host ends in a 404, and the tenant is bound for the rest of the request
 * and unbound in {@code finally}. Nothing else in the web module reads the Host header.
 */
package com.clinova.web.tenant;
