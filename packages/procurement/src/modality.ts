// Decides what a passage does: oblige or commit (counts), or only wish, ask, defer, recommend,
// define, head a section, negate, or restate a withdrawn requirement (does not count). This is where
// the traps of procurement language live. Every outcome carries a stable reason code.
// The rules live by kind: modality-negation.ts, modality-party.ts, modality-deferral.ts,
// modality-context.ts (wishes and questions) and modality-form.ts; modalityOf decides their order.
import type { Document, ReasonCode } from "@ethiek/schemas";
import { ACKNOWLEDGES_ONLY, expectationInCouncilLetter, MAY_AGREE } from "./commitments.js";
import { clauseNumberTokens } from "./text.js";
import { asks, contextOf, isNumberedQuestion, KNOCK_OUT, MUST_LABEL, OFFERED_WISHES, wishes } from "./modality-context.js";
import { BRACKETED_INSTRUCTION, AMENDED_TO_AIM, BUYER_EXPLORES_WHETHER, BUYER_DECIDES_WHETHER, ARRANGEMENTS_LATER, CHOICE_CONDITION, DECIDED_ON_LATER, DETERMINING_WHETHER, HOW_AGREED_LATER, IF_ORDER_SAYS, LABEL_PLACEHOLDER, needOpen, OPTION_CONDITION, PLACEHOLDER, TRAILING_CHOICE, TRAILING_PLACEHOLDER, JUDGES_WHETHER_NEEDED, AS_JUDGED_NEEDED, SUPPLIED_AS_NEEDED, WHETHER_JUDGED, WHETHER_LATER, WHETHER_NEEDED, WITHDRAWS_REQUIREMENT, withoutQuotes } from "./modality-deferral.js";
import { ANSWER_NO, AWARD_CRITERION_COLUMN, EXPLANATION_COLUMN, REPORTED_COLUMN, CLAUSE_TITLE, declaresItselfNotBinding, FINITE_VERB, IMPERATIVE, inQuotedReply, isDefinition, isExplanatory, NOT_APPLICABLE_CELL, REPORTS_CONTRACT, inReviewComment, rowAnsweredYes, rowCellsUnticked, struckOut, TYPE_HEADER, UNTICKED, yesAnsweredWishesBind } from "./modality-form.js";
import { agentOnly, DELETES_DATA, isDenial, isDoubleNegation, isNegated, negatedModal } from "./modality-negation.js";
import { chooserIsSupplier, clauseStart, firstParty, hasObligation, permittedParty } from "./modality-party.js";
import { endsWithQuestionMark, hasConcept, type Passage, type ScanResult } from "./scan-passage.js";
import { inInformativePart, outsideBindingArticles } from "./informative.js";
import { inDeclaredDraftingNote } from "./drafting-notes.js";
import { inUnorderedOption } from "./options.js";
import { inOldTextColumn, inQuestionBlock, inRecitals, isRowLabel, JOINT, refersToAbsentAnnex, rowCells } from "./structure.js";

export type Modality = "obligation" | "wish" | "question" | "deferred" | "heading" | "negated" | "non-binding" | "definition" | "withdrawn";

export interface ModalityResult {
  readonly modality: Modality;
  /** Why: the reason code reports carry (see schemas/check-report.schema.json, ReasonCode). */
  readonly reason: ReasonCode;
  /**
   * The party the passage leaves a choice to ("The Municipality may …", "Indien de Provincie
   * besluit …"): binding nothing, except where the requirement is that party's own right.
   */
  readonly option?: "supplier" | "buyer";
  /** The negation covers the whole passage from outside its text (a row typed "n.v.t."), whatever clause the topic stands in. */
  readonly whole?: boolean;
}

const has = hasConcept;
/** The label of an explanatory note inside a contract or letter. */
const EXPLANATORY_NOTE = /^\W*(toelichting|explanatory note|note)\s*[.:]\s/i;
/** The speaker label of minutes: "Dhr. Van Dalen:", "Mevr. Amrani:", "Ms Jansen:". */
const SPEAKER_TURN = /^\W*([Dd]hr|[Mm]evr|[Mm]w|Mr|Mrs|Ms|[Dd]e heer|[Mm]evrouw)\.?\s+\p{Lu}[\p{L}'. -]{0,30}:/u;
const OBLIGATION: ModalityResult = { modality: "obligation", reason: "obligation" };

/** Decides the modality of a passage in its document context. */
export function modalityOf(p: Passage, documents: readonly Document[], scanned: ScanResult): ModalityResult {
  const doc = documents[p.document]!;
  const seg = doc.segments[p.segment]!;
  if (seg.kind === "heading") {
    const next = doc.segments[p.segment + 1];
    if (next && (PLACEHOLDER.test(next.text) || next.kind === "heading")) return { modality: "heading", reason: "placeholder" };
    return { modality: "heading", reason: "heading-only" };
  }
  // Struck-out text of an amendment ("~~8.3 Leverancier …~~") is deleted: it binds nothing any more.
  if (struckOut(seg.text, p.text) || inOldTextColumn(seg)) return { modality: "withdrawn", reason: "withdrawn", whole: true };
  // An unticked box of a checklist ("[ ] C8. Melding van incidenten …") asks for nothing.
  if (UNTICKED.test(seg.text) || rowCellsUnticked(seg, doc.segments, p.segment)) return { modality: "negated", reason: "negated", whole: true };
  if (inDeclaredDraftingNote(doc, seg.text, p.text) || inReviewComment(seg.text, p.text)) return { modality: "non-binding", reason: "non-binding" };
  if (PLACEHOLDER.test(seg.text) || TRAILING_PLACEHOLDER.test(p.text) || LABEL_PLACEHOLDER.test(seg.text) || BRACKETED_INSTRUCTION.test(p.text)) return { modality: "deferred", reason: "placeholder" };
  // A numbered clause title inside a paragraph ("2.6 Technical documentation and instructions for use.").
  if (CLAUSE_TITLE.test(p.text) && !FINITE_VERB.test(p.text) && !has(p, "obligation") && firstParty(p) === null) {
    const rest = seg.text.slice(seg.text.indexOf(p.text) + p.text.length).trim();
    return { modality: "heading", reason: rest === "" || PLACEHOLDER.test(rest.split(/(?<=[.!?])\s/)[0] ?? "") ? "placeholder" : "heading-only" };
  }
  if (isDefinition(p, seg)) return { modality: "definition", reason: "definition" };
  // An item marked as an option that the tender prices but does not order waits for the buyer's choice.
  if (inUnorderedOption(seg, p.text, documents)) return { modality: "deferred", reason: "deferred" };
  // A part the tender itself declares informative ("Section B … is attached for information only").
  if (inInformativePart(p.document, seg.headingPath, documents)) return { modality: "non-binding", reason: "non-binding" };
  // An article outside those a letter of intent declares binding ("Met uitzondering van artikel 1 en 9 tot en met 13 … niet bindend").
  if (outsideBindingArticles(doc, seg.headingPath, p.text)) return { modality: "non-binding", reason: "non-binding" };
  // A table's explanation column ("ID | Eis | Type | Toelichting") explains the requirement beside it; it asks nothing itself.
  if (seg.table && seg.table.column !== 0 && EXPLANATION_COLUMN.test(seg.table.header ?? "")) return { modality: "non-binding", reason: "non-binding" };
  // A consultation's comment column reports what a resident or an organisation asked for.
  if (seg.table && REPORTED_COLUMN.test(seg.table.header ?? "")) return { modality: "non-binding", reason: "non-binding" };
  // A criterion of an award table is scored: an offer that does less gets fewer points, not rejected.
  if (seg.table && AWARD_CRITERION_COLUMN.test(seg.table.header ?? "")) return { modality: "wish", reason: "wish" };
  // An earlier message quoted under a reply ("> Wij stellen 90 dagen voor") reports what someone
  // proposed; what the thread settles is in the messages above it.
  if (inQuotedReply(doc.segments, p.segment)) return { modality: "non-binding", reason: "non-binding" };
  // An explanatory note ("Toelichting. Team Informatievoorziening vult de registratie zelf in") explains, it binds nobody.
  if (EXPLANATORY_NOTE.test(p.text)) return { modality: "non-binding", reason: "non-binding" };
  // A speaker's turn in minutes ("Dhr. Van Dalen: de triage is geen besluit …") reports a view.
  if (SPEAKER_TURN.test(p.text) || (SPEAKER_TURN.test(seg.text.slice(0, 60)) && seg.text.startsWith(p.text.slice(0, 20)))) return { modality: "non-binding", reason: "non-binding" };
  // "Antwoord: Nee." denies what the question asked, unless the answer goes on to oblige the
  // supplier ("Nee. Opdrachtnemer voert de conformiteitsbeoordeling uit": the requirement stays).
  if (ANSWER_NO.test(p.text) && !has(p, "obligation") && firstParty(p) !== "supplier") return { modality: "negated", reason: "negated", whole: true };
  // A requirement row typed "n.v.t." ("not applicable") is listed only to rule it out.
  if (seg.table && rowCells(seg, doc.segments, p.segment).some((c) => NOT_APPLICABLE_CELL.test(c.text) && TYPE_HEADER.test(c.header ?? ""))) return { modality: "negated", reason: "negated", whole: true };
  if (!has(p, "obligation") && firstParty(p) === null && isRowLabel(p, seg, doc.segments)) return { modality: "heading", reason: "heading-only" };
  const context = contextOf(seg, doc.segments, p.segment, scanned);
  if (context.has("exclusionLeadIn")) return { modality: "negated", reason: "negated", whole: true };
  // A confirmation whose "no" excludes the tender binds like any knock-out requirement.
  const knockOut = seg.table !== undefined && rowCells(seg, doc.segments, p.segment, 80).some((c) => KNOCK_OUT.test(c.text));
  if (!knockOut && (asks(p) || endsWithQuestionMark(p.text) || isNumberedQuestion(p, seg) || inQuestionBlock(doc.segments, p.segment))) {
    return { modality: "question", reason: "question-only" };
  }
  if (has(p, "notAttached") || refersToAbsentAnnex(p, documents)) return { modality: "deferred", reason: "annex-not-attached" };
  if (!knockOut && context.has("question")) return { modality: "question", reason: "question-only" };
  if (has(p, "withdrawn") && !DELETES_DATA.test(p.text) && (!has(p, "obligation") || WITHDRAWS_REQUIREMENT.test(withoutQuotes(p.text)))) return { modality: "withdrawn", reason: "withdrawn" };
  if (has(p, "amended") && AMENDED_TO_AIM.test(p.text)) return { modality: "non-binding", reason: "non-binding" };
  if (has(p, "deferred") || WHETHER_LATER.test(p.text) || WHETHER_NEEDED.test(p.text) || WHETHER_JUDGED.test(p.text) || JUDGES_WHETHER_NEEDED.test(p.text) || DETERMINING_WHETHER.test(p.text) || needOpen(p.text) || HOW_AGREED_LATER.test(p.text) || ARRANGEMENTS_LATER.test(p.text) || DECIDED_ON_LATER.test(p.text)) return { modality: "deferred", reason: "deferred" };
  if (firstParty(p) === "buyer" && (BUYER_EXPLORES_WHETHER.test(p.text) || BUYER_DECIDES_WHETHER.test(p.text))) return { modality: "deferred", reason: "deferred" };
  const judged = AS_JUDGED_NEEDED.exec(p.text);
  // Left to a party's discretion, as "considers appropriate" already is (nonBinding).
  if (judged && !SUPPLIED_AS_NEEDED.test(p.text.slice(0, judged.index + judged[1]!.length))) return { modality: "non-binding", reason: "non-binding" };
  // "Indien de Provincie besluit een DPIA uit te voeren, verleent Opdrachtnemer medewerking": the
  // duty waits for the buyer's choice (a supplier's own choice still binds him once made).
  if (OPTION_CONDITION.test(p.text)) return { modality: "deferred", reason: "deferred" };
  const choice = CHOICE_CONDITION.exec(p.text);
  if (choice && !chooserIsSupplier(p, choice[0], choice[2]!)) return { modality: "deferred", reason: "deferred", option: "buyer" };
  // The same choice at the end: "Vendor will assist … if the Province elects to carry out a DPIA".
  if (TRAILING_CHOICE.test(p.text)) return { modality: "deferred", reason: "deferred", option: "buyer" };
  if (IF_ORDER_SAYS.test(p.text)) return { modality: "deferred", reason: "deferred" };
  const permitted = permittedParty(p);
  // An example list binds none of its examples ("measures, which could include …"); a discretion
  // left to the buyer ("kan, indien zij dat nodig acht, een audit laten uitvoeren") is its right.
  if (has(p, "exampleList")) return { modality: "non-binding", reason: "non-binding", ...(permitted === "buyer" ? { option: "buyer" as const } : {}) };
  if (wishes(p) && !MUST_LABEL.test(p.text) && !OFFERED_WISHES.test(p.text)) return { modality: "wish", reason: "wish" };
  // A wish row the bidder answered "ja" is a duty where the award makes such wishes binding.
  if (context.has("wish") && !(seg.table && yesAnsweredWishesBind(documents) && rowAnsweredYes(seg, doc.segments, p.segment))) return { modality: "wish", reason: "wish" };
  // A selection criterion asks what the candidate did before (a reference project, a key
  // competence): proof of suitability, not a duty of the contract to come.
  if (has(p, "selectionReference") || context.has("selectionReference")) return { modality: "non-binding", reason: "non-binding" };
  if (context.has("deferred")) return { modality: "deferred", reason: "deferred" };
  if (context.has("nonBinding")) return { modality: "non-binding", reason: "non-binding" };
  // "Opdrachtnemer verklaart kennis te hebben genomen van artikel 5": knowing a rule is no promise to keep it.
  if (ACKNOWLEDGES_ONLY.test(p.text)) return { modality: "non-binding", reason: "declaration-only" };
  if (MAY_AGREE.test(p.text)) return { modality: "non-binding", reason: "non-binding" };
  // A recommendation or intention binds nothing when it governs the sentence (near its start, or
  // with no acting party), not when it stands in a subordinate clause ("… meldt elk incident dat
  // tot een datalek zou kunnen leiden").
  // After a fronted clause ("Omdat fragmenten 28 dagen worden bewaard, adviseren wij …") the main clause starts at the comma.
  const mainStart = clauseStart(p.text);
  // A clause number ("4.10.", "NE-12") stands before the sentence and does not count.
  const lead = clauseNumberTokens(p.text);
  if (p.concepts.some((h) => h.concept === "nonBinding" && (h.at - lead <= 6 || (mainStart >= 0 && h.at >= mainStart && h.at <= mainStart + 3) || firstParty(p) === null))) {
    return { modality: "non-binding", reason: "non-binding", ...(permitted === "buyer" ? { option: "buyer" as const } : {}) };
  }
  // An explanatory memo binds only where it reports what the contract itself lays down (an
  // obligation, an article, the agreement); its explanations and examples bind nothing.
  if (expectationInCouncilLetter(doc, p)) return { modality: "non-binding", reason: "non-binding" };
  if (declaresItselfNotBinding(doc)) return { modality: "non-binding", reason: "non-binding" };
  if (isExplanatory(doc) && ((!has(p, "obligation") && !REPORTS_CONTRACT.test(p.text)) || IMPERATIVE.test(p.text))) return { modality: "non-binding", reason: "non-binding" };
  if (permitted) return { modality: "non-binding", reason: "non-binding", option: permitted };
  // "Een DPIA is niet nodig" denies the need even when a party acts elsewhere in the sentence;
  // "zolang herstel niet mogelijk is" only sets a condition.
  // "will not put into use a system that its provider has not registered": a negation whose
  // object is itself negated sets a condition (no use without registration); it denies nothing.
  const doubleNegation = isDoubleNegation(p);
  if (!doubleNegation && p.concepts.some((h) => isDenial(p, h))) return { modality: "negated", reason: "negated" };
  if (!doubleNegation && isNegated(p) && !has(p, "conditional") && (!hasObligation(p) || agentOnly(p))) return { modality: "negated", reason: "negated" };
  // "A separate IAMA will not be carried out": a negated modal with no acting party states that
  // something is not done.
  if (firstParty(p) === null && negatedModal(p)) return { modality: "negated", reason: "negated" };
  // The recitals of a contract ("Overwegende dat …", "Whereas …") record, they do not bind.
  // What the parties establish together there ("Partijen stellen vast dat …") still counts.
  if (inRecitals(doc.segments, p.segment) && !JOINT.test(p.text)) return { modality: "non-binding", reason: "non-binding" };
  return OBLIGATION;
}
