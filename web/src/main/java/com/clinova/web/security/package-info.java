/**
 * Who is calling, for the request's clinic only. One Jakarta Security authentication mechanism
 * serves both audiences: browsers sign in with a form and carry a session whose staff member is
 * tied to a tenant; API clients send a bearer token whose tenant claim must equal the host's
 * clinic. A credential of clinic A presented at clinic B's host authenticates nobody.
 */
package com.clinova.web.security;
