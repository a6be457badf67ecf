package dyad.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The events in GDELT 2.0's event table layout ({@code gdelt.sql}): 61 tab-separated columns in GDELT's order,
 * no header, one event a line, so tools written for GDELT's daily files read dyad's.
 */
public final class GdeltExport {

    /** How many columns a GDELT 2.0 event row has. */
    public static final int COLUMNS = 61;

    private final EventStore store;

    public GdeltExport(EventStore store) {
        this.store = store;
    }

    public long write(Path out) throws SQLException {
        try (Statement st = store.connection().createStatement()) {
            st.execute("CREATE OR REPLACE TEMP MACRO clean(s) AS coalesce(regexp_replace(s, '[\\t\\r\\n]+', ' ', 'g'), '')");
        }
        return new Exporter(store).copy("(" + Sql.get("gdelt.sql", "select") + ")", out,
                "FORMAT csv, DELIMITER '\\t', HEADER false, QUOTE ''");
    }
}
