/**
 * The clinical records API: encounters, treatment notes and attachments over the records
 * context's {@code api}. Clinical roles only (practitioners write, clinic admins read); every
 * answer is marked {@code Cache-Control: no-store}, because records must not linger in caches.
 */
package com.clinova.web.api.records;
