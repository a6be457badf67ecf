package dyad.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads dyad-core's dictionary files (UTF-8, tab-separated, '#' comments) from the classpath. */
final class DictionaryData {

    private DictionaryData() {}

    static List<String[]> rows(String resource, int columns) {
        InputStream in = DictionaryData.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) row[i] = i < f.length ? f[i].strip() : "";
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    static List<String> alternatives(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
