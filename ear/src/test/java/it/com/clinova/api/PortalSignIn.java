package it.com.clinova.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user into the portal the way a browser would (GET the sign-in page, fill the form
 * that has a password field, POST it with the page's hidden fields) and returns the session
 * cookie. It reads no ids of the page's components, so it survives the page being redesigned.
 */
final class PortalSignIn {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<(?:input|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern COOKIE = Pattern.compile("(JSESSIONID=[^;]*)");

    private PortalSignIn() {}

    /** The session cookie of {@code user} after signing in at {@code clinic}; fails if sign-in does not work. */
    static String sessionCookie(Clinic clinic, User user) {
        ApiResponse page = Api.at(clinic).get(LOGIN_PAGE);
        assertEquals(200, page.status(), "the portal sign-in page");
        Matcher form = signInForm(page.body());
        String action = attribute(form.group(1), "action").orElse(LOGIN_PAGE).replace("&amp;", "&");
        String cookie = cookieOf(page).orElse("");
        // Whether the portal answers with a redirect or a page, the session is what matters.
        ApiResponse signedIn = Api.at(clinic)
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .send("POST", action, encode(fields(form.group(2), user)));
        String session = cookieOf(signedIn).orElse(cookie);
        PortalVisit.Page patients = PortalVisit.follow(clinic, "/app/patients.xhtml", session);
        assertEquals("/app/patients.xhtml", patients.path(), () -> "not signed in at " + clinic);
        return session;
    }

    private static Matcher signInForm(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(2).contains("type=\"password\"")) {
                return form;
            }
        }
        throw new AssertionError("the sign-in page has no form with a password field");
    }

    static Optional<String> cookieOf(ApiResponse response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(COOKIE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .reduce((first, last) -> last);
    }

    private static Map<String, String> fields(String form, User user) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean submitted = false;
        for (Matcher input = INPUT.matcher(form); input.find(); ) {
            String tag = input.group(1);
            Optional<String> name = attribute(tag, "name");
            String type = attribute(tag, "type").orElse("text");
            if (name.isEmpty() || (type.equals("submit") && submitted)) {
                continue;
            }
            submitted |= type.equals("submit");
            String value =
                    switch (type) {
                        case "password" -> User.DEMO_PASSWORD;
                        case "text", "email" -> user.username();
                        default -> attribute(tag, "value").orElse("");
                    };
            fields.put(name.get(), value);
        }
        return fields;
    }

    private static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
