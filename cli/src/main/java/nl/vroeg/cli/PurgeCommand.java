package nl.vroeg.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.transform.RetentionPurge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Verwijdert detailgegevens (bronze, silver, quarantaine) ouder dan de bewaartermijn, en ruimt de"
                + " bestanden op (VACUUM): ook --as-of brengt ze niet terug. Gold blijft ongewijzigd.",
                "Draai het als niets anders het lake gebruikt."})
final class PurgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LakeOption lakeOption;

    @Option(names = "--bewaartermijn", paramLabel = "MAANDEN", defaultValue = "" + RetentionPurge.DEFAULT_MONTHS,
            description = "Maanden na de signaaldatum dat detail bewaard blijft (standaard ${DEFAULT-VALUE}).")
    int maanden;

    @Option(names = "--droog", description = "Alleen tonen wat zou worden verwijderd; er verandert niets (wel vastgelegd in ops.purge_runs als droog).")
    boolean droog;

    @Option(names = "--peildatum", paramLabel = "JJJJ-MM-DD", description = "Rekenen vanaf deze datum (standaard vandaag; niet in de toekomst).")
    LocalDate peildatum;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        if (peildatum != null && peildatum.isAfter(today)) {
            throw new Vroeg.UserError("De peildatum " + peildatum + " ligt in de toekomst; er is niets verwijderd.", SleutelCommand.REFUSED);
        }
        Lake lake = lakeOption.existingLake();
        RetentionPurge.Result result;
        try {
            PrintWriter err = spec.commandLine().getErr();
            result = new RetentionPurge(VroegSpark.session(), lake, line -> { err.println(line); err.flush(); })
                    .run(peildatum == null ? today : peildatum, maanden, droog);
        } catch (RetentionPurge.Refused refused) {
            throw new Vroeg.UserError(refused.getMessage(), SleutelCommand.REFUSED);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: detail van vóór %s (%d rijen in %d tabellen); gold-maanden vóór %s blijven voortaan ongewijzigd.%n",
                result.droog() ? "Droog, zou verwijderen" : "Verwijderd", result.grens(),
                result.rijen().values().stream().mapToLong(Long::longValue).sum(), result.rijen().size(), result.goldVastTot());
        out.flush();
        return Vroeg.OK;
    }
}
