import type { CaseConfidentiality, CaseStatus } from "@ethiek/schemas";

/** Who holds a case: the organisation that asked it, the one that handles it, and how open it is. */
export interface CaseParties {
  /** The organisation that asked the case. */
  readonly organisation: string;
  /** The commission that handles it (or the asking organisation itself, when it has none). */
  readonly commission: string;
  readonly confidentiality: CaseConfidentiality;
}

/** Who looks at or acts on a case. */
export interface CaseViewer {
  /** The viewer's organisation. */
  readonly organisation: string;
  /** The viewer's roles (`officer`, `ethics`, `admin`). */
  readonly roles: ReadonlySet<string>;
  /** The commission that handles the cases of the viewer's organisation, or null when it has none. */
  readonly commissionOfOrganisation: string | null;
}

/**
 * Statuses the handling commission sets (with the ethics role); every other status is set by the
 * organisation that asked the case.
 */
export const COMMISSION_MOVES: ReadonlySet<CaseStatus> = new Set(["accepted", "declined", "in-analysis", "reflection-given", "closed"]);

/**
 * Whether the viewer may see a case: the asking organisation; the commission handling it (ethics
 * role); for internal cases also the other organisations served by that commission; public cases
 * everyone. A confidential case stays with the asking organisation and its commission. A case the
 * viewer may not see should look absent to it, never forbidden.
 *
 * @example
 * canSeeCase({ organisation: "noord", commission: "commissie", confidentiality: "internal" },
 *   { organisation: "zuid", roles: new Set(["officer"]), commissionOfOrganisation: "commissie" }) // true
 */
export function canSeeCase(parties: CaseParties, viewer: CaseViewer): boolean {
  if (parties.organisation === viewer.organisation) return true;
  if (isHandlingCommission(parties, viewer)) return true;
  if (parties.confidentiality === "public") return true;
  if (parties.confidentiality === "internal") return viewer.commissionOfOrganisation !== null && viewer.commissionOfOrganisation === parties.commission;
  return false;
}

/**
 * Whether the viewer is the commission that handles the case, with the ethics role: it accepts,
 * analyses, reflects and closes.
 *
 * @example
 * isHandlingCommission(parties, { organisation: "commissie", roles: new Set(["ethics"]), commissionOfOrganisation: null }) // true
 */
export function isHandlingCommission(parties: Pick<CaseParties, "commission">, viewer: Pick<CaseViewer, "organisation" | "roles">): boolean {
  return parties.commission === viewer.organisation && viewer.roles.has("ethics");
}

/**
 * Whether the viewer speaks for the organisation that asked the case (officer or ethics role): it
 * edits the question, records its decision and may withdraw.
 *
 * @example
 * isAskingOrganisation(parties, { organisation: "noord", roles: new Set(["officer"]) }) // true
 */
export function isAskingOrganisation(parties: Pick<CaseParties, "organisation">, viewer: Pick<CaseViewer, "organisation" | "roles">): boolean {
  return parties.organisation === viewer.organisation && (viewer.roles.has("officer") || viewer.roles.has("ethics"));
}

/**
 * Whether the viewer may move the case to `to`: the handling commission for its own steps
 * ({@link COMMISSION_MOVES}), the asking organisation for the others. Whether the step is allowed
 * from the case's current status is the lifecycle's question (`transition`).
 *
 * @example
 * mayMoveCase(parties, commissionViewer, "accepted") // true
 * mayMoveCase(parties, commissionViewer, "withdrawn") // false: the asking organisation withdraws
 */
export function mayMoveCase(parties: Pick<CaseParties, "organisation" | "commission">, viewer: Pick<CaseViewer, "organisation" | "roles">, to: CaseStatus): boolean {
  return COMMISSION_MOVES.has(to) ? isHandlingCommission(parties, viewer) : isAskingOrganisation(parties, viewer);
}
