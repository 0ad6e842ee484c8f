package nl.vroeg.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build order follows the models' references; a cycle or an unknown table is an error naming the model, as is a
 * months header that names no known kind of change.
 */
class ModelsTest {

    @Test
    void eachModelComesAfterTheModelsItReads() {
        List<Model> models = List.of(
                new Model("gold", "b", "select * from silver.a join gold.c -- not: gold.z"),
                new Model("gold", "c", "select * from silver.a"),
                new Model("silver", "a", "select * from staging.x"),
                new Model("staging", "x", "select * from bronze.signalen"));
        assertEquals(List.of("staging.x", "silver.a", "gold.c", "gold.b"), Models.order(models).stream().map(Model::name).toList());
    }

    @Test
    void aCycleNamesItsModels() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Models.order(List.of(
                new Model("silver", "a", "select * from silver.b"),
                new Model("silver", "b", "select * from silver.a"),
                new Model("silver", "c", "select * from bronze.zaken"))));
        assertEquals("These models read each other in a cycle (or read one that does): silver.a, silver.b", e.getMessage());
    }

    @Test
    void aModelBuiltByMonthNamesKnownKindsOfChangeAndEveryGoldModelIsOne() {
        assertEquals(List.of("signalen", "voorlopig"),
                List.copyOf(new Model("gold", "a", "-- incremental by month: signalen, voorlopig\nselect 1").rebuiltFor()));
        assertEquals(List.of(), List.copyOf(new Model("silver", "a", "-- incremental\nselect 1").rebuiltFor()));
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> new Model("gold", "a", "-- incremental by month: signalen, adressen\nselect 1").rebuiltFor());
        assertEquals("gold.a: -- incremental by month: lists [signalen, adressen]; the kinds of change are"
                + " [afloop, gebeurtenissen, signalen, voorlopig, zaken]", unknown.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> new Model("gold", "a", "select 1").rebuiltFor());
        assertEquals("gold.a: a gold model says which changes rebuild its months (-- incremental by month: ...)", missing.getMessage());
        Models.load(); // the project's own models pass (load checks every header)
    }

    @Test
    void aModelBuiltByMonthHasAFolderPerMonthAndAnotherTheColumnsItsHeaderNames() {
        assertEquals(List.of("maand"), new Model("gold", "a", "-- incremental by month: zaken\nselect 1").partitionColumns());
        assertEquals(List.of("maand", "gemeentecode"), new Model("silver", "a",
                "-- merge on: id\n-- partitioned by: maand, gemeentecode\nselect 1").partitionColumns());
        assertEquals(List.of(), new Model("silver", "a", "-- merge on: id\nselect 1").partitionColumns());
    }

    @Test
    void anUnknownTableNamesTheModel() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Models.order(List.of(
                new Model("silver", "a", "select * from bronze.onbekend"))));
        assertEquals("silver.a reads bronze.onbekend, which is neither a bronze table nor a model", e.getMessage());
    }
}
