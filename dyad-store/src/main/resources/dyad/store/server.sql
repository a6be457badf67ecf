-- Queries behind dyad serve's JSON API (ServerQueries). Every value comes in as a JDBC parameter.
-- The dyad filter, shared by several queries: ?src and ?tgt are actor keys (both null: any pair); events from src
-- to tgt always match, events from tgt to src match when ?both is true or the action is symmetric (its root is
-- one of the comma-separated roots in ?sym: meet, talk, agree, fight).

-- name: events
-- Parameters: 1 src, 2 tgt, 3 both, 4 symmetric roots, 5 since, 6 until, 7 CAMEO code prefix, 8 modality,
-- 9 limit, 10 offset. An event matches since/until when its date window reaches into them.
WITH hits AS (
    SELECT event_no, event_id, date, CAST(win_from AS VARCHAR) AS win_from, CAST(win_to AS VARCHAR) AS win_to,
           modality, source_key, target_key, source_code, target_code, cameo, root, quad_class, goldstein, plover,
           num_mentions, num_articles, num_sources, CAST(first_seen AS VARCHAR) AS first_seen,
           CAST(last_seen AS VARCHAR) AS last_seen, first_article, source_url, confidence,
           source, target, location, evidence,
           coalesce(win_from, first_seen) AS sort_day
    FROM events
    WHERE (CAST(?1 AS VARCHAR) IS NULL
           OR (source_key = ?1 AND target_key = ?2)
           OR ((CAST(?3 AS BOOLEAN) OR list_contains(string_split(?4, ','), root)) AND source_key = ?2 AND target_key = ?1))
      AND (CAST(?5 AS DATE) IS NULL OR coalesce(win_to, win_from) >= CAST(?5 AS DATE))
      AND (CAST(?6 AS DATE) IS NULL OR coalesce(win_from, win_to) <= CAST(?6 AS DATE))
      AND (CAST(?7 AS VARCHAR) IS NULL OR starts_with(cameo, ?7))
      AND (CAST(?8 AS VARCHAR) IS NULL OR modality = ?8)
)
SELECT (SELECT count(*) FROM hits) AS total, * EXCLUDE (sort_day)
FROM hits
ORDER BY sort_day NULLS LAST, event_no
LIMIT ?9 OFFSET ?10;

-- name: mentions_of_events
-- The mentions of the events whose ids are in the comma-separated list ?1, each with its article, in the order
-- the articles were published.
SELECT m.event_id, m.article_key, m.ordinal, m.article, a.title, a.outlet, a.url,
       CAST(a.published AS VARCHAR) AS published, m.cameo, m.modality, m.date, m.date_basis, m.attribution,
       m.confidence, m.source, m.target, m.evidence
FROM mentions m JOIN articles a USING (article_key)
WHERE list_contains(string_split(?1, ','), m.event_id)
ORDER BY m.event_id, a.published NULLS LAST, m.seq, m.ordinal;

-- name: timeline
-- Per period (?1: 4 = year, 7 = month) of the event's date: what happened (asserted) by quad class, with the
-- Goldstein sum and mean; what was planned, expected or possible for that period; what was denied or cancelled.
-- Events dated less precisely than the period (a year when months are asked, a decade) are counted apart
-- (timeline_left_out). Parameters 2-5: the dyad filter (src, tgt, both, symmetric roots).
SELECT substr(date, 1, ?1) AS period,
       count(*) FILTER (WHERE modality = 'asserted') AS events,
       coalesce(round(sum(goldstein) FILTER (WHERE modality = 'asserted'), 2), 0) AS goldstein_sum,
       round(avg(goldstein) FILTER (WHERE modality = 'asserted'), 2) AS goldstein_mean,
       count(*) FILTER (WHERE modality = 'asserted' AND quad_class = 1) AS verbal_cooperation,
       count(*) FILTER (WHERE modality = 'asserted' AND quad_class = 2) AS material_cooperation,
       count(*) FILTER (WHERE modality = 'asserted' AND quad_class = 3) AS verbal_conflict,
       count(*) FILTER (WHERE modality = 'asserted' AND quad_class = 4) AS material_conflict,
       count(*) FILTER (WHERE modality IN ('planned', 'expected', 'possible')) AS planned,
       count(*) FILTER (WHERE modality = 'negated') AS negated,
       CAST(sum(num_mentions) AS BIGINT) AS mentions
FROM events
WHERE date IS NOT NULL AND length(date) >= ?1 AND length(date) <> 3
  AND (CAST(?2 AS VARCHAR) IS NULL
       OR (source_key = ?2 AND target_key = ?3)
       OR ((CAST(?4 AS BOOLEAN) OR list_contains(string_split(?5, ','), root)) AND source_key = ?3 AND target_key = ?2))
GROUP BY period
ORDER BY period;

-- name: timeline_left_out
-- The dyad's events that have no date as precise as the period (parameters as timeline).
SELECT count(*)
FROM events
WHERE (date IS NULL OR length(date) < ?1 OR length(date) = 3)
  AND (CAST(?2 AS VARCHAR) IS NULL
       OR (source_key = ?2 AND target_key = ?3)
       OR ((CAST(?4 AS BOOLEAN) OR list_contains(string_split(?5, ','), root)) AND source_key = ?3 AND target_key = ?2));

-- name: expectations
-- Parameters: 1 status (null: all), 2-5 the dyad filter (src, tgt, both, symmetric roots).
SELECT e.expectation_id, e.status, e.late, e.source_key, e.target_key, e.cameo, e.modality,
       CAST(e.window_from AS VARCHAR) AS window_from, CAST(e.window_to AS VARCHAR) AS window_to,
       e.asserted_by, CAST(e.asserted_date AS VARCHAR) AS asserted_date, e.asserted_evidence,
       e.decided_by, CAST(e.decided_date AS VARCHAR) AS decided_date, e.decided_evidence,
       e.reports, e.source, e.target
FROM expectations e
WHERE (CAST(?1 AS VARCHAR) IS NULL OR e.status = ?1)
  AND (CAST(?2 AS VARCHAR) IS NULL
       OR (e.source_key = ?2 AND e.target_key = ?3)
       OR ((CAST(?4 AS BOOLEAN) OR list_contains(string_split(?5, ','), substr(e.cameo, 1, 2))) AND e.source_key = ?3 AND e.target_key = ?2))
ORDER BY e.window_from NULLS LAST, e.asserted_date NULLS LAST, e.expectation_id;

-- name: article
-- One article by its key (content hash) or its id; of several with that id, the latest ingested.
SELECT article_key, id, url, outlet, title, CAST(published AS VARCHAR) AS published,
       CAST(ingested_at AS VARCHAR) AS ingested_at, num_mentions, source_text, similarity, coder_version
FROM articles
WHERE article_key = ?1 OR id = ?1
ORDER BY (article_key = ?1) DESC, seq DESC
LIMIT 1;

-- name: article_mentions
SELECT ordinal, event_id, mention_id, cameo, root, quad_class, goldstein, modality, date, date_basis, attribution,
       confidence, source, target, location, evidence
FROM mentions
WHERE article_key = ?1
ORDER BY ordinal;

-- name: article_body_column
-- The article text, where the articles table keeps it.
SELECT body FROM articles WHERE article_key = ?1;

-- name: article_body_side
-- The article text, where the server's side table keeps it (ArticleTexts).
SELECT body FROM article_texts WHERE article_key = ?1;

-- name: actors
-- Actor keys seen in events, with how many events name them and the codes and names they go by (most used
-- first); ?1 (lower case, null: all) must begin the key or a code, or occur in a name; ?2 rows at most.
WITH sides AS (
    SELECT source_key AS key, source_code AS code, source->>'name' AS name FROM events WHERE source_key IS NOT NULL
    UNION ALL
    SELECT target_key, target_code, target->>'name' FROM events WHERE target_key IS NOT NULL
),
codes AS (SELECT key, list(code ORDER BY n DESC, code) AS codes
          FROM (SELECT key, code, count(*) AS n FROM sides WHERE code IS NOT NULL GROUP BY key, code) GROUP BY key),
names AS (SELECT key, list(name ORDER BY n DESC, name) AS names
          FROM (SELECT key, name, count(*) AS n FROM sides WHERE name IS NOT NULL GROUP BY key, name) GROUP BY key),
keyed AS (SELECT key, count(*) AS events FROM sides GROUP BY key)
SELECT k.key, k.events, coalesce(c.codes, []) AS codes, coalesce(n.names, []) AS names
FROM keyed k LEFT JOIN codes c USING (key) LEFT JOIN names n USING (key)
WHERE CAST(?1 AS VARCHAR) IS NULL
   OR starts_with(lower(k.key), ?1)
   OR len(list_filter(coalesce(c.codes, []), x -> starts_with(lower(x), ?1))) > 0
   OR len(list_filter(coalesce(n.names, []), x -> contains(lower(x), ?1))) > 0
ORDER BY k.events DESC, k.key
LIMIT ?2;

-- name: event_counts
-- How many events each actor key is a side of (for the dictionary's countries in an actor search).
SELECT key, count(*) AS events
FROM (SELECT source_key AS key FROM events WHERE source_key IS NOT NULL
      UNION ALL
      SELECT target_key FROM events WHERE target_key IS NOT NULL)
GROUP BY key;

-- name: summary
SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions,
       (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM expectations) AS expectations,
       (SELECT count(*) FROM errors) AS errors, (SELECT CAST(max(published) AS VARCHAR) FROM articles) AS newest;

-- name: create_article_texts
-- The server's side table of article texts (ArticleTexts), until the articles table keeps the body.
CREATE TABLE IF NOT EXISTS article_texts (article_key VARCHAR PRIMARY KEY, body VARCHAR NOT NULL);

-- name: save_article_text
INSERT OR IGNORE INTO article_texts VALUES (?, ?);
