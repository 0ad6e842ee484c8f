package nl.vroeg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroeg.cli.ReadOnlySql;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.classic.SparkSession;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Every function of the session's registry (Spark's and Delta's) is reviewed in sql-functies.txt: allowed (a
 * line) or refused (named in the header with its reason). A function a Spark upgrade adds fails this test until
 * someone reviews it; until then the sandbox refuses it (the list is an allow-list).
 */
class SqlFunctionReviewTest {

    static final Set<String> NEVER = Set.of("reflect", "java_method", "try_reflect", "from_xml", "schema_of_xml",
            "xpath", "xpath_string", "from_avro", "to_avro", "from_protobuf", "to_protobuf", "input_file_name");

    @Test
    void everyFunctionIsReviewedAndTheDangerousOnesAreNotAllowed() throws IOException {
        String file;
        try (InputStream in = ReadOnlySql.class.getResourceAsStream("sql-functies.txt")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> refused = new TreeSet<>();
        Matcher header = Pattern.compile("(?m)^#\\s+([a-z_*, ]+?)\\s{2,}").matcher(file);
        while (header.find()) for (String name : header.group(1).split(",")) refused.add(name.strip());
        SparkSession spark = (SparkSession) VroegSpark.session();
        Set<String> unreviewed = new TreeSet<>();
        for (var function : CollectionConverters.asJava(spark.sessionState().functionRegistry().listFunction())) {
            String name = function.funcName();
            boolean reviewed = ReadOnlySql.FUNCTIONS.contains(name) || refused.contains(name)
                    || refused.stream().anyMatch(r -> r.endsWith("*") && name.startsWith(r.substring(0, r.length() - 1)));
            if (!reviewed) unreviewed.add(name);
        }
        assertEquals(Set.of(), unreviewed, "functions nobody reviewed: add each to sql-functies.txt, allowed or refused with a reason");
        for (String dangerous : NEVER) assertFalse(ReadOnlySql.FUNCTIONS.contains(dangerous), dangerous);
    }
}
