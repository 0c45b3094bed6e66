/**
 * Scheduling use cases: stateless beans, one transaction per call, no rules of their own (those
 * live in the domain). They gather the practice facts a rule needs through the practice api,
 * identify the calling staff member, and expire stale holds: overlapping ones before each
 * booking, and every clinic's in turn on a timer.
 */
package com.clinova.scheduling.application;
