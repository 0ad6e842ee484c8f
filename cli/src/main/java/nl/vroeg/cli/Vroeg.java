package nl.vroeg.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import nl.vroeg.lake.Pseudonymiser;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vroeg}: the monitoring warehouse for vroegsignalering schulden. One subcommand per job; exit codes
 * 0 ok, 1 failure, 2 usage error, 3 input rejected, 4 data-quality error.
 */
@Command(name = "vroeg", mixinStandardHelpOptions = true, versionProvider = ProductVersion.class, resourceBundle = "nl.vroeg.cli.Berichten", synopsisSubcommandLabel = "OPDRACHT",
        description = "Datawarehouse voor de monitoring van vroegsignalering schulden.",
        subcommands = {DemoCommand.class, GenerateCommand.class, IngestCommand.class, TransformCommand.class,
                ReportCommand.class, MaandCommand.class, DashboardCommand.class, PublishCommand.class, SqlCommand.class, TabellenCommand.class,
                StatusCommand.class, ExtractCommand.class, SleutelCommand.class, PurgeCommand.class})
public final class Vroeg implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    /** Also picocli's code for a wrong option or argument. */
    public static final int USAGE_ERROR = 2;
    public static final int INPUT_REJECTED = 3;
    public static final int DATA_QUALITY_ERROR = 4;

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        System.exit(exitCode);
    }

    /** The command line with vroeg's error handling: a clear Dutch message, no stack trace, no data. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Vroeg());
        cli.registerConverter(YearMonth.class, YearMonth::parse);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = DiskFull.message(e).orElseGet(() -> e instanceof UserError ? e.getMessage()
                    : e instanceof Pseudonymiser.MissingKeyException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException ? firstLine(e) : sparkOrClass(e));
            commandLine.getErr().println("vroeg: " + message);
            if (System.getenv("VROEG_DEBUG") != null) e.printStackTrace(commandLine.getErr()); // for developers
            return e instanceof UserError userError ? userError.exitCode : FAILURE;
        });
        return cli;
    }

    /** The header of a step of a command that runs several jobs ({@code demo}, {@code maand}). */
    static void step(String title) {
        System.err.println();
        System.err.println("== " + title + " ==");
    }

    /** A Spark error as its Dutch line (SqlErrors), anything else as its class and first line: never a plan or trace. */
    private static String sparkOrClass(Exception e) {
        UserError spark = SqlErrors.translate(e);
        if (spark != null) return spark.getMessage();
        return e.getClass().getSimpleName() + ": " + firstLine(e);
    }

    /** One line on the console: a wrapped Spark error's message goes on with its plan. */
    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return OK;
    }

    /** A refusal the user can act on; its message (Dutch) is all they need to see. */
    public static final class UserError extends RuntimeException {
        public final int exitCode;

        public UserError(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        /** A usage error (exit 2): the user asked for something that cannot be. */
        public static UserError usage(String message) {
            return new UserError(message, USAGE_ERROR);
        }

        /** Keeps the cause for VROEG_DEBUG=1. */
        public UserError(String message, int exitCode, Throwable cause) {
            super(message, cause);
            this.exitCode = exitCode;
        }
    }
}
