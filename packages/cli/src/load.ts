import { readFile } from "node:fs/promises";
import type { Document, Tender } from "@ethiek/schemas";
import type { DocumentsApi } from "./engine.js";
import { CliError, msg } from "./errors.js";
import { type TenderInput, displayPath } from "./inputs.js";
import type { Io } from "./io.js";

/** A tender read from disk: its documents (named by their path) and its manifest. */
export interface LoadedTender {
  readonly input: TenderInput;
  readonly documents: Document[];
  readonly manifest: Tender | undefined;
}

/** Progress on stderr, only when it is a terminal (and not --quiet). */
export interface Progress {
  step(label: string): void;
  done(): void;
}

/** A progress line that rewrites itself; silent when stderr is not a TTY. */
export function progress(io: Io, total: number, enabled: boolean): Progress {
  let n = 0;
  // One large PDF can take seconds too, so even a single file shows what is being read.
  const active = enabled && io.stderr.isTTY === true && total > 0;
  return {
    step(label) {
      n += 1;
      if (active) io.stderr.write(`\r\u001b[K[${n}/${total}] ${label.length > 70 ? `…${label.slice(-69)}` : label}`);
    },
    done() {
      if (active) io.stderr.write("\r\u001b[K");
    },
  };
}

/**
 * Reads every tender: extracts each document (all failures are collected, then reported together)
 * and validates each manifest against `schemas/tender.schema.json`.
 */
export async function loadTenders(
  tenders: readonly TenderInput[],
  documents: DocumentsApi,
  io: Io,
  options: { lang: "nl" | "en"; showProgress: boolean },
): Promise<LoadedTender[]> {
  const total = tenders.reduce((n, t) => n + t.files.length, 0);
  const bar = progress(io, total, options.showProgress);
  const problems: string[] = [];
  const loaded: LoadedTender[] = [];
  const manifests = new Map<string, Tender>();
  try {
    for (const tender of tenders) {
      const docs: Document[] = [];
      for (const file of tender.files) {
        const name = displayPath(io.cwd, file);
        bar.step(name);
        let bytes: Uint8Array;
        try {
          bytes = await readFile(file);
        } catch (cause) {
          problems.push(`${name}: cannot read the file (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
          continue;
        }
        const result = await documents.extract(bytes, { name });
        if (result.ok) {
          // Reports name documents by their path, so SARIF and GitLab can point into the repository.
          docs.push({ ...result.document, name });
        } else {
          const text = options.lang === "en" ? (result.error.messageEn ?? result.error.message) : result.error.message;
          problems.push(`${name}: [${result.error.code}] ${text}`);
        }
      }
      let manifest: Tender | undefined;
      if (tender.manifest !== null) {
        const known = manifests.get(tender.manifest);
        manifest = known ?? (await readManifest(tender.manifest, io, problems));
        if (manifest) manifests.set(tender.manifest, manifest);
      }
      loaded.push({ input: tender, documents: docs, manifest });
    }
  } finally {
    bar.done();
  }
  if (problems.length > 0) {
    throw new CliError("INPUT_UNREADABLE", msg("cli.error.inputsUnusable", { n: problems.length }), {
      details: problems,
      hint: msg("cli.hint.fixInputs"),
    });
  }
  return loaded;
}

async function readManifest(path: string, io: Io, problems: string[]): Promise<Tender | undefined> {
  const name = displayPath(io.cwd, path);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (cause) {
    problems.push(`${name}: [MANIFEST_INVALID] not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
    return undefined;
  }
  const { validateTender, formatIssues } = await import("@ethiek/schemas");
  const result = validateTender(data);
  if (result.ok) return result.value;
  problems.push(`${name}: [MANIFEST_INVALID] does not match schemas/tender.schema.json:\n${formatIssues(result.errors)}`);
  return undefined;
}
