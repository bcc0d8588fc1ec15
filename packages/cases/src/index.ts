/**
 * @ethiek/cases: ethics cases (casussen) and their lifecycle, analyses per method, task-registry
 * instruments such as the IAMA, non-binding reflections and decisions, moresprudentie search,
 * the anonymised public export, waiver citations and the ZGW mapping. Pure logic, no I/O.
 */
export * from "./errors.js";
export {
  CASE_STATUSES,
  STATUS_LABELS,
  TERMINAL_STATUSES,
  addReflection,
  allowedTransitions,
  createCase,
  isTerminal,
  recordDecision,
  transition,
  updateCase,
  type Actor,
  type CasePatch,
  type TransitionOptions,
} from "./lifecycle.js";
export { checkAnswers, loadInstrument, unansweredQuestions } from "./instrument.js";
export { COMMISSION_MOVES, canSeeCase, isAskingOrganisation, isHandlingCommission, mayMoveCase, type CaseParties, type CaseViewer } from "./visibility.js";
export { PrecedentIndex, type PrecedentFilters, type SearchOptions } from "./search.js";
export { caseFields, commissionOf, yearOf, type SearchField } from "./case-text.js";
export { highlightHtml, snippets } from "./snippets.js";
export { fold, stems, tokenize, type Token } from "./text.js";
export {
  ANONYMISATION_RULES,
  bookletHtml,
  bookletMarkdown,
  escapeMarkdown,
  exportPublic,
  personNames,
  publicPrecedentIndex,
  scrubber,
  toPublicCase,
  type PublicExportOptions,
} from "./export.js";
export {
  checksCitingCase,
  citationIndex,
  citationsFromReport,
  citationsFromRequests,
  citationsFromTender,
  type CitingCheck,
  type WaiverCitation,
} from "./waivers.js";
export {
  ZGW_ARCHIVE_DEFAULTS,
  ZGW_RESULTAATTYPEN,
  ZGW_ROLTYPEN,
  ZGW_STATUSTYPEN,
  toZgw,
  type ZgwArchiveOptions,
  type ZgwOptions,
  type ZgwRelatedZaaktype,
  type ZgwResultArchive,
  type ZgwResultKey,
} from "./zgw.js";
export {
  ZGW_ACTOR,
  fromZgw,
  zgwProjection,
  type ZgwImportError,
  type ZgwImportErrorCode,
  type ZgwProjectionOptions,
  type ZgwRemoteResultaat,
  type ZgwRemoteRol,
  type ZgwRemoteStatus,
  type ZgwRemoteType,
  type ZgwRemoteZaak,
  type ZgwZaakBundle,
} from "./zgw-import.js";
export { recipientFromRouting, routeCase, toRoutingRequest } from "./routing.js";
