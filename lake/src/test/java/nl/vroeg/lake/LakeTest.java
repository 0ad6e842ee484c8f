package nl.vroeg.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkTest.class)
class LakeTest {

    @Test
    void registersEveryTableOnDiskAndTimeTravels(SparkSession spark, @TempDir Path dir) {
        Lake lake = new Lake(dir.resolve("lake"));
        String path = lake.location("gold", "proef").toString();
        spark.sql("select 1 as x").write().format("delta").save(path);
        spark.sql("select 2 as x").write().format("delta").mode("append").save(path);

        lake.register(spark);
        assertEquals(List.of("gold.proef"), lake.tableNames());
        assertEquals(3L, spark.sql("select sum(x) from gold.proef").first().getLong(0));

        assertEquals(List.of("gold.proef"), lake.register(spark, "0"));
        assertEquals(1L, spark.sql("select sum(x) from gold.proef").first().getLong(0));
        assertEquals(List.of(), lake.register(spark, "7"));
    }

    @Test
    void normalisesMunicipalityCodesAndKnowsMergedOnes() {
        CbsReference cbs = CbsReference.shipped();
        assertEquals("GM0518", CbsReference.normaliseCode("0518"));
        assertEquals("GM0518", CbsReference.normaliseCode("gm0518"));
        assertEquals(null, CbsReference.normaliseCode("518"));
        assertEquals(true, cbs.isKnown("GM0398"));
        assertEquals(false, cbs.isKnown("GM9999"));
        assertEquals(342, cbs.currentGemeenten().size());
    }
}
