package com.clinova.console.api;

import com.clinova.console.security.ConsoleUser;
import com.clinova.console.security.SignedInUser;
import com.clinova.platform.error.NotPermittedException;
import com.clinova.tenancy.api.PlatformActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The authenticated console user of this request, and the role checks the resources make. */
@RequestScoped
public class Callers {

    @Inject
    HttpServletRequest request;

    public ConsoleUser current() {
        return SignedInUser.of(request).orElseThrow(() -> new NotPermittedException("Sign in first."));
    }

    public ConsoleUser requireOperator() {
        ConsoleUser user = current();
        if (!user.isOperator()) {
            throw new NotPermittedException("Only Clinova operators may do this.");
        }
        return user;
    }

    public PlatformActor actor() {
        ConsoleUser user = current();
        return user.isOperator()
                ? PlatformActor.operator(user.username())
                : PlatformActor.clinicAdmin(user.slug(), user.username());
    }
}
