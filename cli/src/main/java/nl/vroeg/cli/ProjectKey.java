package nl.vroeg.cli;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.vroeg.lake.Pseudonymiser;
import org.apache.spark.sql.api.java.UDF1;

/**
 * A research project's key and its re-keying of pseudonyms and IDs: {@code HMAC-SHA256(projectkey, value)} in hex,
 * where the project key is derived from the lake's key and the project's name
 * ({@code HMAC-SHA256(lake key, "vroeg extract project " + name)}). So one project's extracts always re-key alike
 * (they join with each other), while two projects' extracts, and either and the lake, share no key value; without
 * the lake's key nobody can compute a project's re-keying. Used by Spark as a UDF: the key is in this object
 * only, never in a plan's text, a file or a message.
 */
final class ProjectKey implements UDF1<String, String> {

    private static final long serialVersionUID = 1L;
    private final byte[] key;
    /** One Mac per task thread (an instance is not thread-safe); made again after the UDF is deserialised. */
    private transient ThreadLocal<Mac> mac;

    private ProjectKey(byte[] key) {
        this.key = key.clone();
    }

    /** The key of project {@code name} (a name {@link ExtractRequest} accepted), derived from the lake's key. */
    static ProjectKey of(Pseudonymiser lakeKey, String name) {
        return new ProjectKey(lakeKey.derivedKey("vroeg extract project " + name));
    }

    /** Names the project's key without revealing it (as the lake's key id: the HMAC of a fixed label, 12 hex digits). */
    String id() {
        return call("sleutel-id").substring(0, 12);
    }

    /** The re-keyed value; null stays null. */
    @Override
    public String call(String value) {
        if (value == null) return null;
        return HexFormat.of().formatHex(mac().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        if (mac == null) mac = ThreadLocal.withInitial(this::newMac);
        return mac.get();
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "ProjectKey[" + id() + "]";
    }
}
