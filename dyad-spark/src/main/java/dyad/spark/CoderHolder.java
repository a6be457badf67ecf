package dyad.spark;

import dyad.core.Coder;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import java.util.List;
import java.util.function.Function;

/**
 * One {@link Coder} per executor JVM, built the first time a task needs it: the dictionaries and CoreNLP models
 * load once per executor, not per task or record, and every task thread of the executor shares it (the coder is
 * safe to share). A test running Spark in local mode, in its own JVM, may put another coding function in its place.
 */
public final class CoderHolder {

    private static volatile Function<Article, List<EventRecord>> coder;

    private CoderHolder() {}

    /** The executor's coding function. */
    public static Function<Article, List<EventRecord>> get() {
        Function<Article, List<EventRecord>> c = coder;
        if (c == null) {
            synchronized (CoderHolder.class) {
                c = coder;
                if (c == null) {
                    Coder real = new Coder();
                    c = real::code;
                    coder = c;
                }
            }
        }
        return c;
    }

    /** Puts {@code replacement} in place of the coder in this JVM (null: the real coder again, built anew). */
    public static synchronized void use(Function<Article, List<EventRecord>> replacement) {
        coder = replacement;
    }
}
