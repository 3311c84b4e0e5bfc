-- Funnel Math: conversion from each stage to the next, as STAGE_CONVERSION computes it.
-- Layout history: one row per stage a record entered (record id, stage). Dialect: BigQuery (GoogleSQL). Stages: 4.
-- Stage names match ignoring case and surrounding white space; an unknown stage stops the query.
-- Open records are left out of the rate of the stage they sit at (open_records exclude).
WITH stage_list AS (
  SELECT 0 AS stage_index, 'Lead' AS stage
  UNION ALL SELECT 1, 'SQL'
  UNION ALL SELECT 2, 'Opportunity'
  UNION ALL SELECT 3, 'Customer'
),
spellings AS (
  SELECT DISTINCT raw FROM (SELECT CAST(`stage` AS STRING) AS raw FROM `my-project`.`hubspot`.`deal_stage_history` WHERE `deal_id` IS NOT NULL) AS source
),
keyed AS (
  SELECT raw,
    CASE WHEN stage_text IS NULL OR stage_text = '' THEN NULL
      ELSE CASE TRANSLATE(stage_text, 'ACDEHILMNOPQRSTUWY', 'acdehilmnopqrstuwy')
        WHEN 'lead' THEN 0
        WHEN 'sql' THEN 1
        WHEN 'opportunity' THEN 2
        WHEN 'customer' THEN 3
        WHEN 'appointment scheduled' THEN 1
        WHEN 'contract sent' THEN 2
        WHEN 'closed won' THEN 3
        WHEN 'closed lost' THEN NULL
        ELSE ERROR(CONCAT('FUNNEL_SQL: data: "', stage_text, '" is not in stage_order: add it to the stages or correct the record'))
      END
    END AS stage_index,
    CASE WHEN stage_text IS NULL OR stage_text = '' THEN 0
      WHEN TRANSLATE(stage_text, 'ACDEHILMNOPQRSTUWY', 'acdehilmnopqrstuwy') IN ('closed lost') THEN 1 ELSE 0
    END AS is_lost
  FROM (SELECT raw, TRIM(raw, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF') AS stage_text FROM spellings) AS trimmed
),
furthest AS (
  SELECT stage_index, records,
    CASE WHEN stage_index = 3 OR closing = 1 THEN 0 ELSE 1 END AS open_records
  FROM (
    SELECT MAX(e.stage_index) AS stage_index, 1 AS records,
      MAX(CASE WHEN e.latest_at IS NULL THEN e.is_lost
        WHEN e.is_lost = 1 AND e.changed_at = e.latest_at THEN 1 ELSE 0 END) AS closing
    FROM (
      SELECT d.record_id, k.stage_index, k.is_lost, d.changed_at,
        MAX(CASE WHEN k.stage_index IS NOT NULL OR k.is_lost = 1 THEN d.changed_at END) OVER (PARTITION BY d.record_id) AS latest_at
      FROM (SELECT `deal_id` AS record_id, CAST(`stage` AS STRING) AS raw, `changed_at` AS changed_at FROM `my-project`.`hubspot`.`deal_stage_history` WHERE `deal_id` IS NOT NULL) AS d
      JOIN keyed AS k ON k.raw = d.raw
    ) AS e
    GROUP BY e.record_id
  ) AS per_record
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
