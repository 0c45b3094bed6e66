/**
 * The portal's Branding page (clinic admins): name, colours and logo with a live preview, and
 * custom domains with their DNS verification. Views only: the rules are tenancy's ({@link
 * com.clinova.tenancy.api.BrandingService}, {@link com.clinova.tenancy.api.CustomDomainService}).
 */
package com.clinova.web.portal.branding;
