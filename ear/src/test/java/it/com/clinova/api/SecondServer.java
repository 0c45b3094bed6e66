package it.com.clinova.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server from the same build, sharing the test database: a copy of the test
 * server's directory (without its logs and work area) with its own ports in a configuration
 * override that sorts after the test overrides. Started and stopped with Liberty's own {@code
 * server} command; {@link #close} stops it and removes the copy, keeping its logs under
 * target/second-server-logs.
 */
final class SecondServer implements AutoCloseable {

    static final int HTTP_PORT = Integer.getInteger("clinova.it.second.http.port", 19090);
    static final int HTTPS_PORT = Integer.getInteger("clinova.it.second.https.port", 19453);

    private static final String NAME = "clinova-second";
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "expanded");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Path wlp = Path.of(System.getProperty("clinova.it.wlp.dir", "target/liberty/wlp"));
    private final Path directory = wlp.resolve("usr/servers").resolve(NAME);
    private boolean started;

    /** Copies the test server and starts the copy; returns once it reports ready. */
    static SecondServer start() throws IOException, InterruptedException {
        SecondServer server = new SecondServer();
        try {
            server.create();
            server.started = true;
            server.command("start");
            server.awaitReady();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void create() throws IOException {
        delete(directory);
        Path source = wlp.resolve("usr/servers/clinova");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.getNameCount() > 0 && isCopied(relative)) {
                    Path target = directory.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        Files.createDirectories(directory);
        Path overrides = Files.createDirectories(directory.resolve("configDropins/overrides"));
        // Client-compiler only: the node must start fast on a shared machine, not run long.
        Files.writeString(
                directory.resolve("jvm.options"),
                "\n-XX:TieredStopAtLevel=1\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Files.writeString(
                overrides.resolve("zz-second-server.xml"),
                "<server>\n  <variable name=\"http.port\" value=\"" + HTTP_PORT + "\"/>\n"
                        + "  <variable name=\"https.port\" value=\"" + HTTPS_PORT + "\"/>\n</server>\n");
    }

    private static boolean isCopied(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private void command(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Files.createDirectories(logs())
                        .resolve("server-command.log")
                        .toFile()))
                .start();
        if (!process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + NAME + " did not return");
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/health/ready"))
                .header("Host", Clinic.SONRISA.hostName() + ":" + HTTP_PORT)
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(NAME + " was not ready within " + READY_WITHIN);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (started) {
                command("stop");
            }
        } finally {
            Path serverLogs = directory.resolve("logs");
            if (Files.isDirectory(serverLogs)) {
                copyTree(serverLogs, logs());
            }
            delete(directory);
        }
    }

    private static Path logs() {
        return Path.of(System.getProperty("basedir", "."), "target", "second-server-logs");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
