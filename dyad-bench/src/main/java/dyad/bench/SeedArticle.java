package dyad.bench;

import dyad.core.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The article the benchmarks code: the shared seed story (467 tokens, 14 sentences), found beside the repository
 * ({@code ../shared}) or where {@code -Ddyad.shared} points.
 */
final class SeedArticle {

    private SeedArticle() {}

    static Article read() {
        Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
        Path file = shared.resolve("eval/seed/seed-medialine-2025-11-01.txt");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String body = text.replaceFirst("\\A\\s*date \\d{4}-\\d{2}-\\d{2}\\s*", "");
            return Article.of(file.getFileName().toString(), LocalDate.of(2025, 11, 1), body);
        } catch (IOException e) {
            throw new UncheckedIOException("the seed article is read from " + file + " (set -Ddyad.shared)", e);
        }
    }
}
