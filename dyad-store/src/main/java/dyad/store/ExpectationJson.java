package dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/** One expectation as JSON: the same object for {@code dyad expectations} and the server's {@code /api/expectations}. */
final class ExpectationJson {

    private ExpectationJson() {}

    /**
     * @param column the value of a column of the expectations query, by name
     * @param keys whether to add the source and target actor keys (the server's page links them)
     */
    static ObjectNode of(Function<String, JsonNode> column, boolean keys) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("id", column.apply("expectation_id"));
        o.set("source", column.apply("source"));
        o.set("target", column.apply("target"));
        if (keys) {
            o.set("source_key", column.apply("source_key"));
            o.set("target_key", column.apply("target_key"));
        }
        for (String name : new String[] {"cameo", "modality"}) o.set(name, column.apply(name));
        ObjectNode window = o.putObject("window");
        window.set("from", column.apply("window_from"));
        window.set("to", column.apply("window_to"));
        for (String name : new String[] {"status", "late", "asserted_by", "asserted_date", "decided_by", "decided_date", "reports"}) {
            o.set(name, column.apply(name));
        }
        ObjectNode evidence = o.putObject("evidence");
        evidence.set("asserted", column.apply("asserted_evidence"));
        evidence.set("decided", column.apply("decided_evidence"));
        return o;
    }
}
