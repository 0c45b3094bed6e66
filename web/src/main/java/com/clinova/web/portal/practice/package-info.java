/**
 * The portal's Practice section: locations and rooms, practitioners with their accounts and
 * weekly hours, services, and schedule exceptions. Every staff member may read it; only clinic
 * admins see forms, and every action checks the role again (the practice context checks it a
 * third time). Beans translate between pages and the practice context's {@code api} only; view
 * state is serializable and holds ids and form values, never EJB references.
 */
package com.clinova.web.portal.practice;
