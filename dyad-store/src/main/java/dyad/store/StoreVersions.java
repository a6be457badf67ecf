package dyad.store;

import dyad.core.Coder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The versions a store records of what wrote it: the coder (dyad-core's Maven version, "dev" outside a built jar)
 * and the dictionaries (a digest of the resources under {@code dyad/dict/}, so any edit to them shows).
 */
public final class StoreVersions {

    private StoreVersions() {}

    public static String coder() {
        try (InputStream in = Coder.class.getResourceAsStream("/META-INF/maven/dyad/dyad-core/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return "dyad-core " + p.getProperty("version", "dev");
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "dyad-core dev";
    }

    /** The first 16 hex digits of the SHA-256 over the dictionary files' names and bytes, in name order. */
    public static String dictionaries() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(Coder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(where)) {
                Path dict = where.resolve("dyad/dict");
                if (!Files.isDirectory(dict)) return "none";
                try (Stream<Path> s = Files.walk(dict)) {
                    s.filter(Files::isRegularFile).forEach(f -> names.add(where.relativize(f).toString().replace('\\', '/')));
                }
                names.sort(null);
                for (String n : names) {
                    sha.update(n.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(where.resolve(n)));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("dyad/dict/") && !n.endsWith("/")).forEach(names::add);
                    names.sort(null);
                    for (String n : names) {
                        sha.update(n.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(jar.getEntry(n))) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
            }
            return names.isEmpty() ? "none" : HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }
}
