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

/** A job that ran past its time budget; its worker thread was stopped and replaced. */
export class PoolTimeoutError extends Error {
  readonly code = "POOL_TIMEOUT";
  constructor(timeoutMs: number) {
    super(`the check worker did not finish within ${timeoutMs} ms and was stopped`);
    this.name = "PoolTimeoutError";
  }
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: number;
  /** Set when the pool stopped this worker for one job's time budget: the others on it are innocent. */
  stoppedForTimeout: boolean;
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
 * its own jobs and is replaced; a job past its time budget (the extract limits' `timeoutMs`, the
 * check's `timeoutMs`) has its worker stopped and replaced, and the jobs queued behind it move to
 * a fresh worker.
 *
 * @example
 * const engine = withWorkerPool(base, { size: 2, dataDir: config.dataDir, file: workerFile()! });
 */
export function withWorkerPool(
  base: Engine,
  options: { size: number; dataDir: string; file: string; graceMs?: number },
): Engine & { close(): Promise<void> } {
  let nextId = 1;
  let closed = false;
  const graceMs = options.graceMs ?? 1000;
  type Job = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;
  interface Pending {
    resolve: (v: unknown) => void;
    reject: (e: Error) => void;
    slot: Slot;
    job: Job;
    timeoutMs?: number;
    timer?: NodeJS.Timeout;
    /** Already moved once to a fresh worker after its own worker was stopped for another job. */
    moved: boolean;
  }
  const pending = new Map<number, Pending>();
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    // Source-resolution flags (`--conditions @ethiek/source`, used by tests) would point the
    // worker's imports at TypeScript files; the worker always runs compiled code.
    const execArgv = process.execArgv.filter((arg, i, all) => arg !== "--conditions" && all[i - 1] !== "--conditions" && !arg.startsWith("--conditions="));
    const worker = new Worker(options.file, { workerData: { dataDir: options.dataDir }, execArgv });
    let markReady: () => void = () => undefined;
    let markFailed: (e: Error) => void = () => undefined;
    const slot: Slot = { worker, busy: 0, stoppedForTimeout: false, ready: new Promise<void>((res, rej) => ((markReady = res), (markFailed = rej))) };
    slot.ready.catch(() => undefined);
    worker.on("message", (m: WorkerResponse) => {
      if (m.id === 0) return markReady();
      const job = pending.get(m.id);
      if (job === undefined) return;
      pending.delete(m.id);
      clearTimeout(job.timer);
      slot.busy--;
      if (m.ok) job.resolve(m.value);
      else job.reject(new Error(`check worker: ${m.error}`));
    });
    worker.on("error", (error) => markFailed(error));
    worker.on("exit", () => {
      const index = slots.indexOf(slot);
      if (index >= 0 && !closed) slots[index] = spawn();
      for (const [id, job] of pending) {
        if (job.slot !== slot) continue;
        pending.delete(id);
        clearTimeout(job.timer);
        // Reading and checking are pure: a job that waited behind a stuck one runs again on a
        // fresh worker instead of failing a check that did nothing wrong. After a crash nobody
        // knows which job caused it, so each job moves only once; after a timeout the stuck job
        // is known and already failed, and the others may move as often as that happens.
        if (!closed && (slot.stoppedForTimeout || !job.moved)) {
          dispatch(job.job, job.timeoutMs, true).then(job.resolve, job.reject);
        } else {
          job.reject(new Error("the check worker stopped while running this job"));
        }
      }
    });
    worker.unref();
    return slot;
  };
  for (let i = 0; i < options.size; i++) slots.push(spawn());

  const dispatch = async <T>(job: Job, timeoutMs: number | undefined, moved: boolean): Promise<T> => {
    // The least busy worker takes the job; the others keep their queues short. The count goes up
    // before waiting for the worker to be ready, so jobs sent together spread over the workers.
    const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    await slot.ready;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const entry: Pending = { resolve: resolve as (v: unknown) => void, reject, slot, job, moved, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
      if (timeoutMs !== undefined) {
        // A job past its budget is stuck in synchronous code (a zip that inflates for ever, a
        // pathological PDF): only stopping its thread frees the core. The caller has answered
        // 422 check-timeout already; this is the clean-up, a little later.
        entry.timer = setTimeout(() => {
          pending.delete(id);
          reject(new PoolTimeoutError(timeoutMs));
          slot.stoppedForTimeout = true;
          void slot.worker.terminate();
        }, timeoutMs + graceMs);
        entry.timer.unref();
      }
      pending.set(id, entry);
      slot.worker.postMessage({ ...job, id });
    });
  };
  const submit = <T>(job: Job, timeoutMs?: number): Promise<T> => dispatch<T>(job, timeoutMs, false);

  return {
    ...base,
    extract: (bytes, opts) => submit({ kind: "extract", bytes, options: opts }, opts.limits.timeoutMs),
    check: (documents, opts) => submit<CheckReport>({ kind: "check", documents, options: opts }, opts.timeoutMs),
    close: async () => {
      closed = true;
      // Let queued jobs finish (shutdown waits for running checks), then stop the threads.
      const deadline = Date.now() + 30_000;
      while (pending.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
