// The config file's shape, checked with zod. Loaded lazily: only runs that find a config pay for zod.
import { z } from "zod";

import { formats } from "./formats.js";
import { msg, type CliText } from "./errors.js";

const waiver = z.strictObject({
  requirement: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a requirement id in kebab-case, e.g. logging"),
  reason: z.string().min(1),
  approvedBy: z.string().min(1),
  case: z.string().min(1),
  approvedAt: z.iso.datetime({ offset: true }).optional(),
});

const url = z.url({ protocol: /^https?$/ });
const resultArchive = z
  .strictObject({
    resultaattypeomschrijving: url.optional(),
    selectielijstklasse: url.optional(),
    archiefnominatie: z.enum(["blijvend_bewaren", "vernietigen"]).optional(),
    archiefactietermijn: z.string().regex(/^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$/, "must be an ISO 8601 period such as P10Y").optional(),
  })
  .optional();

/** Where `ethiek cases push` / `pull` find the province's case system. The secret is never here: ETHIEK_ZGW_SECRET. */
const zgw = z.strictObject({
  zakenApiUrl: url,
  catalogiApiUrl: url,
  catalogusUrl: url,
  bronorganisatie: z.string().regex(/^[0-9]{9}$/, "must be an RSIN of 9 digits"),
  verantwoordelijkeOrganisatie: z.string().regex(/^[0-9]{9}$/, "must be an RSIN of 9 digits").optional(),
  clientId: z.string().min(1),
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
  includePersons: z.boolean().optional(),
  archive: z
    .strictObject({
      verantwoordelijke: z.string().min(1).max(50).optional(),
      selectielijstProcestype: url.optional(),
      besluittypen: z.array(z.string().min(1)).optional(),
      gerelateerdeZaaktypen: z.array(z.strictObject({ zaaktype: z.string().min(1), aardRelatie: z.enum(["vervolg", "bijdrage", "onderwerp"]), toelichting: z.string().max(255).optional() })).optional(),
      results: z.strictObject({ closed: resultArchive, declined: resultArchive, withdrawn: resultArchive }).optional(),
    })
    .optional(),
});

/** `ethiek.config.json` / `ethiek.config.yaml`. Paths in it are relative to the config file. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  ruleset: z.string().min(1).optional(),
  lang: z.enum(["nl", "en"]).optional(),
  failOn: z.enum(["error", "warning", "never"]).optional(),
  paths: z.array(z.string().min(1)).optional(),
  ignore: z.array(z.string().min(1)).optional(),
  perFile: z.boolean().optional(),
  baseline: z.string().min(1).optional(),
  outputs: z.array(z.strictObject({ format: z.enum(formats), output: z.string().min(1).optional() })).optional(),
  waivers: z.array(waiver).optional(),
  zgw: zgw.optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;

/** The keys a config may have, for "did you mean" hints. */
export const configKeys = Object.keys(configSchema.shape);

/** One problem in a config file: where (a key path), what, and how to fix it. */
export interface ConfigIssue {
  readonly key: string;
  /** What is wrong, in English (for programs and logs). */
  readonly message: string;
  /** How to fix it, in English. */
  readonly fix: string;
  /** The whole problem line as a catalogue text, printed in the run's language. */
  readonly text: CliText;
}

/**
 * Validates parsed config data; every problem comes back at once with the key and a fix.
 *
 * @example
 * const result = validateConfig({ failOn: "errors" });
 * // { ok: false, issues: [{ key: "failOn", message: "must be one of error, warning, never; found \"errors\"", fix: "…" }] }
 */
export function validateConfig(data: unknown): { ok: true; value: ConfigFile } | { ok: false; issues: ConfigIssue[] } {
  const parsed = configSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => describe(issue, data)) };
}

function keyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** What was found, for the catalogue: a kind the catalogue words per language, or the value itself. */
function found(value: unknown): { foundKind: string; found: string } {
  if (value === undefined) return { foundKind: "nothing", found: "" };
  if (Array.isArray(value)) return { foundKind: "list", found: "" };
  if (value === null) return { foundKind: "null", found: "" };
  if (typeof value === "object") return { foundKind: "object", found: "" };
  return { foundKind: "value", found: typeof value === "string" ? JSON.stringify(value) : String(value) };
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function describe(issue: z.core.$ZodIssue, data: unknown): ConfigIssue {
  const key = keyPath(issue.path);
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const parentKeys = issue.path.length === 0 ? configKeys : undefined;
      const unknown = issue.keys.join(", ");
      const suggestion = parentKeys ? closest(issue.keys[0] ?? "", parentKeys) : undefined;
      const issueKey = issue.path.length === 0 ? (issue.keys[0] ?? "") : `${key}.${issue.keys[0] ?? ""}`;
      return {
        key: issueKey,
        message: `unknown key${issue.keys.length > 1 ? "s" : ""} ${unknown}`,
        fix: suggestion
          ? `did you mean "${suggestion}"? Rename or remove it.`
          : parentKeys
            ? `remove it; allowed keys are ${parentKeys.join(", ")}.`
            : "remove it.",
        text: suggestion
          ? msg("cli.config.unknownKeySuggest", { key: issueKey || "none", n: issue.keys.length, keys: unknown, suggestion })
          : parentKeys
            ? msg("cli.config.unknownKeyAllowed", { key: issueKey || "none", n: issue.keys.length, keys: unknown, allowed: parentKeys.join(", ") })
            : msg("cli.config.unknownKey", { key: issueKey || "none", n: issue.keys.length, keys: unknown }),
      };
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v)).join(", ");
      return { key, message: `must be one of ${allowed}; found ${show(value)}`, fix: `set "${key}" to one of: ${allowed}.`, text: msg("cli.config.oneOf", { key: key || "none", allowed, ...found(value) }) };
    }
    case "invalid_type": {
      if (value === undefined) return { key, message: "is required", fix: `add "${key}".`, text: msg("cli.config.required", { key: key || "none" }) };
      const expected = issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`;
      return {
        key,
        message: `must be ${expected}; found ${show(value)}`,
        fix: `write "${key}" as ${expected}.`,
        text: msg("cli.config.type", { key: key || "none", expected: String(issue.expected), ...found(value) }),
      };
    }
    case "too_small":
      return { key, message: "must not be empty", fix: `give "${key}" a value or remove it.`, text: msg("cli.config.empty", { key: key || "none" }) };
    default:
      return { key, message: `${issue.message}; found ${show(value)}`, fix: `correct "${key}".`, text: msg("cli.config.other", { key: key || "none", ...found(value) }) };
  }
}

/** The candidate nearest to `word` by edit distance, when it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
