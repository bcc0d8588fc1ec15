// `npm start`: reads the configuration, starts the service, and shuts it down gracefully.
import { buildApp } from "./app.js";
import { withWorkerPool, workerFile } from "./check-pool.js";
import { formatConfigIssues, loadConfig } from "./config.js";
import { createEngine } from "./engine-default.js";

const result = loadConfig(process.env);
if (!result.ok) {
  console.error(`ethiek API: the configuration is invalid, not starting:\n${formatConfigIssues(result.errors)}`);
  process.exit(1);
}
const config = result.value;
const engine = await createEngine({ dataDir: config.dataDir });
if (!engine.ok) {
  console.error(`ethiek API: ${engine.error}`);
  process.exit(1);
}
// Reading and checking are CPU work: a pool of worker threads keeps the event loop free.
const file = workerFile();
const pool = config.workers > 0 && file !== null ? withWorkerPool(engine.value, { size: config.workers, dataDir: config.dataDir, file }) : undefined;
const app = await buildApp(config, { engine: pool ?? engine.value });
app.addHook("onClose", async () => {
  await pool?.close();
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, "shutting down: finishing running checks, then closing the database");
  // A check that hangs must not keep the process alive forever.
  const timer = setTimeout(() => {
    app.log.error("shutdown took too long; exiting");
    process.exit(1);
  }, config.shutdownTimeoutMs);
  timer.unref();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

await app.listen({ port: config.port, host: config.host });
app.log.info(
  { auth: config.auth, database: config.database.kind, dataDir: config.dataDir, workers: pool === undefined ? 0 : config.workers },
  config.auth === "local"
    ? `ethiek API on http://${config.host}:${config.port} in local mode (one local organisation, no keys)`
    : `ethiek API on http://${config.host}:${config.port}; API keys required`,
);
