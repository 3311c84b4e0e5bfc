import { openAddon } from "../fakes/addon";
import { FakeWorkbook } from "../fakes/spreadsheet";
import { inboundPreset, presets } from "../src/core/presets";
import type { CreateResult, LoadedFunnel } from "../src/wire/stageApi";
export function dump(which: string): string[] {
  const addon = openAddon(new FakeWorkbook({ Sheet1: [] }));
  addon.run("createFunnel", { name: "Funnel", stages: inboundPreset().stages });
  addon.bundle.call("newAnnualPlan");
  const loaded = addon.run<LoadedFunnel>("loadFunnel", "Funnel");
  addon.counts.reset();
  if (which === "open") {
    addon.bundle.call("showStageEditor");
    addon.run("stageEditorBootData");
  }
  if (which === "save") {
    const f = structuredClone(loaded.funnel);
    f.stages.splice(4, 0, {
      name: "Opp",
      owner: "",
      conversionToNext: 0.4,
      daysInStage: 20,
      entryCriteria: "",
      exitCriteria: "",
    });
    addon.run("saveFunnel", { funnel: f, fingerprint: loaded.fingerprint });
  }
  if (which === "create") {
    const b = presets().find((p) => p.id === "bowtie")!;
    const r = addon.run<CreateResult>("createFunnel", {
      name: "Bowtie",
      stages: b.stages,
      wonStageIndex: b.wonStageIndex,
    });
    if (!r.ok) throw new Error(r.message);
  }
  if (which === "rename") addon.run("renameFunnel", { key: "Funnel", name: "Pipeline" });
  if (which === "delete") {
    addon.run("funnelUsage", "Funnel");
    addon.run("deleteFunnel", "Funnel");
  }
  return [...addon.counts.calls];
}
