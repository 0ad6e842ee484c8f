package nl.vroeg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.VroegSpark;
import nl.vroeg.transform.TransformJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "transform", mixinStandardHelpOptions = true,
        description = "Bouwt silver en gold (de indicatoren) op uit bronze; gold alleen voor de maanden die nieuwe leveringen raken.")
final class TransformCommand implements Callable<Integer> {

    @Mixin
    LakeOption lakeOption;

    @Mixin
    ReachTargetOption reachTarget;

    @Option(names = "--volledig", description = "Alle maanden van gold opnieuw opbouwen (standaard alleen de maanden die nieuwe leveringen raken).")
    boolean full;

    @Override
    public Integer call() {
        transform(lakeOption.existingLake(), reachTarget.percent(), full);
        return Vroeg.OK;
    }

    /** @param reachTarget the reach target in percent, null for the default; a model that fails is one Dutch line */
    static void transform(Lake lake, Double reachTarget, boolean full) {
        Map<String, String> parameters = TransformJob.defaultParameters();
        if (reachTarget != null) parameters.put("bereik_doel_pct", reachTarget.toString());
        try {
            new TransformJob(VroegSpark.session(), lake, parameters, System.err::println).run(full);
        } catch (TransformJob.ModelFailed failed) {
            Vroeg.UserError dutch = DiskFull.message(failed).isPresent() ? null : SqlErrors.translate(failed.getCause());
            if (dutch == null) throw failed;
            throw new Vroeg.UserError("Model " + failed.model() + " faalt: " + dutch.getMessage(), Vroeg.FAILURE, failed);
        }
    }
}
