/**
 * The tenant of the current unit of work. The edge of the application (the web filter) resolves
 * the tenant once from the request host and binds it here for the duration of the request; the
 * persistence layer reads it to bind every database transaction. Code must never bind a tenant
 * without restoring the previous binding, which is why only scoped {@code callAs}/{@code runAs}
 * exist and no bare setter.
 */
package com.clinova.platform.tenant;
