package dyad.core.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads paths through a {@link ContainerReader} and collects what comes out. */
final class Sources {

    private Sources() {}

    static List<ArticleSource> read(Path... paths) {
        return read(null, paths);
    }

    static List<ArticleSource> read(LocalDate fallback, Path... paths) {
        List<ArticleSource> out = new ArrayList<>();
        new ContainerReader().read(List.of(paths), fallback, out::add);
        return out;
    }

    static List<ArticleSource.Read> articles(List<ArticleSource> all) {
        return all.stream().filter(s -> s instanceof ArticleSource.Read).map(s -> (ArticleSource.Read) s).toList();
    }

    static List<ArticleSource.Failed> failures(List<ArticleSource> all) {
        return all.stream().filter(s -> s instanceof ArticleSource.Failed).map(s -> (ArticleSource.Failed) s).toList();
    }

    /** A news paragraph that passes the English check. */
    static String story(String who) {
        return who + " met the foreign minister of Jordan in Amman on Tuesday to discuss the reconstruction of the "
                + "country, officials said. The two sides agreed to open a new border crossing and to expand trade, "
                + "according to a statement released after the talks.";
    }
}
