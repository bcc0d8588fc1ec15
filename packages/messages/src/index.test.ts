import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { catalogue, englishIn, withoutCode, format, isMessageKey, langFromLocale, languages, namespaces, translator, type MessageKey } from "./index.js";

/** The argument names of an ICU message (`{name}`, `{n, plural, …}`), nested ones included. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly unknown[]) => {
    for (const element of elements as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (typeof element.value === "string" && element.type !== 0 && element.type !== 7) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, "nl", undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

const keys = Object.keys(catalogue.nl) as MessageKey[];

describe("the catalogue", () => {
  it("has the same keys in Dutch and English, each with a non-empty text", () => {
    expect(Object.keys(catalogue.en).sort()).toEqual([...keys].sort());
    for (const lang of languages) {
      const empty = keys.filter((key) => catalogue[lang][key].trim() === "");
      expect(empty, `${lang}: empty texts`).toEqual([]);
    }
  });

  it("parses every message as ICU MessageFormat, and Dutch and English take the same arguments", () => {
    expect(argumentsOf(catalogue.nl["web.gap"])).toEqual(["distance", "now", "target"]);
    const differing = keys.filter((key) => argumentsOf(catalogue.nl[key]).join() !== argumentsOf(catalogue.en[key]).join());
    expect(differing).toEqual([]);
  });

  it("keys every text by a known namespace", () => {
    expect(keys.every((key) => namespaces.some((ns) => key.startsWith(`${ns}.`)))).toBe(true);
  });
});

describe("format", () => {
  it("fills placeholders and chooses the plural form per language", () => {
    expect(format("nl", "web.casesHits", { n: 1 })).toBe("1 afgesloten casus gevonden.");
    expect(format("nl", "web.casesHits", { n: 3 })).toBe("3 afgesloten casussen gevonden.");
    expect(format("en", "web.overdueAlert", { n: 1 })).toBe("1 step is overdue.");
    expect(format("en", "web.pageOf", { p: 2, n: 5 })).toBe("Page 2 of 5");
  });

  it("says the counts of a report with the plural form of each language", () => {
    expect(namespaces).toContain("report");
    expect(format("nl", "report.count.satisfied", { n: 1 })).toBe("1 eis voldaan");
    expect(format("nl", "report.count.satisfied", { n: 38 })).toBe("38 eisen voldaan");
    expect(format("nl", "report.count.pages", { n: 3 })).toBe("3 pagina's");
    expect(format("en", "report.nothingFound", { n: 2 })).toBe("We found nothing about these 2 requirements in the documents.");
    expect(format("nl", "report.condition.severity", { then: "fout", condition: "hoog-risico-AI", else: "waarschuwing" })).toBe("fout als hoog-risico-AI, anders waarschuwing");
  });

  it("keeps apostrophes and angle brackets literal", () => {
    expect(format("nl", "cli.help.check")).toContain("ethiek check <paden…> [opties]");
    expect(format("nl", "web.caseReflectNotYet")).toContain("'in analyse'");
    expect(translator("en")("web.unknown")).toBe("I don't know");
  });

  it("tells keys of the catalogue from other strings", () => {
    expect(isMessageKey("web.submit")).toBe(true);
    expect(isMessageKey("web.nope")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
  });
});

describe("langFromLocale", () => {
  it.each([
    ["nl_NL.UTF-8", "nl"],
    ["nl_BE", "nl"],
    ["nl", "nl"],
    ["en_GB.UTF-8", "en"],
    ["en-US", "en"],
    ["C.UTF-8", undefined],
    ["POSIX", undefined],
    ["de_DE.UTF-8", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("reads %s as %s", (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe("englishIn", () => {
  it("finds English words and English catalogue texts in Dutch text", () => {
    expect(englishIn("Ernst: error als hoog-risico-AI, anders warning")).toHaveLength(2);
    expect(englishIn("Klik op Sign out om te stoppen.").join()).toContain("Sign out");
    expect(englishIn("De aanbesteding: Passes, with warnings").length).toBeGreaterThan(0);
  });

  it("finds nothing in the Dutch catalogue texts", () => {
    const hits = (Object.keys(catalogue.nl) as MessageKey[]).flatMap((key) => englishIn(withoutCode(catalogue.nl[key])).map((hit) => `${key}: ${hit}`));
    expect(hits).toEqual([]);
  });
});
