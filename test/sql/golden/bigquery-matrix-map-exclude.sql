-- Funnel Math: conversion from each stage to the next, as STAGE_CONVERSION computes it.
-- Layout matrix: one row per record, one date column per stage. Dialect: BigQuery (GoogleSQL). Stages: 4.
-- Stage names match ignoring case and surrounding white space; an unknown stage stops the query.
-- Open records are left out of the rate of the stage they sit at (open_records exclude).
WITH stage_list AS (
  SELECT 0 AS stage_index, 'Lead' AS stage
  UNION ALL SELECT 1, 'SQL'
  UNION ALL SELECT 2, 'Opportunity'
  UNION ALL SELECT 3, 'Customer'
),
furthest AS (
  SELECT stage_index, records,
    CASE WHEN lost OR stage_index = 3 THEN 0 ELSE 1 END AS open_records
  FROM (
  SELECT
    CASE
      WHEN CASE WHEN cell_2 IS NULL THEN FALSE
        WHEN STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', LEFT(cell_2, 1)) = 0 AND STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', RIGHT(cell_2, 1)) = 0 THEN LOWER(cell_2) NOT IN ('', 'false', '0')
        ELSE LOWER(TRIM(cell_2, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF')) NOT IN ('', 'false', '0') END THEN 3
      WHEN CASE WHEN cell_1 IS NULL THEN FALSE
        WHEN STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', LEFT(cell_1, 1)) = 0 AND STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', RIGHT(cell_1, 1)) = 0 THEN LOWER(cell_1) NOT IN ('', 'false', '0')
        ELSE LOWER(TRIM(cell_1, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF')) NOT IN ('', 'false', '0') END THEN 2
      WHEN CASE WHEN cell_0 IS NULL THEN FALSE
        WHEN STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', LEFT(cell_0, 1)) = 0 AND STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', RIGHT(cell_0, 1)) = 0 THEN LOWER(cell_0) NOT IN ('', 'false', '0')
        ELSE LOWER(TRIM(cell_0, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF')) NOT IN ('', 'false', '0') END THEN 1
    END AS stage_index,
    1 AS records,
    (CASE WHEN cell_3 IS NULL THEN FALSE
        WHEN STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', LEFT(cell_3, 1)) = 0 AND STRPOS('\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF', RIGHT(cell_3, 1)) = 0 THEN LOWER(cell_3) NOT IN ('', 'false', '0')
        ELSE LOWER(TRIM(cell_3, '\u0009\u000A\u000B\u000C\u000D \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF')) NOT IN ('', 'false', '0') END) AS lost
  FROM (SELECT CAST(`date_entered_appointmentscheduled` AS STRING) AS cell_0, CAST(`date_entered_contractsent` AS STRING) AS cell_1, CAST(`date_entered_closedwon` AS STRING) AS cell_2, CAST(`date_entered_closedlost` AS STRING) AS cell_3 FROM `crm`.`deals`) AS cells
  ) AS marked
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
