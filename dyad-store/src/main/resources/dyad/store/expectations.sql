-- Expectations (ExpectationTracker). The decisions are ExpectationRule's; SQL feeds it and stores its answer.

-- name: now
-- The store's "now": the newest publication date it holds. Expiry is measured against it, never the clock.
SELECT CAST(max(published) AS VARCHAR) FROM articles;

-- name: mentions_of_planned_keys
-- The mentions that can make or decide an expectation, of every merge key the staged article touched that has
-- a plan (planned or expected) at all; per key in publication order (undated articles last), ties in ingest order.
SELECT m.merge_key, m.article, CAST(a.published AS VARCHAR), m.record
FROM mentions m JOIN articles a USING (article_key)
WHERE m.merge_key IN (SELECT DISTINCT p.merge_key FROM mentions p
                      WHERE p.merge_key IN (SELECT merge_key FROM staged) AND p.modality IN ('planned', 'expected'))
  AND m.modality IN ('planned', 'expected', 'asserted', 'negated')
ORDER BY m.merge_key, a.published NULLS LAST, m.seq, m.ordinal;

-- name: delete_staged_keys
DELETE FROM expectations WHERE merge_key IN (SELECT DISTINCT merge_key FROM staged);

-- name: insert
INSERT INTO expectations (expectation_id, merge_key, source, target, source_key, target_key, cameo, modality,
                          window_from, window_to, status, late, asserted_by, asserted_date, asserted_evidence,
                          decided_by, decided_date, decided_evidence, reports)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: expire
UPDATE expectations SET status = 'expired' WHERE status = 'open' AND window_to < CAST(? AS DATE);
