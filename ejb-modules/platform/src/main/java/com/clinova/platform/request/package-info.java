/**
 * Facts about the request being served that code deep inside a use case needs to record, such
 * as the audit trail's request id and client address. Only the web edge binds them, always
 * scoped to one call; nothing here reads HTTP, so the contexts stay free of the web module.
 */
package com.clinova.platform.request;
