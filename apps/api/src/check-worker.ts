// One worker thread of the check pool: reads documents and checks them with the real engine, off
// the main event loop (which keeps answering health checks and reads while checks run).
import { parentPort, workerData } from "node:worker_threads";
import { createEngine } from "./engine-default.js";
import type { WorkerRequest, WorkerResponse } from "./check-pool.js";

const port = parentPort;
if (port === null) throw new Error("check-worker must run in a worker thread");
const created = await createEngine({ dataDir: (workerData as { dataDir: string }).dataDir });
if (!created.ok) throw new Error(created.error);
const engine = created.value;

port.on("message", (message: WorkerRequest) => {
  const reply = (response: WorkerResponse) => port.postMessage(response);
  const run = async (): Promise<unknown> => {
    if (message.kind === "extract") return engine.extract(message.bytes, message.options);
    return engine.check(message.documents, message.options);
  };
  run().then(
    (value) => reply({ id: message.id, ok: true, value }),
    (error: unknown) => reply({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
port.postMessage({ id: 0, ok: true, value: "ready" } satisfies WorkerResponse);
