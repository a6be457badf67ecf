-- The events in the column order of the GDELT 2.0 event table (61 columns, tab-separated, no header), so tools
-- written for GDELT read dyad's events. What dyad does not know is left empty: ethnic and religion codes, actor
-- geography, ADM codes, feature ids; AvgTone is 0. Country codes are ISO 3166-1 alpha-3 (GDELT's geo columns use
-- FIPS 10-4: dyad keeps no FIPS table). SQLDATE is the start of the event's date window, DATEADDED the day its first
-- article was published.

-- name: select
SELECT
    event_no                                                   AS GLOBALEVENTID,
    strftime(coalesce(win_from, first_seen), '%Y%m%d')         AS SQLDATE,
    strftime(coalesce(win_from, first_seen), '%Y%m')           AS MonthYear,
    strftime(coalesce(win_from, first_seen), '%Y')             AS Year,
    round(year(coalesce(win_from, first_seen)) + (dayofyear(coalesce(win_from, first_seen)) - 1) / 365.0, 4) AS FractionDate,
    coalesce(source_code, '')                                  AS Actor1Code,
    clean(coalesce(source->>'name', source->>'text'))          AS Actor1Name,
    coalesce(source->>'country', '')                           AS Actor1CountryCode,
    CASE WHEN substr(source_code, 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') THEN substr(source_code, 1, 6) ELSE '' END AS Actor1KnownGroupCode,
    ''                                                         AS Actor1EthnicCode,
    ''                                                         AS Actor1Religion1Code,
    ''                                                         AS Actor1Religion2Code,
    coalesce(source->>'sector', '')                            AS Actor1Type1Code,
    ''                                                         AS Actor1Type2Code,
    ''                                                         AS Actor1Type3Code,
    coalesce(target_code, '')                                  AS Actor2Code,
    clean(coalesce(target->>'name', target->>'text'))          AS Actor2Name,
    coalesce(target->>'country', '')                           AS Actor2CountryCode,
    CASE WHEN substr(target_code, 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') THEN substr(target_code, 1, 6) ELSE '' END AS Actor2KnownGroupCode,
    ''                                                         AS Actor2EthnicCode,
    ''                                                         AS Actor2Religion1Code,
    ''                                                         AS Actor2Religion2Code,
    coalesce(target->>'sector', '')                            AS Actor2Type1Code,
    ''                                                         AS Actor2Type2Code,
    ''                                                         AS Actor2Type3Code,
    CASE WHEN CAST(evidence->>'sentence' AS INTEGER) = 0 THEN 1 ELSE 0 END AS IsRootEvent,
    cameo                                                      AS EventCode,
    substr(cameo, 1, 3)                                        AS EventBaseCode,
    root                                                       AS EventRootCode,
    quad_class                                                 AS QuadClass,
    goldstein                                                  AS GoldsteinScale,
    num_mentions                                               AS NumMentions,
    num_sources                                                AS NumSources,
    num_articles                                               AS NumArticles,
    0                                                          AS AvgTone,
    '' AS Actor1Geo_Type, '' AS Actor1Geo_FullName, '' AS Actor1Geo_CountryCode, '' AS Actor1Geo_ADM1Code,
    '' AS Actor1Geo_ADM2Code, '' AS Actor1Geo_Lat, '' AS Actor1Geo_Long, '' AS Actor1Geo_FeatureID,
    '' AS Actor2Geo_Type, '' AS Actor2Geo_FullName, '' AS Actor2Geo_CountryCode, '' AS Actor2Geo_ADM1Code,
    '' AS Actor2Geo_ADM2Code, '' AS Actor2Geo_Lat, '' AS Actor2Geo_Long, '' AS Actor2Geo_FeatureID,
    CASE WHEN location IS NULL THEN '' WHEN location->>'lat' IS NOT NULL THEN '4' ELSE '1' END AS ActionGeo_Type,
    clean(location->>'name')                                   AS ActionGeo_FullName,
    coalesce(location->>'country', '')                         AS ActionGeo_CountryCode,
    ''                                                         AS ActionGeo_ADM1Code,
    ''                                                         AS ActionGeo_ADM2Code,
    coalesce(location->>'lat', '')                             AS ActionGeo_Lat,
    coalesce(location->>'lon', '')                             AS ActionGeo_Long,
    ''                                                         AS ActionGeo_FeatureID,
    coalesce(strftime(first_seen, '%Y%m%d') || '000000', '')   AS DATEADDED,
    clean(coalesce(source_url, first_article))                 AS SOURCEURL
FROM events
ORDER BY event_no;
