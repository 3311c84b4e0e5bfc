-- Funnel Math: conversion from each stage to the next, as STAGE_CONVERSION computes it.
-- Layout log: one row per record holding its furthest stage and its status. Dialect: BigQuery (GoogleSQL). Stages: 5.
-- Stage names match ignoring case and surrounding white space; an unknown stage stops the query.
-- Status: open (or blank, FALSE, 0); won counts at the last stage; lost, closed (TRUE, 1) stop where they are; deleted is left out; any other value stops the query.
-- Open records are left out of the rate of the stage they sit at (open_records exclude).
WITH stage_list AS (
  SELECT 0 AS stage_index, 'Lead' AS stage
  UNION ALL SELECT 1, 'MQL'
  UNION ALL SELECT 2, 'SQL'
  UNION ALL SELECT 3, 'Opportunity'
  UNION ALL SELECT 4, 'Customer'
),
spellings AS (
  SELECT raw, status_raw, COUNT(*) AS records
  FROM (SELECT CAST(`stage` AS STRING) AS raw, CAST(`status` AS STRING) AS status_raw FROM `my-project`.`pipedrive`.`deals`) AS source
  GROUP BY raw, status_raw
),
keyed AS (
  SELECT records,
    CASE WHEN stage_text IS NULL OR stage_text = '' THEN NULL
      ELSE CASE TRANSLATE(stage_text, 'ACDEFGILMNOPQRSTUY', 'acdefgilmnopqrstuy')
        WHEN 'lead' THEN 0
        WHEN 'mql' THEN 1
        WHEN 'sql' THEN 2
        WHEN 'opportunity' THEN 3
        WHEN 'customer' THEN 4
        WHEN 'lead in' THEN 0
        WHEN 'contact made' THEN 1
        WHEN 'qualified' THEN 2
        WHEN 'proposal made' THEN 3
        WHEN 'negotiations started' THEN 3
        ELSE ERROR(CONCAT('FUNNEL_SQL: data: "', stage_text, '" is not in stage_order: add it to the stages or correct the record'))
      END
    END AS stage_index,
    CASE WHEN stage_text IS NULL OR stage_text = '' THEN NULL
      WHEN status_text IS NULL OR status_text = '' THEN 0
      ELSE CASE TRANSLATE(status_text, 'ABCDEFGHILNOPRSTUVWYZÖĘАВГДЕИКЛНОПРТУЫЯ', 'abcdefghilnoprstuvwyzöęавгдеиклнопртуыя')
        WHEN 'open' THEN 0
        WHEN 'false' THEN 0
        WHEN '0' THEN 0
        WHEN 'öppen' THEN 0
        WHEN 'offen' THEN 0
        WHEN 'открыта' THEN 0
        WHEN 'открытая' THEN 0
        WHEN 'otwarta' THEN 0
        WHEN 'otwarty' THEN 0
        WHEN '进行中' THEN 0
        WHEN 'won' THEN 1
        WHEN 'closed won' THEN 1
        WHEN 'vunnen' THEN 1
        WHEN 'gewonnen' THEN 1
        WHEN 'выиграна' THEN 1
        WHEN 'выигранная' THEN 1
        WHEN 'wygrana' THEN 1
        WHEN 'wygrany' THEN 1
        WHEN '赢单' THEN 1
        WHEN 'lost' THEN 2
        WHEN 'closed lost' THEN 2
        WHEN 'förlorad' THEN 2
        WHEN 'verloren' THEN 2
        WHEN 'проиграна' THEN 2
        WHEN 'проигранная' THEN 2
        WHEN 'przegrana' THEN 2
        WHEN 'przegrany' THEN 2
        WHEN '输单' THEN 2
        WHEN 'closed' THEN 2
        WHEN 'true' THEN 2
        WHEN '1' THEN 2
        WHEN 'deleted' THEN 3
        WHEN 'borttagen' THEN 3
        WHEN 'gelöscht' THEN 3
        WHEN 'удалена' THEN 3
        WHEN 'usunięta' THEN 3
        WHEN '已删除' THEN 3
        ELSE ERROR(CONCAT('FUNNEL_SQL: data: status "', status_text, '" is no status this reads: use open, won, lost or deleted (also TRUE/FALSE as Salesforce\'s IsClosed)'))
      END
    END AS status_code
  FROM (SELECT records, TRIM(raw, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF') AS stage_text, TRIM(status_raw, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF') AS status_text FROM spellings) AS trimmed
),
furthest AS (
  SELECT CASE WHEN status_code = 3 THEN NULL
      WHEN status_code = 1 THEN 4
      ELSE stage_index END AS stage_index,
    records,
    CASE WHEN status_code = 0 AND stage_index IS NOT NULL AND stage_index <> 4 THEN records ELSE 0 END AS open_records
  FROM keyed
),
stopped AS (
  SELECT stage_index, SUM(records) AS records, SUM(open_records) AS open_records
  FROM furthest
  WHERE stage_index IS NOT NULL
  GROUP BY stage_index
),
reached AS (
  SELECT s.stage_index, s.stage,
    CAST(SUM(COALESCE(t.records, 0)) OVER (ORDER BY s.stage_index DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS INT64) AS records_reached,
    CAST(COALESCE(t.open_records, 0) AS INT64) AS open_records
  FROM stage_list AS s LEFT JOIN stopped AS t ON t.stage_index = s.stage_index
)
SELECT stage, records_reached,
  CASE WHEN records_reached - open_records = 0 THEN NULL
    ELSE CAST(LEAD(records_reached) OVER (ORDER BY stage_index) AS FLOAT64) / CAST(records_reached - open_records AS FLOAT64)
  END AS conversion_to_next
FROM reached
ORDER BY stage_index;
