-- The dyad event store, schema version 1: every table, index and view, in one file.
-- Statements are separated by ';' at the end of a line. Run on every open: all of it is idempotent.

-- What wrote this store: schema_version, coder_version, dictionary_version (updated at each ingest).
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per distinct article text. Idempotent ingest: a body already here (by content hash), or the same URL
-- with the same normalised text, is "already known" and not stored again.
CREATE TABLE IF NOT EXISTS articles (
    article_key   VARCHAR PRIMARY KEY,   -- content hash: SHA-256 of the body
    seq           INTEGER NOT NULL,      -- ingest order 1, 2, 3, ...
    id            VARCHAR NOT NULL,      -- the article's id: file name, container id or URL
    url           VARCHAR,
    outlet        VARCHAR,               -- the container's source or site name, else the URL's host
    title         VARCHAR,
    published     DATE,
    text_print    VARCHAR NOT NULL,      -- SHA-256 of the normalised text (case, spacing and punctuation folded)
    minhash       BIGINT[] NOT NULL,     -- MinHash signature of the text's word 5-shingles
    source_text   VARCHAR NOT NULL,      -- article_key of the first article of its near-duplicate family (itself if none)
    similarity    DOUBLE,                -- estimated Jaccard similarity to source_text, when that is another article
    num_mentions  INTEGER NOT NULL,
    coder_version VARCHAR,
    ingested_at   TIMESTAMP NOT NULL,
    body          VARCHAR                -- the article's text: evidence offsets index into it
);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_print ON articles (text_print);

-- Locality-sensitive hashing of the MinHash signatures: articles sharing a bucket in some band are candidates.
CREATE TABLE IF NOT EXISTS article_bands (
    band        INTEGER NOT NULL,
    bucket      BIGINT NOT NULL,
    article_key VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS article_bands_bucket ON article_bands (band, bucket);

-- One coded record (SPEC section 2) per row, with the merge key and date window that MentionMerger gives it and
-- the event it was merged into.
CREATE TABLE IF NOT EXISTS mentions (
    article_key  VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,       -- the record's place in its article's output
    seq          INTEGER NOT NULL,       -- the article's ingest order
    mention_id   VARCHAR NOT NULL,       -- the coder's event_id
    article      VARCHAR NOT NULL,
    article_date DATE,
    source       JSON,
    target       JSON,
    source_key   VARCHAR,
    target_key   VARCHAR,
    source_code  VARCHAR,
    target_code  VARCHAR,
    cameo        VARCHAR NOT NULL,
    root         VARCHAR NOT NULL,
    quad_class   INTEGER,
    goldstein    DOUBLE,
    plover       VARCHAR,
    date         VARCHAR,
    date_basis   VARCHAR,
    modality     VARCHAR NOT NULL,
    location     JSON,
    attribution  VARCHAR,
    evidence     JSON,
    confidence   DOUBLE,
    merge_key    VARCHAR NOT NULL,
    win_from     DATE,
    win_to       DATE,
    event_id     VARCHAR NOT NULL,
    record       JSON NOT NULL,          -- the record exactly as the coder gave it
    PRIMARY KEY (article_key, ordinal)
);
CREATE INDEX IF NOT EXISTS mentions_merge_key ON mentions (merge_key);

-- The merged happenings. Counts and dates are recomputed from the mentions whenever a mention joins.
CREATE TABLE IF NOT EXISTS events (
    event_id      VARCHAR PRIMARY KEY,
    event_no      BIGINT NOT NULL,       -- 1, 2, 3 ... in order of creation (GDELT's GLOBALEVENTID)
    merge_key     VARCHAR NOT NULL,
    source        JSON,
    target        JSON,
    source_key    VARCHAR,
    target_key    VARCHAR,
    source_code   VARCHAR,
    target_code   VARCHAR,
    cameo         VARCHAR NOT NULL,
    root          VARCHAR NOT NULL,
    quad_class    INTEGER,
    goldstein     DOUBLE,
    plover        VARCHAR,
    date          VARCHAR,               -- ISO 8601 at its precision, from the best mention
    win_from      DATE,                  -- the days all its mentions' dates allow
    win_to        DATE,
    modality      VARCHAR NOT NULL,      -- asserted if any mention asserts it, else negated, planned, expected, possible
    location      JSON,
    evidence      JSON,                  -- the evidence of its representative mention
    confidence    DOUBLE,
    num_mentions  INTEGER NOT NULL,
    num_articles  INTEGER NOT NULL,      -- distinct articles
    num_sources   INTEGER NOT NULL,      -- distinct source texts: near-duplicate articles count once
    first_seen    DATE,                  -- the earliest and latest publication date of its articles
    last_seen     DATE,
    first_article VARCHAR NOT NULL,
    source_url    VARCHAR
);
CREATE INDEX IF NOT EXISTS events_merge_key ON events (merge_key);

-- Planned and expected events followed to their outcome (ExpectationRule). Recomputed per merge key.
CREATE TABLE IF NOT EXISTS expectations (
    expectation_id    VARCHAR NOT NULL,
    merge_key         VARCHAR NOT NULL,
    source            JSON,
    target            JSON,
    source_key        VARCHAR,
    target_key        VARCHAR,
    cameo             VARCHAR NOT NULL,
    modality          VARCHAR NOT NULL,
    window_from       DATE,
    window_to         DATE,
    status            VARCHAR NOT NULL,  -- open, fulfilled, cancelled, postponed, expired
    late              BOOLEAN NOT NULL,
    asserted_by       VARCHAR NOT NULL,
    asserted_date     DATE,
    asserted_evidence VARCHAR,
    decided_by        VARCHAR,
    decided_date      DATE,
    decided_evidence  VARCHAR,
    reports           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS expectations_merge_key ON expectations (merge_key);

-- Inputs that could not be read or coded. The same failure seen again updates its row.
CREATE TABLE IF NOT EXISTS errors (
    article    VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    last_seen  TIMESTAMP NOT NULL,
    times      INTEGER NOT NULL,
    PRIMARY KEY (article, reason)
);

-- The "one-a-day" filter of the event-data literature: one row per date, source, target and code, for events
-- that happened (asserted) and are dated to the day.
CREATE OR REPLACE VIEW one_a_day AS
SELECT CAST(date AS DATE) AS day, source_key, target_key, cameo,
       count(*) AS events, sum(num_mentions) AS mentions, min(event_no) AS first_event_no
FROM events
WHERE modality = 'asserted' AND length(date) = 10
GROUP BY ALL;
