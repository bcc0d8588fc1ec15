// The catalogue as data: one module per namespace, each with a Dutch object (the source of the
// key types) and an English object typed against it, so a missing or extra English key is a type
// error. Keys are `<namespace>.<key>`; a group (`report.statuses.missing`) is a dotted key.
import { cli } from "./cli.js";
import { report } from "./report.js";
import { web } from "./web.js";

const sources = { web, cli, report } as const;

/** The namespaces: who reads the texts. */
export type Namespace = keyof typeof sources;

/** Every namespace, in catalogue order. */
export const namespaces = Object.keys(sources) as Namespace[];

/** The full keys of one namespace: its Dutch object's keys, prefixed with the namespace. */
type KeysOf<N extends Namespace> = `${N}.${Extract<keyof (typeof sources)[N]["nl"], string>}`;

/** A key of the catalogue, e.g. `web.submit`. */
export type MessageKey = { [N in Namespace]: KeysOf<N> }[Namespace];

/**
 * One flat object per language, keyed by full key: every lookup at run time is one property read,
 * and the namespaces stay separate files that their readers (web page, CLI, reports) can own.
 */
function flatten(lang: "nl" | "en"): Record<MessageKey, string> {
  const all: Record<string, string> = {};
  for (const ns of namespaces) {
    for (const [key, text] of Object.entries(sources[ns][lang])) all[`${ns}.${key}`] = text;
  }
  return all as Record<MessageKey, string>;
}

/** The catalogue per language: key → ICU message. */
export const catalogue: Readonly<Record<"nl" | "en", Readonly<Record<MessageKey, string>>>> = {
  nl: flatten("nl"),
  en: flatten("en"),
};
