/**
 * Tenancy use cases behind the {@link com.clinova.tenancy.api} interfaces: thin stateless beans
 * that own the transaction and translate the model into API views.
 */
package com.clinova.tenancy.application;
