package dyad.store;

/** How query results are written: an aligned table (for a terminal), JSON Lines, or CSV. */
public enum OutputFormat { table, jsonl, csv }
