/**
 * Serves the request clinic's branding assets. Logos are user-supplied images, so they are sent
 * with {@code nosniff} and a script-free content security policy (an SVG can carry script).
 */
package com.clinova.web.branding;
