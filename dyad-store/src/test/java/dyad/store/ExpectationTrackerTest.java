package dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationTrackerTest {

    @TempDir
    Path dir;

    @Test
    void plansEndFulfilledCancelledPostponedOrExpired() throws Exception {
        Path in = dir.resolve("in");
        Stores.article(in, "a1.txt", "2025-11-01", "Announcements.",
                "[042 SYR USA 2025-11-10 planned] Sharaa will visit Washington on November 10.",
                "[046 SYR ISR 2025-11-20 planned] Syria and Israel will negotiate on November 20.");
        Stores.article(in, "a2.txt", "2025-11-05", "The plans again.",
                "[043 USA SYR 2025-11-10 planned] Trump will host Sharaa on November 10.",
                "[046 SYR ISR 2025-12-05 planned] The Syria-Israel round was moved to December 5.");
        Stores.article(in, "a3.txt", "2025-11-10", "The visit.", "[042 SYR USA - asserted] Sharaa arrived at the White House.");
        Stores.article(in, "a4.txt", "2025-11-12", "Next plans.",
                "[042 USA SYR 2026-01 planned] Trump will visit Damascus in January.",
                "[057 SYR USA 2025-12 expected] The two are expected to sign an agreement in December.");
        Stores.article(in, "a5.txt", "2025-12-20", "Called off.", "[042 USA SYR - negated] Trump's trip to Damascus was called off.");
        Stores.article(in, "a6.txt", "2026-01-10", "At last.", "[046 ISR SYR 2026-01-09 asserted] Israel and Syria negotiated on Friday.");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            Stores.ingest(store, in);
            List<String> rows = Stores.rows(store, "SELECT cameo, source_key, target_key, window_from, window_to, status, late, "
                    + "asserted_by, decided_by, reports FROM expectations ORDER BY window_from, cameo");
            assertEquals(List.of(
                    "042\tSYR\tUSA\t2025-11-10\t2025-11-10\tfulfilled\tfalse\ta1.txt\ta3.txt\t2",
                    "046\tSYR\tISR\t2025-11-20\t2025-11-20\tpostponed\tfalse\ta1.txt\ta2.txt\t1",
                    "057\tSYR\tUSA\t2025-12-01\t2025-12-31\texpired\tfalse\ta4.txt\tnull\t1",
                    "046\tSYR\tISR\t2025-12-05\t2025-12-05\tfulfilled\ttrue\ta2.txt\ta6.txt\t1",
                    "042\tUSA\tSYR\t2026-01-01\t2026-01-31\tcancelled\tfalse\ta4.txt\ta5.txt\t1"), rows);
            assertEquals(List.of("Trump's trip to Damascus was called off."),
                    Stores.rows(store, "SELECT decided_evidence FROM expectations WHERE status = 'cancelled'"));

            StringWriter out = new StringWriter();
            new EventQueries(store).expectations("cancelled", OutputFormat.jsonl, out);
            assertEquals("{\"id\":\"%s\",\"source\":{\"text\":\"USA officials\",\"name\":null,\"country\":\"USA\",\"sector\":\"GOV\","
                    .formatted(Stores.rows(store, "SELECT expectation_id FROM expectations WHERE status = 'cancelled'").get(0))
                    + "\"code\":\"USAGOV\"},\"target\":{\"text\":\"SYR officials\",\"name\":null,\"country\":\"SYR\",\"sector\":\"GOV\","
                    + "\"code\":\"SYRGOV\"},\"cameo\":\"042\",\"modality\":\"planned\",\"window\":{\"from\":\"2026-01-01\","
                    + "\"to\":\"2026-01-31\"},\"status\":\"cancelled\",\"late\":false,\"asserted_by\":\"a4.txt\","
                    + "\"asserted_date\":\"2025-11-12\",\"decided_by\":\"a5.txt\",\"decided_date\":\"2025-12-20\",\"reports\":1,"
                    + "\"evidence\":{\"asserted\":\"Trump will visit Damascus in January.\","
                    + "\"decided\":\"Trump's trip to Damascus was called off.\"}}\n", out.toString());
        }
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderArticlesArrive() throws Exception {
        Path plan = Stores.article(dir.resolve("p"), "plan.txt", "2025-06-01", "Plan.", "[042 FRA DEU 2025-06-10 planned] will visit");
        Path visit = Stores.article(dir.resolve("v"), "visit.txt", "2025-06-10", "Visit.", "[042 FRA DEU - asserted] visited");
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            Stores.ingest(store, visit);
            Stores.ingest(store, plan);
            assertEquals(List.of("fulfilled\tvisit.txt"), Stores.rows(store, "SELECT status, decided_by FROM expectations"));
        }
    }
}
