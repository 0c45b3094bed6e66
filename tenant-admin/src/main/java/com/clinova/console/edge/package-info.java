/**
 * The console's edge: request ids and origin, and which audience a request's host belongs to
 * (the platform realm on the console host, a clinic on its own host, nobody elsewhere). Binds
 * the clinic for clinic hosts; never binds one for the console host.
 */
package com.clinova.console.edge;
