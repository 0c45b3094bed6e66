/**
 * Patient use cases: one stateless bean, one transaction per call, no rules of its own (they live
 * in the aggregate).
 */
package com.clinova.patients.application;
