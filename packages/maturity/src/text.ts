import type { MaturityText } from "@ethiek/schemas";

/** The languages texts are shown in; Dutch first. */
export type Language = "nl" | "en";

/**
 * Picks a text in the wanted language, falling back to the other one (an imported model may have
 * English only).
 *
 * @example
 * textIn({ nl: "Beleid", en: "Policy" }, "en"); // "Policy"
 */
export function textIn(text: MaturityText | undefined, language: Language): string {
  if (text === undefined) return "";
  return (language === "nl" ? (text.nl ?? text.en) : (text.en ?? text.nl)) ?? "";
}
