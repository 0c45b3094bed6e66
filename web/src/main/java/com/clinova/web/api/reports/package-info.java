/**
 * The reports of the host's clinic over REST: the day list of a practitioner, utilisation and
 * no-show rates. Figures only; nothing here changes data.
 */
package com.clinova.web.api.reports;
