package com.clinova.console.api;

import com.clinova.console.security.ConsoleUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is to the console: realm, name, roles and (for a clinic administrator) the clinic. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    Callers callers;

    public record Me(String realm, String username, String displayName, List<String> roles, String tenantId) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        ConsoleUser user = callers.current();
        return new Me(
                user.isOperator() ? "platform" : "clinic",
                user.username(),
                user.displayName(),
                user.roles().stream().sorted().toList(),
                user.clinic().map(Object::toString).orElse(null));
    }
}
