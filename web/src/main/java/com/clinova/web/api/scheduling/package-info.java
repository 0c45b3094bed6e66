/**
 * The scheduling REST API: free slots ({@code /availability}) and appointments with their state
 * changes ({@code /appointments}). Resources parse and check what clients send field by field,
 * call the scheduling context's api and shape its answers; every rule lives in the context.
 */
package com.clinova.web.api.scheduling;
