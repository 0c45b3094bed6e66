/**
 * Executable architecture rules (ArchUnit) over every Clinova class on the web module's test
 * classpath: bounded contexts meet only through their {@code api} packages.
 */
package com.clinova.architecture;
