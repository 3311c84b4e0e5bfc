// npm start: builds the add-on (dist/) and serves the local preview (SPEC §7) on PORT (default
// 8080). Everything runs in this one process, so Ctrl-C (SIGINT) or SIGTERM closes the server and
// leaves nothing running.
import { build } from "../build/build";
import { startPreview, type RunningPreview } from "./server";

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }

  const built = await build();
  console.log(`Built dist/Code.js (${(built.bytes / 1024).toFixed(1)} KB).`);

  let preview: RunningPreview;
  try {
    preview = await startPreview({ port });
  } catch (error) {
    const inUse = (error as { code?: unknown } | null)?.code === "EADDRINUSE";
    console.error(inUse ? `Port ${port} is in use: set PORT to another one.` : error);
    process.exit(1);
  }
  for (const notice of preview.session.notices) console.log(`Note: ${notice}`);
  console.log(`Funnel Math preview: ${preview.url}  (Ctrl-C to stop)`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the preview.`);
    await preview.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
