package dyad.core.event;

import dyad.core.dict.CameoCode;
import dyad.core.dict.CameoTable;
import dyad.core.model.Article;
import dyad.core.model.EventRecord;
import dyad.core.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes the event record of SPEC section 2: the CAMEO table's root, quad class, Goldstein value and PLOVER type,
 * the evidence cut from the body, and a stable id (a hash of the article, the evidence offsets, the actors and
 * the code: the same article and text give the same id).
 */
public final class RecordBuilder {

    private final CameoTable cameo;

    public RecordBuilder(CameoTable cameo) {
        this.cameo = cameo;
    }

    public EventRecord build(Article article, CodedEvent e) {
        CameoCode code = cameo.get(e.code());
        String evidence = article.body().substring(e.start(), e.end());
        String id = id(article.id(), e);
        return new EventRecord(article.id(), article.date() == null ? null : article.date().toString(), id,
                e.source(), e.target(), code.code(), code.root(), code.quadClass(), code.goldstein(), code.plover(),
                e.date().value(), e.date().basis(), e.modality().label(), e.location(), e.attribution(),
                new Evidence(e.sentence(), e.start(), e.end(), evidence), Math.round(e.confidence() * 100) / 100.0);
    }

    static String id(String article, CodedEvent e) {
        String key = String.join("|", article, String.valueOf(e.start()), String.valueOf(e.end()),
                e.sourceKey(), e.targetKey(), e.code());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
