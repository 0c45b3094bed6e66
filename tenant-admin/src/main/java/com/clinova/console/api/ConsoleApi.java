package com.clinova.console.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The admin API at {@code /admin/api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Clinova console API", version = "1"))
public class ConsoleApi extends Application {}
