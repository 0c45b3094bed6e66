/**
 * The security vocabulary every context and web module shares: the names of the staff roles as
 * the container knows them (identical to the role names in web.xml and the database's
 * {@code clinic.app_user.roles} check).
 */
package com.clinova.platform.security;
