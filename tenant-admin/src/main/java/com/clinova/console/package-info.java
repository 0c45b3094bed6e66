/**
 * The SaaS console ({@code tenant-admin.war}, context root {@code /admin}): Faces pages and the
 * admin REST API {@code /admin/api/v1} for two audiences, decided by the request host — SaaS
 * operators on the console host ({@code clinova.console.host}) and each clinic's administrators on
 * their clinic's host. Business rules live in the tenancy context; nothing here reads clinical data.
 */
package com.clinova.console;
