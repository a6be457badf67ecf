package dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL kept in resource files under {@code dyad/store/}: a file of named statements (each introduced by a line
 * {@code -- name: NAME}) or, for the schema, a script of statements ending with ';' at a line's end.
 */
final class Sql {

    private static final Map<String, Map<String, String>> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private Sql() {}

    /** The statement {@code name} of {@code file} (e.g. "ingest.sql"). */
    static String get(String file, String name) {
        String s = FILES.computeIfAbsent(file, Sql::parseNamed).get(name);
        if (s == null) throw new IllegalStateException("no statement '" + name + "' in " + file);
        return s;
    }

    /** The statements of a script, in order. */
    static List<String> script(String file) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : read(file).split("\n")) {
            if (line.strip().startsWith("--")) continue;
            cur.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }

    private static Map<String, String> parseNamed(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder cur = new StringBuilder();
        for (String line : read(file).split("\n")) {
            String t = line.strip();
            if (t.startsWith("-- name:")) {
                if (name != null) out.put(name, trim(cur));
                name = t.substring("-- name:".length()).strip();
                cur.setLength(0);
            } else if (!t.startsWith("--") && name != null) {
                cur.append(line).append('\n');
            }
        }
        if (name != null) out.put(name, trim(cur));
        return out;
    }

    private static String trim(StringBuilder b) {
        String s = b.toString().strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    private static String read(String file) {
        try (InputStream in = Sql.class.getResourceAsStream("/dyad/store/" + file)) {
            if (in == null) throw new IllegalStateException("missing resource dyad/store/" + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
