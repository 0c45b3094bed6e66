/**
 * RFC 9457 problem documents: the single shape in which every API error leaves Clinova, whether
 * raised by the domain, by JAX-RS, by the security layer or by a bug. Each problem type has one
 * stable URI clients can switch on; field-level errors go in {@code errors}.
 */
package com.clinova.web.api.problem;
