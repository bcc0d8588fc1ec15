import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CheckReport, Document } from "@ethiek/schemas";
import type { Engine } from "./engine.js";

/** A job for a worker: read one file, or check read documents. */
export type WorkerRequest =
  | { readonly id: number; readonly kind: "extract"; readonly bytes: Uint8Array; readonly options: Parameters<Engine["extract"]>[1] }
  | { readonly id: number; readonly kind: "check"; readonly documents: readonly Document[]; readonly options: Parameters<Engine["check"]>[1] };

export type WorkerResponse = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: number;
}

/** The compiled worker next to this module; absent when running from the TypeScript sources. */
export function workerFile(): string | null {
  const file = fileURLToPath(new URL("./check-worker.js", import.meta.url));
  return existsSync(file) ? file : null;
}

/**
 * Runs the engine's CPU-heavy work (reading documents, checking) in `size` worker threads, so the
 * event loop stays free and both cores of a small machine are used. Everything else (rulesets,
 * requirement texts, formatting) stays on the main thread's engine. A crashed worker fails only
 * its own jobs and is replaced.
 *
 * @example
 * const engine = withWorkerPool(base, { size: 2, dataDir: config.dataDir, file: workerFile()! });
 */
export function withWorkerPool(base: Engine, options: { size: number; dataDir: string; file: string }): Engine & { close(): Promise<void> } {
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; slot: Slot }>();
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    // Source-resolution flags (`--conditions @ethiek/source`, used by tests) would point the
    // worker's imports at TypeScript files; the worker always runs compiled code.
    const execArgv = process.execArgv.filter((arg, i, all) => arg !== "--conditions" && all[i - 1] !== "--conditions" && !arg.startsWith("--conditions="));
    const worker = new Worker(options.file, { workerData: { dataDir: options.dataDir }, execArgv });
    let markReady: () => void = () => undefined;
    let markFailed: (e: Error) => void = () => undefined;
    const slot: Slot = { worker, busy: 0, ready: new Promise<void>((res, rej) => ((markReady = res), (markFailed = rej))) };
    slot.ready.catch(() => undefined);
    worker.on("message", (m: WorkerResponse) => {
      if (m.id === 0) return markReady();
      const job = pending.get(m.id);
      if (job === undefined) return;
      pending.delete(m.id);
      slot.busy--;
      if (m.ok) job.resolve(m.value);
      else job.reject(new Error(`check worker: ${m.error}`));
    });
    worker.on("error", (error) => markFailed(error));
    worker.on("exit", () => {
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        job.reject(new Error("the check worker stopped while running this job"));
      }
      const index = slots.indexOf(slot);
      if (index >= 0 && !closed) slots[index] = spawn();
    });
    worker.unref();
    return slot;
  };
  for (let i = 0; i < options.size; i++) slots.push(spawn());

  const submit = async <T>(job: WorkerRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never): Promise<T> => {
    // The least busy worker takes the job; the others keep their queues short.
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    await slot.ready;
    const id = nextId++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, slot });
      slot.worker.postMessage({ ...job, id });
    });
  };

  return {
    ...base,
    extract: (bytes, opts) => submit({ kind: "extract", bytes, options: opts }),
    check: (documents, opts) => submit<CheckReport>({ kind: "check", documents, options: opts }),
    close: async () => {
      closed = true;
      // Let queued jobs finish (shutdown waits for running checks), then stop the threads.
      const deadline = Date.now() + 30_000;
      while (pending.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
