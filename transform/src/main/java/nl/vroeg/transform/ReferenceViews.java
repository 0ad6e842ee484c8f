package nl.vroeg.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vroeg.reference.DdasCodes;
import nl.vroeg.reference.DdasCodes.Codelijst;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The reference module's lists as small temp views the models join, so no model writes a code list out:
 * {@code referentie_codelijsten} (lijst, volgorde, waarde: the DDAS code lists in report order, lijst as
 * {@code partnertype}, {@code contactsoort}, ...) and {@code referentie_hulp_geaccepteerd} (eindresultaat,
 * quick_fix: the eindresultaten that count as help accepted).
 */
final class ReferenceViews {

    static final String CODELIJSTEN = "referentie_codelijsten";
    static final String HULP_GEACCEPTEERD = "referentie_hulp_geaccepteerd";

    private ReferenceViews() {
    }

    static void register(SparkSession spark) {
        StructType codes = new StructType().add("lijst", DataTypes.StringType, false)
                .add("volgorde", DataTypes.IntegerType, false).add("waarde", DataTypes.StringType, false);
        spark.createDataFrame(codeRows(), codes).createOrReplaceTempView(CODELIJSTEN);
        StructType help = new StructType().add("eindresultaat", DataTypes.StringType, false)
                .add("quick_fix", DataTypes.BooleanType, false);
        spark.createDataFrame(helpRows(), help).createOrReplaceTempView(HULP_GEACCEPTEERD);
    }

    /** The views' rows as text: part of the models' fingerprint, so other lists rebuild every month of gold. */
    static String fingerprintText() {
        return codeRows() + "\n" + helpRows();
    }

    private static List<Row> codeRows() {
        List<Row> rows = new ArrayList<>();
        for (Codelijst list : Codelijst.values()) {
            List<String> values = list.waarden();
            for (int i = 0; i < values.size(); i++) {
                rows.add(RowFactory.create(list.name().toLowerCase(Locale.ROOT), i + 1, values.get(i)));
            }
        }
        return rows;
    }

    private static List<Row> helpRows() {
        return DdasCodes.hulpGeaccepteerd().stream().sorted()
                .map(r -> RowFactory.create(r, r.equals(DdasCodes.quickFix()))).toList();
    }
}
