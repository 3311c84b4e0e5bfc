/**
 * `npm start`'s launcher as a user runs it: it builds, prints the URL, serves, and on Ctrl-C
 * (SIGINT) closes the server and exits 0 with nothing left listening.
 */
import { spawn } from "node:child_process";
import { createServer, connect } from "node:net";
import { join } from "node:path";
import { at } from "../harness/at";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("npm start (preview/start.ts)", () => {
  it("prints the URL, serves the preview, and exits 0 on SIGINT leaving the port closed", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "preview", "start.ts")], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code)),
    );
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Funnel Math preview: (http:\/\/localhost:\d+)/.exec(output);
        if (match) resolve(at(match, 1));
      });
      child.once("exit", () => reject(new Error(`exited before serving:\n${output}`)));
    });
    expect(url).toBe(`http://localhost:${port}`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Funnel Math");

    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(await isListening(port)).toBe(false);
  });
});
