-- Funnel Math: conversion from each stage to the next, as STAGE_CONVERSION computes it.
-- Layout history: one row per stage a record entered (record id, stage). Dialect: BigQuery (GoogleSQL). Stages: 4.
-- Stage names match ignoring case and surrounding white space; an unknown stage stops the query.
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
      ELSE CASE TRANSLATE(stage_text, 'ABCDEFHILMNOPQRSTUWY', 'abcdefhilmnopqrstuwy')
        WHEN 'lead' THEN 0
        WHEN 'sql' THEN 1
        WHEN 'opportunity' THEN 2
        WHEN 'customer' THEN 3
        WHEN 'appointment scheduled' THEN 1
        WHEN 'qualified to buy' THEN 1
        WHEN 'contract sent' THEN 2
        WHEN 'closed won' THEN 3
        WHEN 'closed lost' THEN NULL
        ELSE ERROR(CONCAT('FUNNEL_SQL: data: "', stage_text, '" is not in stage_order: add it to the stages or correct the record'))
      END
    END AS stage_index
  FROM (SELECT raw, TRIM(raw, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF') AS stage_text FROM spellings) AS trimmed
),
furthest AS (
  SELECT MAX(k.stage_index) AS stage_index, 1 AS records
  FROM (SELECT `deal_id` AS record_id, CAST(`stage` AS STRING) AS raw FROM `my-project`.`hubspot`.`deal_stage_history` WHERE `deal_id` IS NOT NULL) AS d
  JOIN keyed AS k ON k.raw = d.raw
  GROUP BY d.record_id
),
stopped AS (
  SELECT stage_index, SUM(records) AS records
  FROM furthest
  WHERE stage_index IS NOT NULL
  GROUP BY stage_index
),
reached AS (
  SELECT s.stage_index, s.stage,
    CAST(SUM(COALESCE(t.records, 0)) OVER (ORDER BY s.stage_index DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS INT64) AS records_reached
  FROM stage_list AS s LEFT JOIN stopped AS t ON t.stage_index = s.stage_index
)
SELECT stage, records_reached,
  CASE WHEN records_reached = 0 THEN NULL
    ELSE CAST(LEAD(records_reached) OVER (ORDER BY stage_index) AS FLOAT64) / CAST(records_reached AS FLOAT64)
  END AS conversion_to_next
FROM reached
ORDER BY stage_index;
