package dyad.spark;

import dyad.core.merge.TextPrint;
import dyad.core.model.Article;
import dyad.core.read.ArticleSource;
import dyad.core.read.ContainerReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads input files on an executor into {@link Columns#SOURCE} rows with dyad-core's own {@link ContainerReader}, the
 * reader {@code dyad ingest} uses: the same formats (plain text, JSON Lines, HTML, RSS/Atom, WARC, gzip), the same
 * article ids, dates and refusals. A file on the local file system is read in place; one on any other Hadoop file
 * system is first copied to a local temporary folder under its own name. Nothing in a file makes this throw: what
 * cannot be read is a failure row with its reason.
 */
final class ContainerRows implements FlatMapFunction<Iterator<InputFiles.InputFile>, Row> {

    private static final long serialVersionUID = 1L;

    private final InputFiles.SerializableConf conf;
    private final String fallbackDate;

    ContainerRows(InputFiles.SerializableConf conf, LocalDate fallbackDate) {
        this.conf = conf;
        this.fallbackDate = fallbackDate == null ? null : fallbackDate.toString();
    }

    @Override
    public Iterator<Row> call(Iterator<InputFiles.InputFile> files) {
        List<Row> rows = new ArrayList<>();
        ContainerReader reader = new ContainerReader();
        LocalDate fallback = fallbackDate == null ? null : LocalDate.parse(fallbackDate);
        while (files.hasNext()) read(files.next(), reader, fallback, rows);
        return rows.iterator();
    }

    void read(InputFiles.InputFile file, ContainerReader reader, LocalDate fallback, List<Row> rows) {
        int[] recNo = {0};
        java.nio.file.Path tmp = null;
        try {
            Path path = new Path(file.path());
            FileSystem fs = path.getFileSystem(conf.get());
            java.nio.file.Path local;
            if (fs instanceof LocalFileSystem || "file".equals(fs.getScheme())) {
                local = java.nio.file.Path.of(path.toUri());
            } else {
                tmp = Files.createTempDirectory("dyad-spark-");
                local = tmp.resolve(file.name());
                try (InputStream in = fs.open(path)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            reader.read(List.of(local), fallback, source -> rows.add(row(file, recNo[0]++, source)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            rows.add(row(file, recNo[0]++, new ArticleSource.Failed(file.name(), "cannot read file: " + e)));
        } finally {
            if (tmp != null) delete(tmp);
        }
    }

    static Row row(InputFiles.InputFile file, int recNo, ArticleSource source) {
        if (source instanceof ArticleSource.Read r) {
            Article a = r.article();
            long[] minhash = TextPrint.minHash(a.body());
            return RowFactory.create(file.no(), recNo, file.path(), true, a.id(), null,
                    a.date() == null ? null : a.date().toString(), a.body(), r.url(), r.outlet(), r.title(),
                    TextPrint.contentHash(a.body()), TextPrint.print(a.body()), boxed(minhash),
                    boxed(TextPrint.bands(minhash)));
        }
        ArticleSource.Failed f = (ArticleSource.Failed) source;
        return RowFactory.create(file.no(), recNo, file.path(), false, f.id(), f.reason(),
                null, null, null, null, null, null, null, null, null);
    }

    /** Array columns go into a Row as Java arrays. */
    static Long[] boxed(long[] v) {
        Long[] out = new Long[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }

    private static void delete(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is the executor's to clean
        }
    }
}
