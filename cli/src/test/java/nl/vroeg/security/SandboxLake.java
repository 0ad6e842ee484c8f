package nl.vroeg.security;

import static nl.vroeg.cli.CliRun.vroeg;
import nl.vroeg.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vroeg.lake.Lake;
import nl.vroeg.lake.Pseudonymiser;
import nl.vroeg.lake.VroegSpark;
import org.apache.spark.sql.SparkSession;

/**
 * A small real lake for the security tests (two Delta tables, the second with two versions), with what an
 * attacker would like to read next to it: the key file, a raw delivery with a BSN, a secret outside the lake.
 */
final class SandboxLake {

    /** A BSN that passes the eleven-test, as in a raw delivery. */
    static final String BSN = "123456782";
    static final String SECRET = "geheim-buiten-het-lake-4711";

    final Path dir;
    final Lake lake;
    final Path keyFile;
    final Path rawDelivery;
    final Path secretFile;

    SandboxLake(Path dir) throws IOException {
        this.dir = dir;
        this.lake = new Lake(dir.resolve("lake"));
        SparkSession spark = VroegSpark.session();
        spark.sql("select * from values ('GM0001', date'2025-01-01', 10, 40.0), ('GM0002', date'2025-01-01', 3, 12.5)"
                        + " as t(gemeentecode, maand, signalen, bereik_pct)")
                .write().format("delta").save(lake.location("gold", "gemeente_maand").toString());
        String signalen = lake.location("silver", "signalen").toString();
        spark.sql("select 's1' as signaal_id, '=HYPERLINK(\"http://x\")' as opmerking, array('a', 'b') as codes,"
                + " map('k', 1) as telling, named_struct('x', 1, 'y', 'z') as paar").write().format("delta").save(signalen);
        spark.sql("select 's2' as signaal_id, '-2+3' as opmerking, array('c') as codes, map('k', 2) as telling,"
                + " named_struct('x', 2, 'y', 'w') as paar").write().format("delta").mode("append").save(signalen);
        keyFile = dir.resolve("sleutel/vroeg.sleutel");
        Files.createDirectories(keyFile.getParent());
        Pseudonymiser.createKeyFile(keyFile);
        rawDelivery = dir.resolve("invoer/gebeurtenissen.csv");
        Files.createDirectories(rawDelivery.getParent());
        Files.writeString(rawDelivery, "bsn;achternaam;bedrag\n" + BSN + ";Jansen;120,00\n");
        secretFile = dir.resolve("geheim.txt");
        Files.writeString(secretFile, SECRET + "\n");
    }

    String key() throws IOException {
        return Files.readString(keyFile).strip();
    }

    /** Every file under the lake with its size and modification time: equal before and after = nothing written. */
    Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(lake.root())) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(lake.root().relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    CliRun sql(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "sql";
        full[1] = "--lake";
        full[2] = lake.root().toString();
        System.arraycopy(args, 0, full, 3, args.length);
        return vroeg(full);
    }
}
