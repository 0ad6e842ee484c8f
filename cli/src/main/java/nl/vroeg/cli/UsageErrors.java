package nl.vroeg.cli;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse, as one Dutch line and a pointer to the command's help (picocli's own
 * messages are English and come with the whole usage text): exit 2, before anything is read or started.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("vroeg: " + message(e));
        command.getErr().println("Zie '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            String what = unmatched.isUnknownOption() ? "Onbekende optie: " + first
                    : unmatched.getCommandLine().getSubcommands().isEmpty() ? "Onverwacht argument: " + first
                    : "Onbekende opdracht: " + first;
            List<String> suggestions = unmatched.getSuggestions();
            return suggestions.isEmpty() ? what : what + " (bedoelt u " + String.join(" of ", suggestions) + "?)";
        }
        if (e instanceof MissingParameterException missing) {
            return "Ontbreekt: " + missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "Optie " + name(overwritten.getOverwritten()) + " is meer dan eens opgegeven";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "Ongeldige waarde voor " + name(e.getArgSpec()) + ": '" + e.getValue() + "'" + expected(e.getArgSpec());
        }
        return "Ongeldige opdrachtregel: " + e.getMessage();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) return option.longestName();
        return ((PositionalParamSpec) spec).paramLabel();
    }

    private static String expected(ArgSpec spec) {
        Class<?> type = spec.type().isArray() ? spec.type().getComponentType() : spec.type();
        if (type == YearMonth.class) return " (verwacht: jjjj-mm, bijvoorbeeld 2025-06)";
        if (type == ReachTargetOption.Percentage.class) return " (verwacht: een percentage van 0 tot en met 100, bijvoorbeeld 40 of 42,5)";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return " (verwacht: een geheel getal)";
        return "";
    }
}
