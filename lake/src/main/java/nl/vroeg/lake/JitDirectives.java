package nl.vroeg.lake;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Tells the JVM's JIT to compile the code Spark generates per query (Janino classes named {@code GeneratedClass})
 * with C1 only, never C2 (HotSpot's compiler directives: {@code jit-directives.json}). Every query stage brings new
 * classes that run for seconds on a month's rows; C2 spent about 20 s of a national incremental transform's CPU
 * compiling them, on a machine whose two cores the run keeps busy (measured: user CPU 254, 251 s -> 236, 229 s; wall
 * 150.8, 148.6 s -> 147.4, 139.5 s). The same for what makes those classes per query: Janino (the compiler), ASM
 * (Spark's closure cleaner) and ANTLR (the SQL parser), code that C2 compiles at length and that runs in short bursts
 * (user CPU 231.5, 217.7, 226.8 s -> 208.9, 204.4, 218.3 s). Spark's and Delta's own code is still compiled by C2.
 * Installed through the JVM's diagnostic command (as {@code jcmd Compiler.directives_add} does), so that every way
 * of starting vroeg gets it: the launcher, {@code java -jar}, the tests. A JVM without the command (not HotSpot) runs
 * as before.
 */
final class JitDirectives {

    static final String RESOURCE = "jit-directives.json";
    private static boolean installed;

    private JitDirectives() {
    }

    /** Adds the directives once per JVM; returns whether they are in place. */
    static synchronized boolean install() {
        if (installed) return true;
        try (InputStream in = JitDirectives.class.getResourceAsStream(RESOURCE)) {
            Path file = Files.createTempFile("vroeg-jit", ".json");
            try {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                diagnosticCommand("compilerDirectivesAdd", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
            installed = true;
        } catch (IOException | JMException | RuntimeException notHotSpot) {
            // runs as before, with C2 for everything
        }
        return installed;
    }

    /** The JVM's directives as {@code jcmd Compiler.directives_print} shows them. */
    static String print() throws JMException {
        return diagnosticCommand("compilerDirectivesPrint");
    }

    private static String diagnosticCommand(String operation, String... arguments) throws JMException {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()}));
    }
}
