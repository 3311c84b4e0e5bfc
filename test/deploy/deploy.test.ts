/**
 * The deploy path of SPEC §7, run offline as far as clasp allows: which files clasp would push
 * (`clasp status` needs no credentials), the manifest's scopes, the script-id handling of
 * `deploy:create` / `deploy:bind` (clasp replaced by a recording stand-in for `create` and `push`),
 * and the message when no id is set yet.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readManifest } from "../harness/manifest";
import { at } from "../harness/at";

const ROOT = join(__dirname, "..", "..");
const DEPLOY = join(ROOT, "build", "deploy.ts");
const CLASP = join(ROOT, "node_modules", "@google", "clasp", "build", "src", "index.js");
const SCRIPT_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopq";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "deploy-test-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deploy(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", DEPLOY, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A clasp stand-in that records its arguments and working folder, and acts like `clasp create`. */
function fakeClasp(): { command: string; calls: () => { args: string[]; cwd: string }[] } {
  const log = join(dir, "clasp-calls.jsonl");
  const command = join(dir, "fake-clasp.mjs");
  writeFileSync(
    command,
    `#!${process.execPath}
import { appendFileSync, writeFileSync } from "node:fs";
const args = process.argv.slice(2);
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, cwd: process.cwd() }) + "\\n");
if (args[0] === "create") {
  writeFileSync(".clasp.json", JSON.stringify({ scriptId: "${SCRIPT_ID}", rootDir: "dist", parentId: ["sheet-id"] }));
}
`,
  );
  chmodSync(command, 0o755);
  return {
    command,
    calls: () =>
      readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { args: string[]; cwd: string }),
  };
}

describe("deploying with clasp", () => {
  it("the committed .clasp.json has no placeholder id and pushes dist/", () => {
    const project: unknown = JSON.parse(readFileSync(join(ROOT, ".clasp.json"), "utf8"));
    expect(project).toEqual({ rootDir: "dist" });
  });

  it("with no id, deploy says what to do and exits non-zero without calling clasp", () => {
    const project = join(dir, ".clasp.json");
    writeFileSync(project, JSON.stringify({ rootDir: "dist" }));
    const clasp = fakeClasp();
    for (const command of ["check", "push"]) {
      const { status, out } = deploy([command, "--project", project], { CLASP: clasp.command });
      expect(status).toBe(1);
      expect(out).toContain("npm run deploy:create");
      expect(out).toContain("npm run deploy:bind -- <scriptId>");
    }
    expect(() => clasp.calls()).toThrow(); // no call was logged
  });

  it("deploy:bind writes the id, keeps rootDir dist, and refuses what is no script id", () => {
    const project = join(dir, ".clasp.json");
    writeFileSync(project, JSON.stringify({ rootDir: "dist" }));
    expect(deploy(["bind", "not an id", "--project", project]).status).toBe(1);
    expect(deploy(["bind", "--project", project]).status).toBe(1);
    expect(JSON.parse(readFileSync(project, "utf8"))).toEqual({ rootDir: "dist" });
    const { status, out } = deploy(["bind", SCRIPT_ID, "--project", project]);
    expect(status).toBe(0);
    expect(out).toContain("npm run deploy");
    expect(JSON.parse(readFileSync(project, "utf8"))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: "dist",
    });
  });

  it('deploy:create runs clasp create for a bound "Funnel Math" script aside and takes its id', () => {
    const project = join(dir, ".clasp.json");
    writeFileSync(project, JSON.stringify({ rootDir: "dist" }));
    const clasp = fakeClasp();
    const { status } = deploy(["create", "--project", project], { CLASP: clasp.command });
    expect(status).toBe(0);
    const call = at(clasp.calls(), 0);
    expect(call.args).toEqual([
      "create",
      "--type",
      "sheets",
      "--title",
      "Funnel Math",
      "--rootDir",
      "dist",
    ]);
    expect(call.cwd).not.toBe(ROOT);
    expect(call.cwd).not.toBe(dir);
    expect(JSON.parse(readFileSync(project, "utf8"))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: "dist",
      parentId: "sheet-id",
    });
    // Once an id is set, create refuses rather than replacing it.
    expect(deploy(["create", "--project", project], { CLASP: clasp.command }).status).toBe(1);
  });

  it("push runs clasp push --force against the project", () => {
    const project = join(dir, ".clasp.json");
    writeFileSync(project, JSON.stringify({ scriptId: SCRIPT_ID, rootDir: "dist" }));
    const clasp = fakeClasp();
    expect(deploy(["push", "--project", project], { CLASP: clasp.command }).status).toBe(0);
    expect(clasp.calls()).toEqual([{ args: ["-P", project, "push", "--force"], cwd: dir }]);
  });

  it("clasp would push every file of dist/ (Code.js, each HTML page, the manifest), nothing else", () => {
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    const project = join(dir, ".clasp.json");
    writeFileSync(project, JSON.stringify({ rootDir: "dist" }));
    expect(deploy(["bind", SCRIPT_ID, "--project", project]).status).toBe(0);
    const status = spawnSync(process.execPath, [CLASP, "--json", "status"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(status.status).toBe(0);
    const { filesToPush } = JSON.parse(status.stdout) as { filesToPush: string[] };
    const built = readdirSync(join(ROOT, "dist"))
      .map((f) => `dist/${f}`)
      .sort();
    expect(built).toEqual([
      "dist/Code.js",
      "dist/appsscript.json",
      "dist/chooseFunnel.html",
      "dist/newPlan.html",
      "dist/sidebar.html",
      "dist/sqlExport.html",
    ]);
    expect([...filesToPush].sort()).toEqual(built);
    const manifest = readManifest(join(ROOT, "dist", "appsscript.json"));
    expect([...(manifest.oauthScopes ?? [])].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });

  it("without credentials, a real clasp push fails at once (no network attempt)", () => {
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    writeFileSync(
      join(dir, ".clasp.json"),
      JSON.stringify({ scriptId: SCRIPT_ID, rootDir: "dist" }),
    );
    const result = spawnSync(process.execPath, [CLASP, "push", "--force"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, HOME: dir, clasp_config_auth: join(dir, "none") },
      timeout: 30_000,
    });
    expect(`${result.stdout}${result.stderr}`).toMatch(/No credentials found/);
    expect(result.status).not.toBe(0);
  });
});
