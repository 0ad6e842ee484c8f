package nl.vroeg.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.vroeg.cli.Vroeg;
import nl.vroeg.lake.ChildJvm;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;

/**
 * A {@code vroeg} process of its own (the command line, as {@code ./vroeg} runs it) for tests that kill it with
 * SIGKILL or run two at once: file locks and crashes are per process, so these tests need real processes.
 *
 * <p>Arguments: a ready file and a go file ({@code -} for none), then one or more vroeg commands separated by
 * {@code +}. With a go file the child starts Spark, creates its ready file and waits for the go file before its
 * first command, so that children started together really run their commands at the same moment. Each command's
 * exit code is printed as {@code exit N}; the child stops at the first that is not 0 and exits with it.
 * {@code ++} begins a next phase (with a go file only): the child creates its ready file with the suffix {@code .2}
 * ({@code .3}, ...), waits for the go file with that suffix, and runs the phase's commands whatever the previous
 * phase's exit code was; it exits with the last phase's. So two warm children can be started together again.
 */
public final class ChildVroeg {

    private static final long TIMEOUT_SECONDS = 1200;

    private ChildVroeg() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            List<List<String>> phases = new ArrayList<>(List.of(new ArrayList<>()));
            for (String arg : Arrays.asList(args).subList(2, args.length)) {
                if (arg.equals("++")) phases.add(new ArrayList<>());
                else phases.get(phases.size() - 1).add(arg);
            }
            if (!args[1].equals("-")) VroegSpark.session(); // the slow part, before the start signal
            for (int phase = 1; phase <= phases.size(); phase++) {
                if (!args[1].equals("-")) {
                    Files.createFile(Path.of(signal(args[0], phase)));
                    while (!Files.exists(Path.of(signal(args[1], phase)))) Thread.sleep(2);
                }
                status = runPhase(phases.get(phase - 1));
            }
        } catch (Throwable e) {
            e.printStackTrace();
            status = 99;
        }
        System.out.flush();
        System.exit(status); // Spark's non-daemon threads would keep the JVM alive
    }

    /** The ready or go file of a phase: the file itself for the first, with the suffix .2, .3, ... after it. */
    static String signal(String file, int phase) {
        return phase == 1 ? file : file + "." + phase;
    }

    /** The phase's commands, separated by {@code +}, up to the first whose exit code is not 0. */
    private static int runPhase(List<String> commands) {
        int status = 0;
        List<String> command = new ArrayList<>();
        for (String arg : commands) {
            if (!arg.equals("+")) {
                command.add(arg);
                continue;
            }
            status = run(command);
            command.clear();
            if (status != 0) return status;
        }
        return command.isEmpty() ? status : run(command);
    }

    private static int run(List<String> command) {
        int status = Vroeg.commandLine().execute(command.toArray(String[]::new));
        System.out.println("exit " + status);
        return status;
    }

    /** The command that starts a child ({@link ChildJvm}), output (stdout and stderr) into {@code output}. */
    public static ProcessBuilder command(Path keyFile, Path output, Path ready, Path go, String... vroegCommands) {
        List<String> command = new ArrayList<>(ChildJvm.command(ChildVroeg.class,
                ready == null ? "-" : ready.toString(), go == null ? "-" : go.toString()));
        command.addAll(List.of(vroegCommands));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put(Pseudonymiser.KEY_FILE_VARIABLE, keyFile.toString());
        builder.environment().remove("VROEG_DEBUG");
        return builder;
    }

    public static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the child's end and returns its exit code; kills it and its children after a generous timeout. */
    public static int waitFor(Process child) {
        try {
            if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
                throw new IllegalStateException("child still running after " + TIMEOUT_SECONDS + " s");
            }
            return child.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The child's output, or its last lines for a failure message. */
    static String output(Path output) {
        try {
            return Files.exists(output) ? Files.readString(output) : "(no output)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path output) {
        List<String> lines = output(output).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
