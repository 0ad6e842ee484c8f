package nl.vroeg.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine.Option;

/** Where the monthly reports go and which month they show ({@code vroeg report}, {@code vroeg maand}). */
final class ReportOptions {

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "rapporten", description = "Uitvoermap van de rapportages (standaard ./rapporten).")
    Path out;

    @Option(names = "--maand", paramLabel = "JJJJ-MM", description = "Peilmaand (standaard de laatste maand met definitieve cijfers).")
    YearMonth month;

    /** The first day of the month asked for; null: the report job's default. */
    LocalDate peilmaand() {
        return month == null ? null : month.atDay(1);
    }
}
