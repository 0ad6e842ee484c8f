package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.vroeg.ingest.IngestJob;
import nl.vroeg.ingest.InitialisedLake;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.SparkTest;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.util.QueryExecutionListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A later delivery rebuilds only the months of gold it can change, and that gives what a full rebuild gives. */
@ExtendWith(SparkTest.class)
class IncrementalTransformTest {

    private static final List<String> GOLD = List.of("gemeente_maand", "gemeente_maand_gepubliceerd",
            "gemeente_maand_uitsplitsing", "gemeente_maand_uitsplitsing_gepubliceerd", "gebeurtenissen_maand",
            "gebeurtenissen_maand_gepubliceerd", "afloop", "afloop_gepubliceerd", "partner_uitval", "partner_uitval_gepubliceerd");

    @Test
    void aLaterDeliveryRebuildsTheMonthsItTouchesAsAFullRebuildWould(SparkSession spark, @TempDir Path dir) {
        Lake lake = InitialisedLake.at(spark, dir.resolve("lake"));
        Pseudonymiser key = SparkTest.testKey(dir);
        List<String> progress = new ArrayList<>();
        TransformJob transform = new TransformJob(spark, lake, TransformJob.defaultParameters(), progress::add);

        DdasFixture januaryFebruary = new DdasFixture("2025-01-01", "2025-02-28");
        DdasFixture.Levering utrecht = januaryFebruary.levering("0344");
        utrecht.signal("U-1", "2025-01-10").address("3511AA", "1");
        utrecht.zaak("Inwoner hoeft geen hulp vanuit vroegsignalering", "U-1").attempt("Telefoon", "2025-01-12", true);
        utrecht.signal("U-2", "2025-02-05").address("3511AA", "2");
        utrecht.zaak("Definitief geen contact kunnen krijgen", "U-2").attempt("Brief", "2025-02-06", false);
        new IngestJob(spark, lake, key, line -> { }).ingest(List.of(januaryFebruary.write(dir.resolve("1.json"))));
        transform.run();

        DdasFixture march = new DdasFixture("2025-03-01", "2025-03-31");
        DdasFixture.Levering utrechtMarch = march.levering("0344");
        utrechtMarch.signal("U-3", "2025-03-10").address("3511AA", "1");   // opeenvolgend after U-1
        utrechtMarch.zaak("(Budget)advies en/of quick fix", "U-3").attempt("Huisbezoek", "2025-03-11", true);
        // U-2 again: no longer "not yet picked up", and its case now reached; later delivery wins
        utrechtMarch.signal("U-2", "2025-02-05").address("3511AA", "2").status("Persoon is geen inwoner (meer) in de gemeente");
        utrechtMarch.zaak("Definitief geen contact kunnen krijgen", "U-2").attempt("Brief", "2025-02-06", true);
        DdasFixture.Levering amersfoort = march.levering("0307");
        amersfoort.signal("A-1", "2025-03-15");
        amersfoort.zaak("Definitief geen contact kunnen krijgen", "A-1");
        new IngestJob(spark, lake, key, line -> { }).ingest(List.of(march.write(dir.resolve("2.json"))));
        progress.clear();
        List<String> plans = analysedPlans(spark, transform::run);
        // the new rows are read from bronze once, into the run's checkpoints of staging, which every model and
        // step after it reads (a later plan does not reliably find Spark's cache of a view: each read would
        // compute it from bronze again)
        assertEquals(1, plans.stream().filter(plan -> plan.contains("bronze.zaken")).count(), String.join("\n\n", plans));
        assertEquals(1, plans.stream().filter(plan -> plan.contains("bronze.signalen")).count());
        // what the run says before its first model: incremental, what is new, and what that touches
        assertTrue(progress.get(0).startsWith("Incrementele transformatie: wat sinds "), progress.toString());
        assertEquals("Nieuw: 3 signalen, 3 zaakversies, 0 gebeurtenissen", progress.get(1).replaceAll(" \\(.*", ""));
        assertEquals("Geraakt: 4 combinaties van gemeente en maand", progress.get(2).replaceAll(" \\(.*", ""));
        // each model built by month recomputes the months of the changes it lists: signals in February (U-2) and
        // March, the cases of those cohorts, voorlopig for January and February (below); no events
        assertEquals(List.of("silver.zaak_kenmerken gebouwd (2 maanden)", "gold.afloop gebouwd (2 maanden)",
                        "gold.gebeurtenissen_maand: niets nieuws", "gold.gemeente_maand gebouwd (3 maanden)",
                        "gold.gemeente_maand_uitsplitsing gebouwd (3 maanden)", "gold.partner_uitval gebouwd (2 maanden)"),
                progress.stream().filter(line -> line.matches("\\[\\d+/\\d+] (silver.zaak_kenmerken|gold\\.).*"))
                        .map(line -> line.replaceFirst("^\\[\\d+/\\d+] ", "").replaceFirst(", [\\d.,]+ s\\)$", ")")).toList());

        // March: U-3 and A-1 (new signals and cases); February: U-2 sent again (signal and case); Utrecht's delivery
        // end moved from 28 February to 31 March, which can end voorlopig for January and February (56 days after
        // the month). No month beyond the data.
        assertEquals(List.of("false 3 2025-01-01 2025-03-01"), rows(spark,
                "select concat_ws(' ', volledig, size(maanden), maanden[0], maanden[size(maanden) - 1])"
                        + " from ops.transform_runs where not volledig"));
        assertEquals(List.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-02-01"), LocalDate.parse("2025-03-01")),
                transform.rebuiltGold().months());
        // Utrecht: January is now 59 days behind the delivery end (definitive), February 31 (still voorlopig)
        assertEquals(List.of("2025-01-01 false 1", "2025-02-01 true 1", "2025-03-01 true 1"), rows(spark,
                "select concat_ws(' ', maand, voorlopig, zaken_opeenvolgend + zaken_enkelvoudig) from gold.gemeente_maand"
                        + " where gemeentecode = 'GM0344' order by maand"));
        List<List<String>> incremental = gold(spark);

        // silver was merged: U-3 and A-1 inserted, U-2 updated, the other signal left alone; the earlier state
        // stays readable by version
        assertEquals("MERGE 2 1 0", DeltaTable.forPath(spark, lake.location("silver", "signalen").toString()).history(1)
                .selectExpr("concat_ws(' ', operation, operationMetrics.numTargetRowsInserted,"
                        + " operationMetrics.numTargetRowsUpdated, operationMetrics.numTargetRowsDeleted)").first().getString(0));
        long signalen = latestVersion(spark, lake.location("silver", "signalen"));
        assertEquals(List.of("U-2 null", "U-2 Persoon is geen inwoner (meer) in de gemeente"), rows(spark, "select concat_ws(' ', signaal_id,"
                + " coalesce(status, 'null')) from (select * from silver.signalen version as of " + (signalen - 1)
                + " union all select * from silver.signalen) where signaal_id = 'U-2'"));

        long version = latestVersion(spark, lake.location("gold", "gemeente_maand"));
        transform.run();
        assertEquals(version, latestVersion(spark, lake.location("gold", "gemeente_maand")), "nothing new: gold is not written again");
        assertEquals(signalen, latestVersion(spark, lake.location("silver", "signalen")), "nothing changed: no silver commit");

        // April: the case {U-1} grows into {U-0, U-1} (its identity becomes U-0 and its cohort December 2024), U-3
        // is sent again with an amount, and a partner event on U-1's and U-3's address falls in the 365-day window
        // of the January and March cohorts
        DdasFixture april = new DdasFixture("2025-04-01", "2025-04-30");
        DdasFixture.Levering utrechtApril = april.levering("0344");
        utrechtApril.signal("U-0", "2024-12-20").address("3511AA", "9");
        utrechtApril.zaak("(Budget)advies en/of quick fix", "U-0", "U-1").attempt("Telefoon", "2024-12-22", true);
        utrechtApril.signal("U-3", "2025-03-10").address("3511AA", "1").bedrag(300);
        Path events = write(dir.resolve("4-gebeurtenissen.csv"), "partnertype;partner;gebeurtenis;datum;gemeentecode;postcode;huisnummer;huisnummertoevoeging",
                "Energie;Energie Test;AFSLUITING;2025-04-15;0344;3511AA;1;");
        new IngestJob(spark, lake, key, line -> { }).ingest(List.of(april.write(dir.resolve("3.json")), events));
        transform.run();

        // December: U-0 (signal, the grown case's new cohort); January: U-1's case moved out, and the event's
        // window; February: Utrecht's delivery end (30 April) makes it final; March: U-3 sent again, the event's
        // window; April: the event
        assertEquals(List.of("2024-12-01", "2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"),
                transform.rebuiltGold().months().stream().map(LocalDate::toString).toList());
        assertEquals(List.of("U-0 2024-12-01 true", "U-2 2025-02-01 true", "U-3 2025-03-01 true"), rows(spark,
                "select concat_ws(' ', zaak_id, maand, bereikt) from silver.zaak_kenmerken where gemeentecode = 'GM0344' order by zaak_id"));
        assertEquals(List.of("2024-12-01 1 1", "2025-01-01 1 0", "2025-02-01 1 1", "2025-03-01 1 1"), rows(spark,
                "select concat_ws(' ', maand, signalen, zaken) from gold.gemeente_maand where gemeentecode = 'GM0344' order by maand"));
        List<List<String>> incremental3 = gold(spark);
        DocumentedLake.assertDocumented(spark, lake); // the comments survive MERGE and replaceWhere
        List<String> kenmerken = rows(spark, "select to_json(struct(*)) from silver.zaak_kenmerken order by 1");
        List<String> zaken = rows(spark, "select to_json(struct(*)) from silver.zaken order by 1");

        // other models (a new product version): the next run rebuilds every month, as `vroeg transform --volledig`,
        // from bronze: the same tables, in the models' layout (here silver.signalen as an earlier version left it,
        // without a folder per month: a MERGE would keep that)
        assertEquals(List.of("maand"), partitionColumns(spark, lake.location("silver", "signalen")));
        spark.read().format("delta").load(lake.location("silver", "signalen").toString()).write().format("delta")
                .mode("overwrite").option("overwriteSchema", "true").save(lake.location("silver", "signalen").toString());
        assertEquals(List.of(), partitionColumns(spark, lake.location("silver", "signalen")));
        spark.sql("update ops.transform_runs set modellen_sha256 = 'een eerdere versie'");
        progress.clear();
        transform.run();
        assertEquals("Volledige transformatie (een nieuwe versie van vroeg met andere modellen): silver en gold opnieuw uit bronze",
                progress.get(0));
        assertEquals(List.of("true"), rows(spark, "select volledig from ops.transform_runs order by tijd desc limit 1"));
        assertEquals(incremental3, gold(spark));
        assertEquals(List.of("maand"), partitionColumns(spark, lake.location("silver", "signalen")));
        assertEquals(kenmerken, rows(spark, "select to_json(struct(*)) from silver.zaak_kenmerken order by 1"));
        assertEquals(zaken, rows(spark, "select to_json(struct(*)) from silver.zaken order by 1"));
        assertTrue(incremental3.get(0).size() > incremental.get(0).size(), "the third delivery added rows");
        // what the runs kept in memory (small tables, the new rows' views) is released: no later read sees a stale copy
        assertTrue(spark.sharedState().cacheManager().isEmpty(), "nothing left cached after the runs");
    }

    /** The analysed plans of the queries (not the commands) that {@code run} executes. */
    private static List<String> analysedPlans(SparkSession spark, Runnable run) {
        List<String> plans = new CopyOnWriteArrayList<>();
        QueryExecutionListener listener = new QueryExecutionListener() {
            @Override
            public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
                if (!funcName.equals("command")) plans.add(qe.analyzed().toString());
            }

            @Override
            public void onFailure(String funcName, QueryExecution qe, Exception exception) {
            }
        };
        spark.listenerManager().register(listener);
        try {
            run.run();
            spark.sparkContext().listenerBus().waitUntilEmpty(); // listeners hear of executions asynchronously
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            spark.listenerManager().unregister(listener);
        }
        return plans;
    }

    private static Path write(Path file, String... lines) {
        try {
            return Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> gold(SparkSession spark) {
        List<List<String>> tables = new ArrayList<>();
        for (String table : GOLD) {
            tables.add(rows(spark, "select to_json(struct(*)) from gold." + table + " order by 1"));
        }
        return tables;
    }

    private static List<Object> partitionColumns(SparkSession spark, Path table) {
        return DeltaTable.forPath(spark, table.toString()).detail().select("partitionColumns").first().getList(0);
    }

    private static long latestVersion(SparkSession spark, Path table) {
        return spark.sql("describe history delta.`" + table + "`").first().getLong(0);
    }

    private static List<String> rows(SparkSession spark, String sql) {
        return spark.sql(sql).collectAsList().stream().map(r -> String.valueOf(r.get(0))).toList();
    }
}
