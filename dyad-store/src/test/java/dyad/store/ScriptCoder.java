package dyad.store;

import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the coder in store tests: each line of an article of the form
 * {@code [CAMEO SOURCE TARGET DATE MODALITY] words} becomes one record (DATE "-" for dated by the article).
 * A line {@code [FAIL]} makes coding throw.
 */
final class ScriptCoder implements Function<Article, List<EventRecord>> {

    private static final Pattern LINE = Pattern.compile("(?m)^\\[(\\d{3,4}) (\\S+) (\\S+) (\\S+) (\\w+)\\]\\s*(.*)$");

    @Override
    public List<EventRecord> apply(Article a) {
        if (a.body().contains("[FAIL]")) throw new IllegalStateException("the script says fail");
        List<EventRecord> out = new ArrayList<>();
        Matcher m = LINE.matcher(a.body());
        String ad = a.date() == null ? null : a.date().toString();
        while (m.find()) {
            out.add(Rec.of(a.id(), ad, out.size(), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                    m.group(6).isBlank() ? m.group(0) : m.group(6)));
        }
        return out;
    }
}
