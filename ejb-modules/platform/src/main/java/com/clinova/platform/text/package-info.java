/**
 * Rules for text that clients send and the database stores. PostgreSQL cannot store a NUL
 * character, and invisible control characters in names only confuse people, so such text is
 * refused at the domain boundary as bad input instead of failing later as a server error.
 */
package com.clinova.platform.text;
