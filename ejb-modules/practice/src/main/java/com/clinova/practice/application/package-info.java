/**
 * Practice use cases behind the {@link com.clinova.practice.api} interfaces: thin stateless beans,
 * one transaction per call, that enforce the staff roles themselves (any staff member reads, only
 * clinic admins change) and leave the rules to the aggregates.
 */
package com.clinova.practice.application;
