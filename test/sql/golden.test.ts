/**
 * BigQuery has no local engine: its queries are pinned as golden files, compared exactly (through
 * the built bundle). Review a diff by reading it; refresh with UPDATE_GOLDEN=1 npx jest test/sql/golden.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCustomFunctions } from "../../fakes/bundle";

const bundle = loadCustomFunctions();
const GOLDEN = join(__dirname, "golden");

const CASES: { file: string; args: unknown[] }[] = [
  {
    file: "bigquery-log-inbound.sql",
    args: [
      [["Visit"], ["Lead"], ["MQL"], ["SQL"], ["Customer"]],
      "my-project.crm.stage_log",
      "stage",
    ],
  },
  {
    file: "bigquery-events-hostile.sql",
    args: [
      [["Lead"], ["MQL's \\ 'fit'"], ["'; DROP TABLE x; --"], ["Won\u00a0\u2028"]],
      "my-project.crm.stage-events",
      [["deal id", "stage"]],
      "events",
      "bigquery",
    ],
  },
  {
    file: "bigquery-matrix-unicode.sql",
    args: [
      [["Πελάτης"], ["İlgi"], ["Воронка"], ["漏斗"]],
      "crm.stage_dates",
      [["visit_date", "lead_date", "mql_date", "won_date"]],
      "matrix",
      "bigquery",
    ],
  },
  {
    // A stage map (CRM name, funnel stage): several CRM names per stage, Closed Lost at none.
    file: "bigquery-history-map.sql",
    args: [
      [
        ["Lead", "Lead"],
        ["SQL", "SQL"],
        ["Appointment Scheduled", "SQL"],
        ["Qualified To Buy", "SQL"],
        ["Opportunity", "Opportunity"],
        ["Contract Sent", "Opportunity"],
        ["Customer", "Customer"],
        ["Closed Won", "Customer"],
        ["Closed Lost", ""],
      ],
      "my-project.hubspot.deal_stage_history",
      [["deal_id", "stage", "changed_at"]],
      "history",
      "bigquery",
    ],
  },
  {
    // Date columns named by the warehouse, paired with the CRM stage each holds.
    file: "bigquery-matrix-map.sql",
    args: [
      [
        ["Lead", "Lead"],
        ["Appointment Scheduled", "SQL"],
        ["Qualified To Buy", "SQL"],
        ["Contract Sent", "Opportunity"],
        ["Closed Won", "Customer"],
        ["Closed Lost", ""],
      ],
      "crm.deals",
      [
        ["date_entered_appointmentscheduled", "Appointment Scheduled"],
        ["date_entered_qualifiedtobuy", "Qualified To Buy"],
        ["date_entered_contractsent", 'Date entered "Contract Sent (Sales Pipeline)"'],
        ["date_entered_closedwon", "Closed Won"],
        ["date_entered_closedlost", "Closed Lost"],
      ],
      "matrix",
    ],
  },
  {
    // Open records left out (open_records "exclude"): a history with its date column …
    file: "bigquery-history-map-exclude.sql",
    args: [
      [
        ["Lead", "Lead"],
        ["SQL", "SQL"],
        ["Appointment Scheduled", "SQL"],
        ["Opportunity", "Opportunity"],
        ["Contract Sent", "Opportunity"],
        ["Customer", "Customer"],
        ["Closed Won", "Customer"],
        ["Closed Lost", ""],
      ],
      "my-project.hubspot.deal_stage_history",
      [["deal_id", "stage", "changed_at"]],
      "history",
      "bigquery",
      "exclude",
    ],
  },
  {
    // … and a matrix with a Closed Lost column.
    file: "bigquery-matrix-map-exclude.sql",
    args: [
      [
        ["Lead", "Lead"],
        ["Appointment Scheduled", "SQL"],
        ["Contract Sent", "Opportunity"],
        ["Closed Won", "Customer"],
        ["Closed Lost", ""],
      ],
      "crm.deals",
      [
        ["date_entered_appointmentscheduled", "Appointment Scheduled"],
        ["date_entered_contractsent", "Contract Sent"],
        ["date_entered_closedwon", "Closed Won"],
        ["date_entered_closedlost", "Closed Lost"],
      ],
      "matrix",
      "bigquery",
      "exclude",
    ],
  },
  {
    // A record log with its status column (Pipedrive's Stage and Status), open deals left out …
    file: "bigquery-log-status-exclude.sql",
    args: [
      [
        ["Lead In", "Lead"],
        ["Contact Made", "MQL"],
        ["Qualified", "SQL"],
        ["Proposal Made", "Opportunity"],
        ["Negotiations Started", "Opportunity"],
        ["", "Customer"],
      ],
      "my-project.pipedrive.deals",
      [["stage", "status"]],
      "log",
      "bigquery",
      "exclude",
    ],
  },
  {
    // … and Salesforce's StageName with IsClosed (a BOOL), every record counted.
    file: "bigquery-log-isclosed.sql",
    args: [
      [
        ["Prospecting", "SQL"],
        ["Qualification", "SQL"],
        ["Proposal/Price Quote", "Opportunity"],
        ["Closed Won", "Customer"],
        ["Closed Lost", ""],
      ],
      "my-project.salesforce.opportunity",
      [["StageName", "IsClosed"]],
      "log",
      "bigquery",
    ],
  },
  {
    file: "bigquery-log-unicode.sql",
    args: [[["Πελάτης"], ["İlgi"], ["Kunde"], ["漏斗 😀"]], "crm.log", "stage"],
  },
];

describe("BigQuery golden files", () => {
  it.each(CASES)("$file", ({ file, args }) => {
    const sql = bundle.call("FUNNEL_SQL", ...args) as string;
    const path = join(GOLDEN, file);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, sql);
    expect(sql).toBe(readFileSync(path, "utf8"));
  });
});
