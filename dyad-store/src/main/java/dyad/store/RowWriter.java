package dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a query's rows: JSON Lines (JSON columns as objects, or in a shape the caller gives), CSV (RFC 4180) or
 * an aligned text table. Tables and CSV leave JSON columns out: the queries carry flat columns beside them.
 * JSON Lines and CSV stream; a table is measured first, so it holds its rows.
 */
public final class RowWriter {

    private static final int MAX_CELL = 48;

    private RowWriter() {}

    /** One row, by column name, with JSON columns parsed. */
    public interface Row {
        Object get(String column);

        JsonNode json(String column);
    }

    /** Writes every row of {@code rs}; {@code shape} turns a row into its JSON object (null: all columns). */
    public static int write(ResultSet rs, OutputFormat format, Writer out, Function<Row, ObjectNode> shape) throws SQLException {
        try {
            return switch (format) {
                case jsonl -> jsonl(rs, out, shape);
                case csv -> csv(rs, out);
                case table -> table(rs, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int jsonl(ResultSet rs, Writer out, Function<Row, ObjectNode> shape) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        int n = 0;
        while (rs.next()) {
            Row row = row(rs, md);
            ObjectNode o = shape != null ? shape.apply(row) : all(row, md);
            out.write(MentionWriter.JSON.writeValueAsString(o));
            out.write('\n');
            n++;
        }
        out.flush();
        return n;
    }

    /** Every column of a row as a JSON object. */
    static ObjectNode all(Row row, ResultSetMetaData md) throws SQLException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String c = md.getColumnLabel(i);
            o.set(c, row.json(c));
        }
        return o;
    }

    private static Row row(ResultSet rs, ResultSetMetaData md) throws SQLException {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        java.util.Map<String, Boolean> isJson = new java.util.HashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String c = md.getColumnLabel(i);
            boolean json = "JSON".equalsIgnoreCase(md.getColumnTypeName(i));
            isJson.put(c, json);
            values.put(c, value(rs, md, i));
        }
        return new Row() {
            public Object get(String column) { return values.get(column); }

            public JsonNode json(String column) {
                Object v = values.get(column);
                if (v == null) return JsonNodeFactory.instance.nullNode();
                try {
                    if (Boolean.TRUE.equals(isJson.get(column))) return MentionWriter.JSON.readTree(v.toString());
                } catch (IOException e) {
                    return JsonNodeFactory.instance.textNode(v.toString());
                }
                return MentionWriter.JSON.valueToTree(v);
            }
        };
    }

    private static Object value(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
        Object v = rs.getObject(i);
        if (v == null) return null;
        return switch (md.getColumnType(i)) {
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.OTHER, Types.JAVA_OBJECT -> rs.getString(i);
            default -> v instanceof Number || v instanceof Boolean || v instanceof String ? v : rs.getString(i);
        };
    }

    private static List<Integer> flatColumns(ResultSetMetaData md) throws SQLException {
        List<Integer> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) if (!"JSON".equalsIgnoreCase(md.getColumnTypeName(i))) cols.add(i);
        return cols;
    }

    private static int csv(ResultSet rs, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        List<Integer> cols = flatColumns(md);
        List<String> header = new ArrayList<>();
        for (int c : cols) header.add(quote(md.getColumnLabel(c)));
        out.write(String.join(",", header) + "\r\n");
        int n = 0;
        while (rs.next()) {
            List<String> cells = new ArrayList<>();
            for (int c : cols) {
                Object v = value(rs, md, c);
                cells.add(v == null ? "" : quote(v.toString()));
            }
            out.write(String.join(",", cells) + "\r\n");
            n++;
        }
        out.flush();
        return n;
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static int table(ResultSet rs, Writer out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        List<Integer> cols = flatColumns(md);
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[cols.size()];
        int[] width = new int[cols.size()];
        boolean[] numeric = new boolean[cols.size()];
        for (int j = 0; j < cols.size(); j++) {
            header[j] = md.getColumnLabel(cols.get(j));
            width[j] = header[j].length();
        }
        while (rs.next()) {
            String[] r = new String[cols.size()];
            for (int j = 0; j < cols.size(); j++) {
                Object v = value(rs, md, cols.get(j));
                numeric[j] |= v instanceof Number;
                String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
                if (s.length() > MAX_CELL) s = s.substring(0, MAX_CELL - 1) + "…";
                r[j] = s;
                width[j] = Math.max(width[j], s.length());
            }
            rows.add(r);
        }
        line(out, header, width, new boolean[cols.size()]);
        String[] rule = new String[cols.size()];
        for (int j = 0; j < cols.size(); j++) rule[j] = "-".repeat(width[j]);
        line(out, rule, width, new boolean[cols.size()]);
        for (String[] r : rows) line(out, r, width, numeric);
        out.write("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")\n");
        out.flush();
        return rows.size();
    }

    private static void line(Writer out, String[] cells, int[] width, boolean[] right) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < cells.length; j++) {
            if (j > 0) b.append("  ");
            String pad = " ".repeat(width[j] - cells[j].length());
            b.append(right[j] ? pad + cells[j] : cells[j] + pad);
        }
        out.write(b.toString().stripTrailing());
        out.write('\n');
    }
}
