// ethiek:high-risk-strict — recommended, with every duty that the AI Act makes mandatory for
// high-risk systems raised to error, and the optional MCC-AI articles treated as required.
import type { Ruleset } from "@ethiek/schemas";
import { t } from "./helpers.js";

const raise = (requirement: string, reason: string) => ({ requirement, severity: "error" as const, reason });

export const highRiskStrict: Ruleset = {
  name: "ethiek:high-risk-strict",
  version: "1.0.0",
  description: t(
    "Strenger dan de aanbevolen set: voor tenders met hoog-risico-AI zijn alle plichten een fout, ook uitleg, incidenten, toegankelijkheid en monitoring.",
    "Stricter than recommended: for tenders with high-risk AI every duty is an error, including explanation, incidents, accessibility and monitoring.",
  ),
  extends: ["ethiek:recommended"],
  overrides: [
    raise("provider-role", "Art. 25 decides who carries the provider duties of a high-risk system."),
    raise("transparency-to-buyer", "Art. 13 is mandatory for high-risk systems."),
    raise("accuracy-robustness-security", "Art. 15 is mandatory for high-risk systems."),
    raise("incidents-and-corrective-action", "Art. 20 and 73 are mandatory for high-risk systems."),
    raise("third-party-data-and-ip", "Copyright claims on a high-risk system stop its use."),
    raise("exit-and-handover", "A high-risk system needs a controlled exit."),
    raise("algorithm-register", "Category A publication is expected for high-risk AI."),
    raise("ai-literacy", "Art. 4 and 26(2) require competent staff."),
    raise("human-rights-impact-assessment", "Strict: IAMA for every impactful algorithm."),
    raise("supply-chain-transparency", "The provider of a high-risk system must know its supply chain."),
    raise("requirements-in-award-and-contract", "Requirements outside the contract cannot be enforced."),
    raise("evidence-in-evaluation", "Strict: evidence is asked at bid time."),
    raise("monitoring-after-go-live", "Art. 26(5) and 72 require monitoring."),
    raise("accessibility", "Strict: accessibility is mandatory for public interfaces."),
    raise("complaints-and-appeal", "Strict: a legal remedy must be described."),
    raise("purpose-limitation-and-retention", "Strict: GDPR art. 5 and 6 are mandatory."),
    { requirement: "ethics-review", severity: "warning", reason: "Strict: sensitive cases go to an ethics committee." },
    { requirement: "compliance-dates", severity: "warning", reason: "Strict: missing the dates stops use." },
  ],
};
