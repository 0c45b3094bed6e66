/**
 * JPA implementations of the records repositories (persistence unit {@code records}) and the
 * adapter that reads appointments through the scheduling context's api. Tenant filtering is left
 * to row-level security; database refusals (a second encounter, a change of a signed note) become
 * the records api's exceptions here.
 */
package com.clinova.records.infrastructure;
