// Deploying the add-on with clasp (SPEC §7). `.clasp.json` is committed without a script id:
//   deploy.ts create         a new spreadsheet-bound script titled "Funnel Math"
//   deploy.ts bind <id>      an existing script, by its id (Apps Script ▸ Project settings)
//   deploy.ts check          exits 1 with what to do when no script id is set yet
//   deploy.ts push           clasp push --force of dist/ (npm run deploy builds first)
// (run as `node --import tsx build/deploy.ts …`, as package.json's deploy scripts do)
// `clasp create` refuses to run where a .clasp.json exists ("Project file already exists.", exit 0),
// so `create` runs it in a temporary folder and copies the new id into ours. `clasp push` without
// --force answers its own "overwrite the manifest?" question with No when not in a terminal.
// Options for tests: --project <file> (default: the repo's .clasp.json); CLASP=<command> replaces
// the clasp binary.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { messageOf } from "../src/core/messageOf";

const ROOT = join(__dirname, "..");
export const TITLE = "Funnel Math";
/** Apps Script ids are long base64url-like strings (letters, digits, - and _). */
const SCRIPT_ID = /^[\w-]{20,}$/;

export const NO_ID_MESSAGE = `No Apps Script project is set in .clasp.json yet (no "scriptId").
Do one of these once, after \`npx clasp login\`:
  npm run deploy:create             creates a new Google Sheets spreadsheet with a bound script titled "${TITLE}"
  npm run deploy:bind -- <scriptId> uses an existing script (its id: Apps Script editor ▸ Project settings ▸ IDs)
Then run \`npm run deploy\` again.`;

/** What .clasp.json holds that we read or write. */
export interface ClaspProject {
  scriptId?: string;
  rootDir: string;
  parentId?: string | string[];
}

function claspCommand(): { command: string; prefix: string[] } {
  const custom = process.env.CLASP;
  if (custom) return { command: custom, prefix: [] };
  return {
    command: process.execPath,
    prefix: [join(ROOT, "node_modules", "@google", "clasp", "build", "src", "index.js")],
  };
}

function runClasp(args: string[], cwd: string): number {
  const { command, prefix } = claspCommand();
  const result = spawnSync(command, [...prefix, ...args], { cwd, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function readProject(file: string): ClaspProject {
  if (!existsSync(file)) return { rootDir: "dist" };
  return JSON.parse(readFileSync(file, "utf8")) as ClaspProject;
}

/** Writes the id into the project file, keeping rootDir "dist" (and nothing else of clasp's). */
export function writeScriptId(
  file: string,
  scriptId: string | undefined,
  parentId?: string,
): ClaspProject {
  if (typeof scriptId !== "string" || !SCRIPT_ID.test(scriptId)) {
    throw new Error(
      `"${scriptId ?? ""}" is not an Apps Script id: copy it from the Apps Script editor ▸ Project settings ▸ IDs (a long string of letters, digits, - and _).`,
    );
  }
  const project: ClaspProject = { scriptId, rootDir: "dist", ...(parentId ? { parentId } : {}) };
  writeFileSync(file, `${JSON.stringify(project, null, 2)}\n`);
  return project;
}

function create(projectFile: string): number {
  const project = readProject(projectFile);
  if (project.scriptId) {
    console.error(
      `.clasp.json already names the script ${project.scriptId}; remove its "scriptId" first to create another.`,
    );
    return 1;
  }
  const aside = mkdtempSync(join(tmpdir(), "funnel-math-clasp-"));
  try {
    const status = runClasp(
      ["create", "--type", "sheets", "--title", TITLE, "--rootDir", "dist"],
      aside,
    );
    const created = readProject(join(aside, ".clasp.json"));
    if (status !== 0 || !created.scriptId) {
      console.error(
        "clasp create did not create a script (see above; did you run `npx clasp login`?).",
      );
      return status || 1;
    }
    const parentId = Array.isArray(created.parentId) ? created.parentId[0] : created.parentId;
    writeScriptId(projectFile, created.scriptId, parentId);
    console.log(
      `Created "${TITLE}" (script ${created.scriptId}); .clasp.json now points at it. Next: npm run deploy`,
    );
    return 0;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

function bind(projectFile: string, scriptId: string | undefined): number {
  try {
    writeScriptId(projectFile, scriptId);
  } catch (e) {
    console.error(messageOf(e));
    return 1;
  }
  console.log(`.clasp.json now points at script ${scriptId}. Next: npm run deploy`);
  return 0;
}

function check(projectFile: string): number {
  if (readProject(projectFile).scriptId) return 0;
  console.error(NO_ID_MESSAGE);
  return 1;
}

function push(projectFile: string): number {
  if (check(projectFile) !== 0) return 1;
  return runClasp(["-P", projectFile, "push", "--force"], dirname(projectFile));
}

function main(argv: string[]): number {
  const args = [...argv];
  const at = args.indexOf("--project");
  const projectFile = (at >= 0 ? args.splice(at, 2)[1] : undefined) ?? join(ROOT, ".clasp.json");
  const [command, value] = args;
  if (command === "create") return create(projectFile);
  if (command === "bind") return bind(projectFile, value);
  if (command === "check") return check(projectFile);
  if (command === "push") return push(projectFile);
  console.error("Usage: deploy.ts create | bind <scriptId> | check | push [--project <file>]");
  return 2;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
