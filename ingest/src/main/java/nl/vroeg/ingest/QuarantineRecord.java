package nl.vroeg.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.TreeSet;

/**
 * What quarantine keeps of a rejected record (spec/privacy.md): the values that passed their own field's check
 * and would have landed in bronze as they are (a code from the code list, a valid date or amount, an identifier
 * that does not look like personal data), and only the names of the other fields present: a field that failed
 * validation may hold anything (a BSN in a date field, an e-mail address in a status), so its value is never kept.
 */
final class QuarantineRecord {

    private final ObjectNode kept = JsonNodeFactory.instance.objectNode();
    private final Collection<String> withheld = new TreeSet<>();

    /** A value that passed its check; null: the field is absent. */
    QuarantineRecord keep(String field, Object value) {
        if (value == null) return this;
        if (value instanceof Number n) kept.put(field, n.longValue());
        else if (value instanceof Boolean b) kept.put(field, b);
        else kept.put(field, value.toString());
        return this;
    }

    /**
     * A field whose value is not kept (it failed its check, or it is personal data): only its name, which must be
     * one of ours or the schema's (see {@link DdasSchema#safeName}), never a key the sender made up.
     */
    QuarantineRecord withhold(String field) {
        withheld.add(field);
        return this;
    }

    @Override
    public String toString() {
        ObjectNode json = kept.deepCopy();
        if (!withheld.isEmpty()) withheld.forEach(json.putArray("_zonder_waarde")::add);
        return json.toString();
    }
}
