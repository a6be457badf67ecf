package dyad.core.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the project's dictionary files: UTF-8, tab-separated, '#' starts a comment line. */
public final class Tsv {

    private Tsv() {}

    /** The rows of a classpath resource, each padded to {@code columns} fields. */
    public static List<String[]> read(String resource, int columns) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing dictionary resource " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) row[i] = i < f.length ? f[i].trim() : "";
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The '|'-separated alternatives of a field, without blanks. */
    public static List<String> alternatives(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
