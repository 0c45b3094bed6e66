/**
 * The clinic's branding over REST ({@code /api/v1/branding}): name, colours, logo upload and
 * custom domains of the host's clinic. Translation only: the rules (contrast, image checks,
 * verification) live in tenancy; the clinic is always the bound one.
 */
package com.clinova.web.api.branding;
