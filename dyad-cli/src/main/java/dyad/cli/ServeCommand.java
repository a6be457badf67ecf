package dyad.cli;

import dyad.core.Coder;
import dyad.server.DyadServer;
import dyad.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the store's JSON API and the analyst's page over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the event store: a web page at / and a JSON API under /api (described at /api/openapi.json).",
                "Read-only unless --token is given; then POST /api/articles with the header 'Authorization: Bearer T' "
                        + "ingests articles (JSON as in dyad ingest's JSON Lines) and this process holds the store for writing.",
                "Example: dyad serve --db dyad.duckdb --port 8080"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The store (a DuckDB file; default: ${DEFAULT-VALUE} in the working folder).")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface).")
    String host;

    @Option(names = "--token", paramLabel = "T",
            description = "Enable POST /api/articles for requests carrying this token (also read from DYAD_TOKEN).")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("dyad: --port must be 0 to 65535");
            return 2;
        }
        String t = token != null ? token : System.getenv("DYAD_TOKEN");
        if (t != null && t.isBlank()) {
            System.err.println("dyad: the token must not be blank");
            return 2;
        }
        DyadServer server;
        try {
            server = DyadServer.start(new DyadServer.Options(db, host, port, t), () -> new Coder()::code);
        } catch (StoreException e) {
            return StoreOptions.fail(e);
        } catch (RuntimeException e) {
            System.err.println("dyad: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dyad-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("dyad serve: http://" + shown + ":" + server.port() + "/ (" + db + ", "
                + (server.writable() ? "POST /api/articles enabled with the token" : "read-only") + "); Ctrl-C stops");
        server.awaitStop();
        return 0;
    }
}
