package dyad.cli;

import dyad.core.model.Actor;
import dyad.core.model.EventRecord;
import java.util.StringJoiner;

/** Event records as tab-separated rows, for spreadsheets and shell tools. */
final class TsvRecords {

    static final String HEADER = String.join("\t", "article", "article_date", "event_id", "source_code", "source_country",
            "target_code", "target_country", "cameo", "quad_class", "goldstein", "plover", "date", "date_basis", "modality",
            "location", "attribution", "sentence", "start", "end", "evidence", "confidence");

    private TsvRecords() {}

    static String row(EventRecord e) {
        StringJoiner j = new StringJoiner("\t");
        j.add(s(e.article())).add(s(e.articleDate())).add(e.eventId())
                .add(s(code(e.source()))).add(s(country(e.source())))
                .add(s(code(e.target()))).add(s(country(e.target())))
                .add(e.cameo()).add(String.valueOf(e.quadClass())).add(String.valueOf(e.goldstein())).add(s(e.plover()))
                .add(s(e.date())).add(e.dateBasis()).add(e.modality())
                .add(e.location() == null ? "" : s(e.location().name())).add(s(e.attribution()))
                .add(String.valueOf(e.evidence().sentence())).add(String.valueOf(e.evidence().start()))
                .add(String.valueOf(e.evidence().end())).add(s(e.evidence().text())).add(String.valueOf(e.confidence()));
        return j.toString();
    }

    private static String code(Actor a) { return a == null ? null : a.code(); }

    private static String country(Actor a) { return a == null ? null : a.country(); }

    private static String s(String v) {
        return v == null ? "" : v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
