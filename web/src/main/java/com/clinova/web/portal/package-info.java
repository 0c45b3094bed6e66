/**
 * The staff portal's Faces backing beans: sign-in and sign-out, the clinic's branding, the
 * session's language and the patient list and form. Beans here only translate between pages and
 * the patients context's {@code api}; every rule about patients stays in that context, and every
 * role check the REST API makes is repeated here so a hidden button is never the only guard.
 * State kept across requests (view or session scope) is serializable and tied to the clinic it
 * was created for, because sessions are shared between nodes and a cookie can be replayed on
 * another clinic's host.
 */
package com.clinova.web.portal;
