/**
 * The portal's reports page: management figures (utilisation, no-show rates) for clinic admins
 * and a practitioner's day list for everyone who runs the day. It only reads.
 */
package com.clinova.web.portal.reports;
