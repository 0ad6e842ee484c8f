package nl.vroeg.lake;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM for tests that need a process of their own (a SIGKILL, a file lock held by
 * another process): this JVM's Java and classpath, its Spark flags ({@code --add-opens}, Netty) and vroeg test
 * settings ({@code -Dvroeg.*}), 1 GB heap and C1 only (measured to bring a short-lived Spark JVM to its first
 * write in about half the time).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1"));
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            if (flag.equals("--add-opens") && i + 1 < flags.size()) command.addAll(List.of(flag, flags.get(++i)));
            else if (flag.startsWith("--add-opens=") || flag.startsWith("-Dio.netty.") || flag.startsWith("-Dvroeg.")) command.add(flag);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
