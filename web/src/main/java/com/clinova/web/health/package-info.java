/**
 * MicroProfile Health checks that tell a load balancer the truth: a node is ready only when it
 * can reach the database as the application role and the schema has been migrated.
 */
package com.clinova.web.health;
