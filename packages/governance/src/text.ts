import type { ClassificationTag, GovernanceText } from "@ethiek/schemas";

/** How a fact reads after "because the item …", holding and not holding. */
const FACTS: Record<ClassificationTag, { nl: [string, string]; en: [string, string] }> = {
  algorithmic: { nl: ["een algoritme gebruikt", "geen algoritme gebruikt"], en: ["uses an algorithm", "uses no algorithm"] },
  ai: { nl: ["een AI-systeem betreft", "geen AI-systeem betreft"], en: ["concerns an AI system", "does not concern an AI system"] },
  "high-risk": { nl: ["hoog-risico-AI betreft", "geen hoog-risico-AI betreft"], en: ["is high-risk AI", "is not high-risk AI"] },
  prohibited: {
    nl: ["een verboden AI-toepassing beschrijft", "geen verboden AI-toepassing beschrijft"],
    en: ["describes a prohibited AI practice", "describes no prohibited AI practice"],
  },
  "personal-data": { nl: ["persoonsgegevens verwerkt", "geen persoonsgegevens verwerkt"], en: ["processes personal data", "processes no personal data"] },
  "decisions-about-people": {
    nl: ["besluiten over mensen ondersteunt", "geen besluiten over mensen ondersteunt"],
    en: ["supports decisions about people", "supports no decisions about people"],
  },
  generative: { nl: ["generatieve AI gebruikt", "geen generatieve AI gebruikt"], en: ["uses generative AI", "uses no generative AI"] },
  impactful: { nl: ["grote gevolgen kan hebben", "geen grote gevolgen heeft"], en: ["can have a large impact", "has no large impact"] },
};

/** "hoog-risico-AI betreft (AI-verordening, bijlage III, punt 5a)" and its English twin. */
export function factPhrase(fact: ClassificationTag, holds: boolean, detail?: string | null): GovernanceText {
  const phrases = FACTS[fact];
  const index = holds ? 0 : 1;
  let nl = phrases.nl[index];
  let en = phrases.en[index];
  if (detail && holds && fact === "high-risk") {
    nl += ` (AI-verordening, bijlage III, punt ${detail})`;
    en += ` (AI Act, Annex III ${detail})`;
  } else if (detail && holds) {
    nl += ` (${detail})`;
    en += ` (${detail})`;
  }
  return { nl, en };
}

/** Joins phrases as "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
