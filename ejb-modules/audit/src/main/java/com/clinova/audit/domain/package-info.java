/**
 * The audit trail's rules on the Java side: what an appended event consists of and the
 * repository it is appended to. Numbering, timing and sealing of events belong to the database
 * (a trigger), so that no code path, however buggy, can choose them; nothing here computes a hash.
 */
package com.clinova.audit.domain;
