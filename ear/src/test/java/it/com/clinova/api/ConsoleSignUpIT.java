package it.com.clinova.api;

import static it.com.clinova.api.Problems.assertInvalidFields;
import static it.com.clinova.api.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinova.db.Credentials;
import com.clinova.db.DatabaseSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Self-service sign-up through the admin API: a clinic exists, with its administrator, settings
 * and sample practice, the moment the answer arrives; retries are idempotent; bad input changes
 * nothing; a failure half-way leaves no trace.
 */
class ConsoleSignUpIT {

    @Test
    void aSignUpCreatesAClinicWhosePortalAndApiWorkAtOnce() {
        String slug = Console.freshSlug("alta");
        long started = System.nanoTime();
        ApiResponse created = Console.postSignUp(Console.freshKey(), Console.signUp(slug));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(201, created.status(), created::toString);
        JsonNode clinic = created.json();
        assertEquals(slug, clinic.path("slug").asText());
        assertEquals("owner@" + slug + ".example", clinic.path("adminUsername").asText());
        assertEquals("clinic", clinic.path("planCode").asText());
        assertFalse(clinic.path("replayed").asBoolean());
        assertEquals(List.of("tenant", "domain", "settings", "admin", "sample-data"), texts(clinic.path("steps")));
        assertEquals(
                "http://" + slug + ".localhost:" + Api.PORT + "/",
                clinic.path("portalUrl").asText());
        assertTrue(millis < 10_000, "sign-up took " + millis + " ms");

        // The new clinic's host resolves at once (no cache to wait for), and its admin can sign in.
        String host = slug + ".localhost";
        ApiResponse token = Tokens.request(host, "owner@" + slug + ".example", "a-long-password-1");
        assertEquals(200, token.status(), token::toString);
        ApiResponse services =
                Api.at(host).bearer(token.json().path("access_token").asText()).get("/api/v1/services");
        assertEquals(200, services.status(), services::toString);
        assertEquals(
                "First visit",
                services.json().path("items").path(0).path("name").asText(),
                services::toString);
        assertEquals(
                "EUR", services.json().path("items").path(0).path("currency").asText());
        assertEquals(List.of("1"), owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    @Test
    void theSameKeyAndRequestAnswerTheSameClinicAndNeverASecond() {
        String slug = Console.freshSlug("retry");
        String key = Console.freshKey();
        Map<String, Object> body = Console.signUp(slug);
        ApiResponse first = Console.postSignUp(key, body);
        assertEquals(201, first.status(), first::toString);

        ApiResponse again = Console.postSignUp(key, body);

        assertEquals(200, again.status(), again::toString);
        assertEquals(first.json().path("id"), again.json().path("id"));
        assertTrue(again.json().path("replayed").asBoolean());
        assertEquals(List.of("1"), owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    @Test
    void concurrentRetriesOfOneRequestCreateOneClinic() throws Exception {
        String slug = Console.freshSlug("race");
        String key = Console.freshKey();
        Map<String, Object> body = Console.signUp(slug);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<ApiResponse>) () -> Console.postSignUp(key, body)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                ApiResponse response = answer.get();
                assertTrue(response.status() == 201 || response.status() == 200, response::toString);
                ids.add(response.json().path("id").asText());
            }
            assertEquals(1, ids.stream().distinct().count(), () -> "clinics: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("1"), owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        String key = Console.freshKey();
        assertEquals(
                201,
                Console.postSignUp(key, Console.signUp(Console.freshSlug("first")))
                        .status());

        String other = Console.freshSlug("second");
        assertProblem(Console.postSignUp(key, Console.signUp(other)), 409, "idempotency-key-reused");
        assertEquals(List.of("0"), owned("select count(*) from platform.tenant where slug = ?", other));
    }

    @Test
    void aTakenSlugIsAConflictThatNamesIt() {
        JsonNode problem =
                assertProblem(Console.postSignUp(Console.freshKey(), Console.signUp("sonrisa")), 409, "slug-taken");
        assertEquals("sonrisa", problem.path("slug").asText());
    }

    @Test
    void badSlugsAreRefusedWithTheirReason() {
        for (String slug : List.of(
                "admin",
                "www",
                "api",
                "console",
                "xn--sonrsa-3ya",
                "Sonrisa",
                "clínica",
                "-dash",
                "ab",
                "a_b",
                "dash-")) {
            Map<String, Object> body = Console.signUp(slug);
            body.put("adminEmail", "owner@example.com");
            assertInvalidFields(Console.postSignUp(Console.freshKey(), body), "slug");
        }
        JsonNode check = Console.console()
                .get(Console.SIGNUPS + "/slug-availability?slug=cl%C3%ADnica")
                .json();
        assertFalse(check.path("available").asBoolean());
        assertTrue(check.path("reason").asText().contains("clinica"), check::toString);
        assertFalse(Console.console()
                .get(Console.SIGNUPS + "/slug-availability?slug=sonrisa")
                .json()
                .path("available")
                .asBoolean());
        assertTrue(Console.console()
                .get(Console.SIGNUPS + "/slug-availability?slug=" + Console.freshSlug("free"))
                .json()
                .path("available")
                .asBoolean());
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsCreated() {
        String slug = Console.freshSlug("bad");
        Map<String, Object> body = Console.signUp(slug);
        body.put("clinicName", " ");
        body.put("adminEmail", "not-an-email");
        body.put("adminPassword", "short");
        body.put("country", "XX");
        body.put("locale", "fr");
        body.put("timeZone", "Mars/Olympus");
        body.put("currency", "EURO");
        body.put("planCode", "platinum");

        assertInvalidFields(
                Console.postSignUp(Console.freshKey(), body),
                "clinicName",
                "adminEmail",
                "adminPassword",
                "country",
                "locale",
                "timeZone",
                "currency",
                "planCode");
        assertInvalidFields(Console.postSignUp(null, Console.signUp(slug)), "Idempotency-Key");
        assertProblem(
                Console.console().header("Idempotency-Key", Console.freshKey()).send("POST", Console.SIGNUPS, "{"),
                400,
                "malformed-request");
        assertEquals(List.of("0"), owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    @Test
    void signUpExistsOnlyOnTheConsoleHost() {
        ApiResponse atClinic = Api.at(Clinic.SONRISA)
                .header("Idempotency-Key", Console.freshKey())
                .post(Console.SIGNUPS, Console.signUp(Console.freshSlug("wrong-host")));
        assertProblem(atClinic, 404, "not-found");
        assertProblem(Api.at(Clinic.NOBODY).get(Console.ME), 404, "unknown-clinic");
    }

    /**
     * A failure after the tenant, its settings and its administrator are written (the sample
     * practice's location is refused by a trigger the test installs as the owner) rolls all of it
     * back; retrying the same request once the cause is gone creates the clinic exactly once.
     */
    @Test
    void aFailureHalfWayLeavesNoHalfClinicAndARetrySucceeds() throws SQLException {
        String slug = Console.freshSlug("rollback");
        String key = Console.freshKey();
        Map<String, Object> body = Console.signUp(slug);
        String trigger = "fail_" + slug.replace('-', '_');
        asOwner("create function clinic." + trigger + "() returns trigger language plpgsql as $$ begin"
                + " if new.name = 'Clínica " + slug
                + "' then raise exception 'forced failure'; end if; return new; end $$;"
                + " create trigger " + trigger
                + " before insert on clinic.location for each row execute function clinic."
                + trigger + "()");
        try {
            assertProblem(Console.postSignUp(key, body), 500, "internal-error");
        } finally {
            asOwner("drop trigger " + trigger + " on clinic.location; drop function clinic." + trigger + "()");
        }
        assertEquals(List.of("0"), owned("select count(*) from platform.tenant where slug = ?", slug));
        assertEquals(
                List.of("0"), owned("select count(*) from platform.onboarding_request where idempotency_key = ?", key));
        assertEquals(
                List.of("0"),
                owned("select count(*) from clinic.app_user where username = ?", "owner@" + slug + ".example"));

        ApiResponse retried = Console.postSignUp(key, body);
        assertEquals(201, retried.status(), retried::toString);
        assertEquals(List.of("1"), owned("select count(*) from platform.tenant where slug = ?", slug));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** A query as the test cluster's superuser, which row-level security does not hide rows from: counts what exists. */
    static List<String> owned(String sql, Object... parameters) {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        Credentials superuser = settings.superuser();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), superuser.user(), superuser.password());
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void asOwner(String sql) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        Credentials owner = settings.owner();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), owner.user(), owner.password());
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
