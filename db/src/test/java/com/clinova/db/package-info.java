/**
 * Tests of the database against a real PostgreSQL: the catalog rules behind tenant isolation
 * (RLS coverage, role privileges), RLS behaviour including connection reuse, the migrations
 * and the demo data. {@link com.clinova.db.TestDatabase} gives every class its own database.
 */
package com.clinova.db;
