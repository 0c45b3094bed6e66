/**
 * Records use cases: one stateless bean per aggregate, one transaction per call, roles enforced
 * here as well as at the edges, the writer taken from the container, and exactly one audit-trail
 * entry per access as the last step. No rules of its own: they live in the domain.
 */
package com.clinova.records.application;
