// The concepts of the engine's vocabulary (schemas/ruleset.schema.json, `vocabulary`): which of
// them the classifier reads, how rulesets along an `extends` chain add to them, and the phrases
// derived from the party names ("aan de Provincie", "door de Opdrachtnemer").
import type { Ruleset, VocabularyGroups } from "@ethiek/schemas";

export type VocabularyData = NonNullable<Ruleset["vocabulary"]>;
/** A concept a ruleset's vocabulary can extend. */
export type VocabularyConcept = keyof VocabularyData;
/** Concepts built from the party names, not written as data. */
export type DerivedConcept = "partyObject" | "supplierAgent" | "buyerAgent";
export type ConceptName = VocabularyConcept | DerivedConcept;

/** Concepts the classifier reads; a passage that holds one of them is kept for classification. */
export const CLASSIFIER_CONCEPTS: ReadonlySet<ConceptName> = new Set<ConceptName>([
  "ai", "inference", "algorithmic", "algorithmicAct", "artefact", "outcome", "personalData", "persons", "decision", "personDecision", "appeal", "generative", "impactful", "highRiskWord", "annexWord", "art63",
  "exceptionWord", "notHighRisk", "art5Context", "weakAi", "profiling", "roadUsers", "scoring", "effectOnPersons",
  "textGeneration",
]);

/** Concepts that keep a passage for later steps even when no requirement matched it. */
export const KEPT_CONCEPTS: ReadonlySet<ConceptName> = new Set<ConceptName>([
  ...CLASSIFIER_CONCEPTS, "negContext", "negAfter", "exclusionLeadIn", "exception", "withdrawn", "amended", "aiActName", "gdprName", "mccName",
]);

/** The terms of every concept, after merging the groups of a ruleset chain. */
export type ResolvedVocabulary = Readonly<Record<VocabularyConcept, readonly string[]>>;

/** Appends the groups of `next` to `base` (rulesets extend vocabulary, they never shrink it). */
export function mergeVocabulary(base: VocabularyData, next: VocabularyData | undefined): VocabularyData {
  if (!next) return base;
  const out: Record<string, VocabularyGroups> = { ...base };
  for (const [concept, groups] of Object.entries(next)) out[concept] = [...(out[concept] ?? []), ...(groups ?? [])];
  return out as VocabularyData;
}

/** Flattens groups into term lists per concept (duplicates removed). */
export function flattenVocabulary(data: VocabularyData): ResolvedVocabulary {
  const out: Partial<Record<VocabularyConcept, string[]>> = {};
  for (const [concept, groups] of Object.entries(data) as Array<[VocabularyConcept, VocabularyGroups | undefined]>) {
    out[concept] = [...new Set((groups ?? []).flatMap((g) => g.terms))];
  }
  return out as ResolvedVocabulary;
}

const NL_OBJECT = ["aan", "van", "met", "door", "voor", "bij", "namens", "tegen", "jegens"];
const EN_OBJECT = ["to", "of", "with", "by", "for", "from", "against", "towards"];

/** One-word party names: the derived phrases are built from them. */
const singleWords = (terms: readonly string[]) => terms.filter((t) => !t.includes(" ") && !t.includes("*"));

/** The derived concepts: a party after a preposition is an object; after "door"/"by" it is the agent. */
export function derivedConcepts(vocabulary: ResolvedVocabulary): Record<DerivedConcept, string[]> {
  const suppliers = singleWords(vocabulary.supplier ?? []);
  const buyers = singleWords(vocabulary.buyer ?? []);
  const partyObject: string[] = [];
  for (const party of [...suppliers, ...buyers]) {
    for (const p of NL_OBJECT) partyObject.push(`${p} ${party}`, `${p} de ${party}`, `${p} het ${party}`);
    for (const p of EN_OBJECT) partyObject.push(`${p} ${party}`, `${p} the ${party}`, `${p} each ${party}`, `${p} its ${party}`);
    partyObject.push(`on behalf of the ${party}`);
  }
  // "Het opstellen van een uitleg is een taak van de gemeente", "the responsibility of the
  // Supplier": a nominalised duty names its bearer after "taak van" or "responsibility of".
  const bearers = ["taak van", "verantwoordelijkheid van", "verplichting van", "verplichtingen van", "ligt bij"];
  const bearersEn = ["task of", "responsibility of", "obligation of", "obligations of", "rests with", "lies with"];
  const agents = (parties: readonly string[]) =>
    parties.flatMap((party) => [
      `door ${party}`, `door de ${party}`, `door het ${party}`, `by ${party}`, `by the ${party}`, `by each ${party}`,
      ...bearers.flatMap((b) => [`${b} ${party}`, `${b} de ${party}`, `${b} het ${party}`]),
      ...bearersEn.flatMap((b) => [`${b} ${party}`, `${b} the ${party}`]),
    ]);
  return { partyObject, supplierAgent: agents(suppliers), buyerAgent: agents(buyers) };
}
