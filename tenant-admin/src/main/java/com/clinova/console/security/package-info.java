/**
 * Who is signed in to the console, per realm: an operator only on the console host, a clinic
 * administrator only on their own clinic's host. Tokens carry the realm and audience
 * {@code clinova-console}, so neither the clinic API's tokens nor another realm's are accepted.
 */
package com.clinova.console.security;
