package nl.vroeg.dashboards;

import nl.vroeg.lake.Lake;
import nl.vroeg.lake.published.PublishedFigures;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** The published gold figures in the serving table's columns and types. */
final class PublishedGold {

    private PublishedGold() {
    }

    /** The serving columns in serving order, cast to the types PostgreSQL gets (a missing column fails here). */
    static Dataset<Row> readForServing(SparkSession spark, Lake lake) {
        return PublishedFigures.table(spark, lake).select(ServingTable.COLUMNS.stream()
                .map(c -> functions.col(c.name()).cast(c.type().sparkType()).as(c.name()))
                .toArray(Column[]::new));
    }
}
