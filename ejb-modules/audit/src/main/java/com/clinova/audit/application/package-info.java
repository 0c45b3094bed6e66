/**
 * Audit use cases: recording an access for the calling staff member, and (for clinic
 * administrators) querying, exporting and verifying the trail. Stateless beans that take the
 * caller from the container, never from parameters, and hold no rules of their own.
 */
package com.clinova.audit.application;
