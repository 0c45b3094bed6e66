/**
 * End-to-end browser tests of the staff portal: a real Chromium, driven by Selenium, against the
 * Liberty server and demo clinics the ear build starts. They prove what only a browser can: that
 * pages render with the clinic's branding, that forms, redirects and sessions behave, and that a
 * session cookie of one clinic opens nothing at another clinic's host.
 */
package it.com.clinova.portal;
