/**
 * The workbook the preview opens on (SPEC §7), built through the add-on's own code, as a user
 * would: the Inbound funnel from the stage editor's createFunnel, the annual plan from its menu
 * command (defaults: 100 000 target, 10 000 deal size), the menu from onOpen, and the stage
 * editor open. Returns notices for whatever this build of the add-on cannot do yet.
 */
import type { Addon } from "../fakes/addon";
import { inboundPreset } from "../src/i18n/presets/inbound";
import type { CreateResult } from "../src/wire/stageApi";
import { messageOf } from "../src/core/messageOf";
import { runNewPlan } from "../fakes/newPlan";

const ANNUAL_PLAN_COMMAND = "newAnnualPlan";

export function buildDefaultWorkbook(addon: Addon): string[] {
  const notices: string[] = [];
  const { book, bundle } = addon;
  bundle.call("onOpen", { authMode: "LIMITED" });

  const blank = book.getSheets()[0];
  const created = addon.run<CreateResult>("createFunnel", {
    name: "Funnel",
    stages: inboundPreset("en").stages,
  });
  if (!created.ok) notices.push(`Could not create the Inbound funnel: ${created.message}`);
  // A new spreadsheet's empty "Sheet1" adds nothing to the demo; the funnel takes its place.
  else if (blank && blank.getLastRow() === 0) book.deleteSheet(blank);

  if (bundle.has(ANNUAL_PLAN_COMMAND)) {
    try {
      // New plan asks the plan's figures first: the demo takes the ones its dialog offers.
      runNewPlan(addon, ANNUAL_PLAN_COMMAND);
    } catch (e) {
      notices.push(`${ANNUAL_PLAN_COMMAND} failed: ${messageOf(e)}`);
    }
  } else {
    notices.push(
      `This build has no ${ANNUAL_PLAN_COMMAND} command yet: the preview shows the funnel only.`,
    );
  }

  try {
    bundle.call("showStageEditor");
  } catch (e) {
    notices.push(`The stage editor sidebar could not open (${messageOf(e)}).`);
  }
  return notices;
}
