/**
 * Owns the Clinova database outside the application: bootstrapping the three roles and the
 * database on a superuser connection, running the Flyway migrations as the owner role, the
 * settings that say where the database is, and the {@link com.clinova.db.DbTool} command line
 * that the run and test scripts call.
 */
package com.clinova.db;
