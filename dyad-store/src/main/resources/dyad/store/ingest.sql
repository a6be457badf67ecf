-- Ingest: one article and its mentions, merged into events, in one transaction (ArticleStore, MentionWriter,
-- EventMerger). '?' are JDBC parameters.

-- name: known_article
-- An article is known by its content hash, or by the same URL with the same normalised text.
SELECT count(*) FROM articles WHERE article_key = ? OR (url = ? AND text_print = ?);

-- name: next_seq
SELECT coalesce(max(seq), 0) + 1 FROM articles;

-- name: near_duplicate
-- The earliest article that shares a band bucket with the new signature and whose estimated Jaccard similarity
-- is at least the threshold: its source text is the new article's source text.
SELECT a.source_text, a.article_key,
       len(list_filter(list_zip(a.minhash, CAST(? AS BIGINT[])), x -> x[1] = x[2])) / len(a.minhash) AS similarity
FROM articles a
WHERE a.article_key IN (SELECT b.article_key FROM article_bands b JOIN unnest(CAST(? AS BIGINT[])) WITH ORDINALITY AS n(bucket, band)
                        ON b.band = n.band AND b.bucket = n.bucket)
  AND len(list_filter(list_zip(a.minhash, CAST(? AS BIGINT[])), x -> x[1] = x[2])) / len(a.minhash) >= ?
ORDER BY a.seq
LIMIT 1;

-- name: insert_article
INSERT INTO articles (article_key, seq, id, url, outlet, title, published, text_print, minhash, source_text,
                      similarity, num_mentions, coder_version, ingested_at, body)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS BIGINT[]), ?, ?, ?, ?, current_timestamp, ?);

-- name: insert_bands
INSERT INTO article_bands SELECT band, bucket, ? FROM unnest(CAST(? AS BIGINT[])) WITH ORDINALITY AS n(bucket, band);

-- name: create_staged
CREATE TEMP TABLE IF NOT EXISTS staged AS SELECT * FROM mentions WITH NO DATA;

-- name: clear_staged
DELETE FROM staged;

-- name: insert_staged
INSERT INTO staged (article_key, ordinal, seq, mention_id, article, article_date, source, target, source_key, target_key,
                    source_code, target_code, cameo, root, quad_class, goldstein, plover, date, date_basis, modality,
                    location, attribution, evidence, confidence, merge_key, win_from, win_to, event_id, record)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?);

-- name: candidate_events
-- The events the staged mentions could join (MentionMerger's rule: the same merge key, overlapping windows).
-- EventGrouping then assigns the mentions one by one, in Java.
SELECT DISTINCT e.event_id, e.merge_key, CAST(e.win_from AS VARCHAR), CAST(e.win_to AS VARCHAR), e.event_no
FROM events e JOIN staged s ON e.merge_key = s.merge_key
 AND (e.win_to IS NULL OR s.win_from IS NULL OR s.win_from <= e.win_to)
 AND (s.win_to IS NULL OR e.win_from IS NULL OR e.win_from <= s.win_to);

-- name: assign_staged
-- Parameters: the mentions' ordinals and the ids of the events they were assigned to, as two arrays.
UPDATE staged SET event_id = a.event_id
FROM (SELECT unnest(CAST(?1 AS INTEGER[])) AS ordinal, unnest(CAST(?2 AS VARCHAR[])) AS event_id) a
WHERE staged.ordinal = a.ordinal;

-- name: found_events
-- A new event for each founding mention (parameter: their ordinals), numbered on from the last event.
INSERT INTO events
SELECT s.event_id, n.base + row_number() OVER (ORDER BY s.ordinal),
       s.merge_key, s.source, s.target, s.source_key, s.target_key, s.source_code, s.target_code, s.cameo, s.root,
       s.quad_class, s.goldstein, s.plover, s.date, s.win_from, s.win_to, s.modality, s.location, s.evidence,
       s.confidence, 0, 0, 0, NULL, NULL, s.article, NULL
FROM staged s, (SELECT coalesce(max(event_no), 0) AS base FROM events) n
WHERE list_contains(CAST(?1 AS INTEGER[]), s.ordinal);

-- name: store_staged
INSERT INTO mentions SELECT * FROM staged;

-- name: refresh_events
-- Counts, dates, window and representative of every event this article touched, recomputed from all its
-- mentions: nothing is frozen at first sight.
UPDATE events SET
    source = r.source, target = r.target, source_key = r.source_key, target_key = r.target_key,
    source_code = r.source_code, target_code = r.target_code, cameo = r.cameo, root = r.root,
    quad_class = r.quad_class, goldstein = r.goldstein, plover = r.plover, evidence = r.evidence,
    date = a.date, win_from = a.win_from, win_to = a.win_to, modality = a.modality, location = a.location,
    confidence = a.confidence, num_mentions = a.n, num_articles = a.na, num_sources = a.ns,
    first_seen = a.fs, last_seen = a.ls, first_article = a.first_article, source_url = a.source_url
FROM (SELECT m.event_id,
             count(*) AS n, count(DISTINCT m.article_key) AS na, count(DISTINCT ar.source_text) AS ns,
             min(ar.published) AS fs, max(ar.published) AS ls,
             max(m.win_from) AS win_from, min(m.win_to) AS win_to,
             CASE WHEN bool_or(m.modality = 'asserted') THEN 'asserted'
                  WHEN bool_or(m.modality = 'negated') THEN 'negated'
                  WHEN bool_or(m.modality = 'planned') THEN 'planned'
                  WHEN bool_or(m.modality = 'expected') THEN 'expected'
                  ELSE 'possible' END AS modality,
             first(m.date ORDER BY (m.modality = 'asserted') DESC, (m.date_basis = 'text') DESC,
                   length(coalesce(m.date, '')) DESC, m.seq, m.ordinal) AS date,
             first(m.location ORDER BY m.seq, m.ordinal) FILTER (WHERE m.location IS NOT NULL) AS location,
             max(m.confidence) AS confidence,
             first(m.article ORDER BY m.seq, m.ordinal) AS first_article,
             first(ar.url ORDER BY m.seq, m.ordinal) FILTER (WHERE ar.url IS NOT NULL) AS source_url
      FROM mentions m JOIN articles ar USING (article_key)
      WHERE m.event_id IN (SELECT event_id FROM staged)
      GROUP BY m.event_id) a,
     (SELECT * FROM (
         SELECT m.*, row_number() OVER (PARTITION BY m.event_id
                                        ORDER BY (m.modality = 'asserted') DESC, code_n DESC, m.seq, m.ordinal) AS rank
         FROM (SELECT m.*, count(*) OVER (PARTITION BY m.event_id, m.cameo) AS code_n
               FROM mentions m WHERE m.event_id IN (SELECT event_id FROM staged)) m)
      WHERE rank = 1) r
WHERE events.event_id = a.event_id AND r.event_id = a.event_id;

-- name: upsert_error
INSERT INTO errors VALUES (?, ?, current_timestamp, current_timestamp, 1)
ON CONFLICT (article, reason) DO UPDATE SET last_seen = now(), times = errors.times + 1;

-- name: set_meta
INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value;
