import type { CheckReport, Document, RequirementInfo, Ruleset, Tender, Waiver } from "@ethiek/schemas";

/** Why a file could not be read (from `@ethiek/documents`). */
export interface EngineDocumentError {
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
  readonly document: string;
}

/** Per-file limits passed to the document reader. */
export interface EngineExtractLimits {
  readonly maxBytes: number;
  readonly maxPages: number;
  readonly timeoutMs: number;
}

/** A ruleset installed on the server: built in, or placed by an admin in the data folder. */
export interface InstalledRuleset {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly extends: readonly string[];
  /** The definition as written (ruleset.schema.json). */
  readonly definition: Ruleset;
  readonly source: "builtin" | "installed";
}

/**
 * Everything the service needs from the core packages, behind one seam: reading documents
 * (`@ethiek/documents`), checking (`@ethiek/procurement`) and formatting
 * (`@ethiek/reports`). `createEngine` in `engine-default.ts` binds the real packages.
 */
export interface Engine {
  readonly checkerVersion: string;
  extract(
    bytes: Uint8Array,
    options: { name: string; mediaType?: string; limits: EngineExtractLimits },
  ): Promise<{ ok: true; document: Document } | { ok: false; error: EngineDocumentError }>;
  /** The rulesets the server offers, by name. */
  rulesets(): readonly InstalledRuleset[];
  /** The default ruleset's name. */
  readonly defaultRuleset: string;
  check(
    documents: readonly Document[],
    options: { ruleset: string; manifest?: Tender; waivers: readonly Waiver[]; language: "nl" | "en"; timeoutMs?: number },
  ): CheckReport | Promise<CheckReport>;
  listRequirements(ruleset: string, language: "nl" | "en"): readonly RequirementInfo[];
  formatSarif(report: CheckReport, language: "nl" | "en"): string;
  formatHtml(report: CheckReport, language: "nl" | "en"): string;
  /**
   * The annex of model clauses for a report ("Aanvullende eisen voor algoritmen en AI"), with the
   * clause settings of the report's ruleset; not ok when that ruleset is no longer installed.
   */
  annex(report: CheckReport, options: AnnexRequest): Promise<{ ok: true; body: Uint8Array | string; clauses: number } | { ok: false; detail: string }>;
}

/** The formats of the annex. */
export type AnnexFormat = "docx" | "markdown" | "html";

export interface AnnexRequest {
  readonly format: AnnexFormat;
  readonly language: "nl" | "en";
  /** Include the notes to the procurement officer (default true). */
  readonly notes?: boolean;
  /** Nonce for the HTML page's inline script and style. */
  readonly nonce?: string;
  /** HTML only: the annex as an <article> for the web page (buttons shown by its script). */
  readonly fragment?: boolean;
}
