/**
 * The edge where a request gets its origin: its request id (also sent back as {@code
 * X-Request-Id}) and its client address, bound for the request and unbound in {@code finally}.
 * The client address is the socket peer; {@code X-Forwarded-For} is believed only as far as it
 * was written by proxies the operator configured as trusted, never because a client sent it.
 */
package com.clinova.web.origin;
