package dyad.store;

/** Another process holds the store's write lock (DuckDB allows one writing process per file). */
public final class StoreInUseException extends StoreException {

    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
