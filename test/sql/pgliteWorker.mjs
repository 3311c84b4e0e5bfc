// PGlite in a worker thread: it loads its WebAssembly with dynamic import(), which jest's vm
// sandbox refuses, so the tests talk to it through messages ({ id, sql, params } → { id, result }).
import { PGlite } from "@electric-sql/pglite";
import { parentPort } from "node:worker_threads";

const pg = new PGlite();
await pg.waitReady;

parentPort.on("message", async ({ id, kind, sql, params }) => {
  try {
    if (kind === "close") {
      await pg.close();
      parentPort.postMessage({ id, result: null });
      return;
    }
    if (kind === "exec") {
      await pg.exec(sql);
      parentPort.postMessage({ id, result: null });
      return;
    }
    const r = await pg.query(sql, params ?? [], { rowMode: "array" });
    parentPort.postMessage({
      id,
      result: { columns: r.fields.map((f) => f.name), rows: r.rows },
    });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e?.message ?? e) });
  }
});
parentPort.postMessage({ ready: true });
