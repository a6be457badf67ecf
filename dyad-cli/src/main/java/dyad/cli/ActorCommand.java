package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.actor.ActorLookup;
import dyad.core.dict.ActorDictionary;
import dyad.core.model.Actor;
import dyad.core.nlp.NlpPipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actor}: prints one actor object (SPEC section 2) or null per text, resolved at a date. */
@Command(name = "actor", mixinStandardHelpOptions = true,
        description = {"Resolve actor texts to actor objects at a date, one JSON line (or null) per text.",
                "With --jsonl, reads lines {\"text\": ..., \"date\": ...} on standard input."})
final class ActorCommand implements Callable<Integer> {

    @Option(names = "--date", description = "The date the roles are resolved at (YYYY-MM-DD; default: today).")
    LocalDate date;

    @Option(names = "--jsonl", description = "Read JSON lines {\"text\",\"date\"} from standard input.")
    boolean jsonl;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Actor texts, e.g. \"Syria's foreign minister\".")
    List<String> texts = List.of();

    @Override
    public Integer call() throws IOException {
        ActorLookup lookup = new ActorLookup(new NlpPipeline(), new ActorDictionary());
        LocalDate at = date != null ? date : LocalDate.now();
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = 0;
        if (!jsonl && texts.isEmpty()) {
            System.err.println("dyad actor: give TEXT arguments or --jsonl");
            return 2;
        }
        for (String t : texts) out.println(json.writeValueAsString(lookup.lookup(t, at)));
        if (jsonl) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                Actor a = null;
                try {
                    JsonNode node = json.readTree(line);
                    String text = node.path("text").asText(null);
                    String d = node.path("date").isTextual() ? node.path("date").asText() : null;
                    a = lookup.lookup(text, d == null || d.isBlank() ? at : LocalDate.parse(d.substring(0, 10)));
                } catch (IOException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                    System.err.println("dyad actor: line " + n + ": not a JSON object with text and date: " + e.getMessage());
                    status = 1;
                }
                out.println(json.writeValueAsString(a));
            }
        }
        return status;
    }
}
