/**
 * Records: what clinicians write about a visit. An encounter per appointment, treatment notes that
 * are drafts until their author signs them and immutable afterwards (corrections are amendments),
 * and files attached to the encounter. Readable only by clinical roles; row-level security keeps
 * every row in its clinic, this context never filters by tenant by hand.
 */
package com.clinova.records;
