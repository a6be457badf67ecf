package dyad.spark;

import dyad.core.read.ContainerReader;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, listed on the driver from any Hadoop path (local, HDFS, S3, ... and globs), in the order
 * {@code dyad ingest} reads them: the inputs in the order given, a folder's files sorted by path, and of a folder
 * only the files that can hold articles (dyad-core's {@code ContainerReader} rule: no hidden files, no gold files,
 * notes or scripts). Each file gets its number in that order, which fixes the order of the whole corpus.
 */
final class InputFiles {

    /** One input file: its place in the corpus order, its full Hadoop path and its name. */
    record InputFile(int no, String path, String name) implements Serializable {}

    /** The listing: the files, and the inputs that named nothing. */
    record Listing(List<InputFile> files, List<String> missing) {}

    private InputFiles() {}

    static Listing list(Configuration conf, List<String> inputs) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                missing.add(input);
                continue;
            }
            List<FileStatus> sorted = new ArrayList<>(Arrays.asList(matched));
            sorted.sort((a, b) -> compare(a.getPath().toString(), b.getPath().toString()));
            for (FileStatus s : sorted) {
                if (!s.isDirectory()) {
                    seen.add(s.getPath().toString());
                    continue;
                }
                List<String> inFolder = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && ContainerReader.isArticleFile(f.getPath().getName())) inFolder.add(f.getPath().toString());
                }
                inFolder.sort(InputFiles::compare);
                seen.addAll(inFolder);
            }
        }
        List<InputFile> files = new ArrayList<>();
        for (String path : seen) files.add(new InputFile(files.size(), path, new Path(path).getName()));
        return new Listing(files, missing);
    }

    /** Paths in the order of {@code java.nio.file.Path}'s sort on Unix: by their bytes. */
    static int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** A Hadoop configuration that travels to the executors, so they open the files as the driver would. */
    static final class SerializableConf implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Configuration conf;

        SerializableConf(Configuration conf) {
            this.conf = conf;
        }

        Configuration get() {
            return conf;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            conf.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }
}
