package com.clinova.db;

import com.clinova.db.demo.DemoOperators;
import com.clinova.db.demo.DemoSeeder;
import com.clinova.db.demo.DemoTenant;
import com.clinova.db.demo.DemoTenants;
import com.clinova.db.demo.DemoUser;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Command line for database set-up: {@code bootstrap}, {@code migrate}, {@code seed-demo} and
 * {@code setup-demo}. Settings come from {@link DatabaseSettings#fromEnvironment()}.
 */
public final class DbTool {

    static final String USAGE = "Usage: DbTool <bootstrap|migrate|seed-demo|setup-demo>\n"
            + "  bootstrap   as the superuser: create/update the roles and the database (idempotent)\n"
            + "  migrate     as the owner role: apply pending Flyway migrations\n"
            + "  seed-demo   as the platform role: create the demo clinics unless they exist\n"
            + "  setup-demo  bootstrap + migrate + seed-demo";

    private final DatabaseSettings settings;
    private final PrintStream out;

    DbTool(DatabaseSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println(USAGE);
            System.exit(2);
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        try {
            new DbTool(settings, System.out).run(args[0]);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.printf(
                    "DbTool %s failed against %s:%d/%s: %s%n",
                    args[0], settings.host(), settings.port(), settings.name(), describe(e));
            System.exit(1);
        }
    }

    void run(String command) throws Exception {
        switch (command) {
            case "bootstrap" -> bootstrap();
            case "migrate" -> migrate();
            case "seed-demo" -> seedDemo();
            case "setup-demo" -> {
                bootstrap();
                migrate();
                seedDemo();
            }
            default -> throw new IllegalArgumentException("Unknown command: " + command);
        }
    }

    private void bootstrap() throws Exception {
        new Bootstrap(settings).run();
        out.printf(
                "Roles %s, %s, %s and database %s are in place%n",
                settings.owner(), settings.app(), settings.platform(), settings.name());
    }

    private void migrate() {
        out.println("Database " + settings.name() + " is at schema version " + Migrations.migrate(settings));
    }

    private void seedDemo() throws Exception {
        List<String> created = new DemoSeeder(settings).seed();
        out.println(created.isEmpty() ? "Demo clinics already present" : "Created demo clinics " + created);
        out.println("Demo logins (password for every user: " + DemoTenants.PASSWORD + "):");
        for (DemoTenant tenant : DemoTenants.all()) {
            String users = tenant.users().stream().map(DemoUser::username).collect(Collectors.joining(", "));
            out.printf("  %-8s http://%s.localhost:9080  users: %s%n", tenant.slug(), tenant.slug(), users);
        }
        out.printf("  console  http://admin.localhost:9080/admin  operator: %s%n", DemoOperators.USERNAME);
    }

    // SQLExceptions chain the useful detail (e.g. "connection refused") a level or two down.
    private static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getMessage());
        }
        return message.toString();
    }
}
