// Placeholders in clause texts: {supplier}, {buyer}, {param:<id>}, {annex-point}, {prohibited-point}.
import type { ClauseParameter } from "@ethiek/schemas";

export type Language = "nl" | "en";

/**
 * Every placeholder in a text, e.g. ["supplier", "param:log-retention-months"].
 *
 * @example
 * placeholdersIn("{supplier} bewaart logs {param:log-retention-months} maanden.") // ["supplier", "param:log-retention-months"]
 */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([a-z0-9:-]+)\}/g)].map((m) => m[1]!);
}

/** The placeholders a clause text may use besides {param:<id>}. */
export const contextPlaceholders: readonly string[] = ["supplier", "buyer", "annex-point", "prohibited-point"];

/** The problem with one placeholder, or undefined when it is known. */
export function unknownPlaceholder(name: string, parameters: ReadonlySet<string>): string | undefined {
  if (contextPlaceholders.includes(name)) return undefined;
  if (name.startsWith("param:")) return parameters.has(name.slice(6)) ? undefined : `unknown parameter '${name.slice(6)}'`;
  return `unknown placeholder '{${name}}'`;
}

const units: Record<ClauseParameter["unit"], Record<Language, [string, string]>> = {
  months: { nl: ["maand", "maanden"], en: ["month", "months"] },
  years: { nl: ["jaar", "jaar"], en: ["year", "years"] },
  days: { nl: ["dag", "dagen"], en: ["day", "days"] },
  "working-days": { nl: ["werkdag", "werkdagen"], en: ["working day", "working days"] },
  hours: { nl: ["uur", "uur"], en: ["hour", "hours"] },
  "times-per-year": { nl: ["keer per jaar", "keer per jaar"], en: ["time a year", "times a year"] },
  percent: { nl: ["procent", "procent"], en: ["per cent", "per cent"] },
};

/**
 * A parameter value in words as a clause states it.
 *
 * @example
 * formatValue(6, "months", "nl") // "6 maanden"
 * formatValue(1, "times-per-year", "en") // "once a year"
 */
export function formatValue(value: number, unit: ClauseParameter["unit"], language: Language): string {
  if (unit === "times-per-year") {
    if (language === "en" && value === 1) return "once a year";
    if (language === "en" && value === 2) return "twice a year";
    if (language === "nl" && value === 1) return "één keer per jaar";
  }
  const [one, many] = units[unit][language];
  const number = Number.isInteger(value) ? String(value) : String(value).replace(".", language === "nl" ? "," : ".");
  return `${number} ${value === 1 ? one : many}`;
}

/** What the placeholders of one annex are filled with. */
export interface FillContext {
  readonly language: Language;
  readonly supplier: string;
  readonly buyer: string;
  readonly parameters: ReadonlyMap<string, { readonly value: number; readonly unit: ClauseParameter["unit"] }>;
  readonly annexPoint: string;
  readonly prohibitedPoint: string;
}

/**
 * Fills the placeholders of a clause text; a party name at the start of a sentence gets a capital
 * ("the Supplier shall" → "The Supplier shall").
 *
 * @example
 * fill("{supplier} shall keep the logs for {param:log-retention-months}.", ctx) // "The Supplier shall keep the logs for 6 months."
 */
export function fill(text: string, ctx: FillContext): string {
  return text.replace(/\{([a-z0-9:-]+)\}/g, (_match, name: string, offset: number) => {
    let value: string;
    if (name === "supplier") value = ctx.supplier;
    else if (name === "buyer") value = ctx.buyer;
    else if (name === "annex-point") value = ctx.annexPoint;
    else if (name === "prohibited-point") value = ctx.prohibitedPoint;
    else if (name.startsWith("param:")) {
      const p = ctx.parameters.get(name.slice(6));
      if (!p) throw new Error(`bug: unresolved parameter ${name}`);
      value = formatValue(p.value, p.unit, ctx.language);
    } else throw new Error(`bug: unknown placeholder ${name}`);
    const before = text.slice(0, offset).trimEnd();
    const sentenceStart = before === "" || /[.!?:]$/.test(before) || text.slice(0, offset).endsWith("\n");
    return sentenceStart ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}
