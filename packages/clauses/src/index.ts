/**
 * @ethiek/clauses: model clauses for algorithms and AI in tender documents (Dutch and English, with
 * sources by article), the clause set a ruleset puts in force, and the annex "Aanvullende eisen
 * voor algoritmen en AI" that closes what a check found missing. Pure: no I/O. The DOCX writer is
 * in `@ethiek/clauses/docx`.
 */
export { ethiekClauses } from "./library/ethiek.js";
export { resolveClauses, defaultParties, type ClauseIssue, type ClauseSet, type ClauseSetResult, type ResolvedClause, type ResolvedParameter } from "./resolve.js";
export { buildAnnex, clausesFor, conditionContextOf, type Annex, type AnnexEdit, type AnnexGap, type AnnexItem, type AnnexOptions, type AnnexSection } from "./annex.js";
export { annexFor, type AnnexForOptions, type AnnexResult } from "./annex-for.js";
export { fill, formatValue, placeholdersIn, type FillContext, type Language } from "./text.js";
export { annexToMarkdown } from "./format/markdown.js";
export { annexToHtml, annexArticle, clauseText, copyScript, annexStyles, type AnnexHtmlOptions } from "./format/html.js";
