package nl.vroeg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** One {@code vroeg} command run in this JVM, as the launcher runs it: its exit code and what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun vroeg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Vroeg.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * As a {@code vroeg} process with these environment variables would run ({@code $VROEG_SLEUTEL_BESTAND},
     * {@code VROEG_DEBUG}), but in this JVM: the variables are set for the run only, and what the command prints to
     * {@code System.out} and {@code System.err} (e.g. ingest's progress) is part of its out and err.
     */
    public static CliRun vroeg(Map<String, String> environment, String... args) {
        Map<String, String> variables = writableEnvironment();
        Map<String, String> before = new HashMap<>();
        environment.keySet().forEach(name -> before.put(name, variables.get(name)));
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            variables.putAll(environment);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CliRun run = vroeg(args);
            return new CliRun(run.exitCode(), out.toString(StandardCharsets.UTF_8) + run.out(),
                    err.toString(StandardCharsets.UTF_8) + run.err());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            before.forEach((name, value) -> {
                if (value == null) variables.remove(name);
                else variables.put(name, value);
            });
        }
    }

    /** The map behind {@link System#getenv()} (java.util is open to the test JVM, for Spark: see spark.jvm.flags). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> writableEnvironment() {
        Map<String, String> environment = System.getenv();
        try {
            Field map = environment.getClass().getDeclaredField("m");
            map.setAccessible(true);
            return (Map<String, String>) map.get(environment);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set environment variables in this JVM", e);
        }
    }

    public String all() {
        return out + err;
    }
}
