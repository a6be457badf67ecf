package dyad.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One event record, exactly the fields of SPEC section 2 in its order. */
@JsonPropertyOrder({"article", "article_date", "event_id", "source", "target", "cameo", "root", "quad_class",
        "goldstein", "plover", "date", "date_basis", "modality", "location", "attribution", "evidence", "confidence"})
public record EventRecord(
        String article,
        @JsonProperty("article_date") String articleDate,
        @JsonProperty("event_id") String eventId,
        Actor source,
        Actor target,
        String cameo,
        String root,
        @JsonProperty("quad_class") int quadClass,
        double goldstein,
        String plover,
        String date,
        @JsonProperty("date_basis") String dateBasis,
        String modality,
        Location location,
        String attribution,
        Evidence evidence,
        double confidence) {}
