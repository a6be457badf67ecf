-- Queries behind dyad events, dyad timeline and dyad expectations (EventQueries). Columns of type JSON are
-- shown as objects in JSON Lines and left out of tables and CSV, where flat columns stand for them.

-- name: events
-- Parameters: dyad source key, dyad target key (both null: any), the symmetric roots ('04,05,06,19': their
-- events match the dyad in either order), since, until (an event matches when its date window reaches into them).
SELECT event_no, event_id, date, modality, source_code, target_code, source_key, target_key, cameo, root,
       quad_class, goldstein, plover, num_mentions, num_articles, num_sources, first_seen, last_seen,
       first_article, source_url, source, target, location, evidence->>'text' AS evidence_text
FROM events
WHERE (CAST(?1 AS VARCHAR) IS NULL
       OR (source_key = ?1 AND target_key = ?2)
       OR (list_contains(string_split(?3, ','), root) AND source_key = ?2 AND target_key = ?1))
  AND (CAST(?4 AS DATE) IS NULL OR coalesce(win_to, win_from) >= CAST(?4 AS DATE))
  AND (CAST(?5 AS DATE) IS NULL OR coalesce(win_from, win_to) <= CAST(?5 AS DATE))
ORDER BY coalesce(win_from, first_seen) NULLS LAST, event_no;

-- name: timeline
-- Events that happened (asserted), by month or year of their date; events dated less precisely than the
-- period are left out. Parameters: period length (7 month, 4 year), dyad source, dyad target, symmetric roots.
SELECT substr(date, 1, ?1) AS period,
       count(*) AS events,
       round(sum(goldstein), 2) AS goldstein_sum,
       round(avg(goldstein), 2) AS goldstein_mean,
       count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
       count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
       count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
       count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
       CAST(sum(num_mentions) AS BIGINT) AS mentions
FROM events
WHERE modality = 'asserted' AND length(date) >= ?1 AND length(date) <> 3
  AND (CAST(?2 AS VARCHAR) IS NULL
       OR (source_key = ?2 AND target_key = ?3)
       OR (list_contains(string_split(?4, ','), root) AND source_key = ?3 AND target_key = ?2))
GROUP BY period
ORDER BY period;

-- name: expectations
-- Parameter: status (null: all).
SELECT expectation_id, status, late, source_key, target_key, cameo, modality, window_from, window_to,
       asserted_by, asserted_date, decided_by, decided_date, reports, source, target,
       asserted_evidence, decided_evidence
FROM expectations
WHERE CAST(?1 AS VARCHAR) IS NULL OR status = ?1
ORDER BY window_from NULLS LAST, asserted_date NULLS LAST, expectation_id;

-- name: all_events
SELECT * FROM events ORDER BY event_no;
