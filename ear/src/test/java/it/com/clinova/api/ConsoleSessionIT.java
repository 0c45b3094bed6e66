package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Console sessions, signed in through the sign-in form as a browser would: an operator's session
 * opens nothing on a clinic's host, a clinic administrator's nothing on the console host or at
 * another clinic, and a portal session is no console session.
 */
class ConsoleSessionIT {

    private static final String LOGIN = "/admin/login.xhtml";
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<(?:input|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern COOKIE = Pattern.compile("((?:CLINOVA_CONSOLE|JSESSIONID)=[^;]*)");

    @Test
    void anOperatorSessionOpensNothingOnAClinicHost() {
        String operator = signIn(Console.HOST, Console.OPERATOR);
        assertEquals(
                200,
                page(Console.HOST, "/admin/app/operator/tenants.xhtml", operator)
                        .status());

        assertSentToSignIn(page(Clinic.SONRISA.hostName(), "/admin/app/clinic.xhtml", operator));
    }

    @Test
    void aClinicAdminSessionOpensNothingOnTheConsoleHostOrAtAnotherClinic() {
        String admin = signIn(Clinic.SONRISA.hostName(), User.ADMIN.username());
        ApiResponse own = page(Clinic.SONRISA.hostName(), "/admin/app/clinic.xhtml", admin);
        assertEquals(200, own.status(), own::toString);
        assertTrue(own.body().contains("Clínica Dental Sonrisa"));

        assertSentToSignIn(page(Console.HOST, "/admin/app/operator/tenants.xhtml", admin));
        assertSentToSignIn(page(Clinic.LUMIERE.hostName(), "/admin/app/clinic.xhtml", admin));
        // Operator pages are for operators, even at the admin's own host.
        assertEquals(
                403,
                page(Clinic.SONRISA.hostName(), "/admin/app/operator/tenants.xhtml", admin)
                        .status());
    }

    @Test
    void aPortalSessionIsNoConsoleSession() {
        String portal = PortalSignIn.sessionCookie(Clinic.SONRISA, User.ADMIN);
        assertSentToSignIn(page(Clinic.SONRISA.hostName(), "/admin/app/clinic.xhtml", portal));
    }

    @Test
    void frontDeskStaffCannotSignInToTheConsole() {
        ApiResponse refused = submitSignIn(Clinic.SONRISA.hostName(), User.FRONT_DESK.username());
        assertTrue(refused.body().contains("message-error"), refused::toString);
    }

    private static void assertSentToSignIn(ApiResponse response) {
        assertEquals(302, response.status(), response::toString);
        assertTrue(response.header("Location").orElse("").contains(LOGIN), response::toString);
    }

    private static ApiResponse page(String host, String path, String cookie) {
        return Api.at(host).header("Cookie", cookie).get(path);
    }

    static String signIn(String host, String username) {
        ApiResponse signedIn = submitSignIn(host, username);
        String cookie = cookieOf(signedIn).orElseThrow(() -> new AssertionError("no session: " + signedIn));
        assertEquals(302, signedIn.status(), signedIn::toString);
        return cookie;
    }

    private static ApiResponse submitSignIn(String host, String username) {
        ApiResponse page = Api.at(host).get(LOGIN);
        assertEquals(200, page.status(), page::toString);
        Matcher form = FORM.matcher(page.body());
        while (form.find() && !form.group(2).contains("type=\"password\"")) {
            // the language switcher comes first
        }
        String action = attribute(form.group(1), "action").orElse(LOGIN).replace("&amp;", "&");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Matcher input = INPUT.matcher(form.group(2)); input.find(); ) {
            String tag = input.group(1);
            Optional<String> name = attribute(tag, "name");
            String type = attribute(tag, "type").orElse("text");
            name.ifPresent(n -> fields.put(
                    n,
                    switch (type) {
                        case "password" -> User.DEMO_PASSWORD;
                        case "text" -> username;
                        default -> attribute(tag, "value").orElse("");
                    }));
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Api.at(host)
                .header("Cookie", cookieOf(page).orElse(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .send("POST", action, body);
    }

    private static Optional<String> cookieOf(ApiResponse response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(COOKIE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .reduce((first, last) -> last);
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
