import type { Actor } from "./auth.js";
import type { Db } from "./db/database.js";

/**
 * The organisations whose checks an actor may read: its own, and — for the ethics role of an
 * ethics commission — those of the organisations that name it as their commission. Nothing else
 * is visible: another organisation's check answers 404, as if it did not exist.
 *
 * @example
 * const orgs = await visibleOrganisations(db, request.actor);
 */
export async function visibleOrganisations(db: Db, actor: Actor): Promise<string[]> {
  const orgs = [actor.organisation];
  if (actor.roles.has("ethics")) {
    const members = await db.selectFrom("organisations").select("id").where("commission_id", "=", actor.organisation).execute();
    for (const m of members) orgs.push(m.id);
  }
  return orgs;
}

/**
 * Whether an actor may decide a waiver request of an organisation: the ethics role of the
 * organisation itself or of its commission.
 */
export async function mayDecideWaivers(db: Db, actor: Actor, organisation: string): Promise<boolean> {
  if (!actor.roles.has("ethics")) return false;
  if (actor.organisation === organisation) return true;
  const org = await db.selectFrom("organisations").select("commission_id").where("id", "=", organisation).executeTakeFirst();
  return org?.commission_id === actor.organisation;
}

/** An organisation as the API stores it: its id and its name. */
export interface OrganisationRef {
  readonly id: string;
  readonly name: string;
}

/** What a governance body says about who sits in it (`governance-model.schema.json`). */
export interface BodyOrganisations {
  readonly parentOrganisation: string;
  readonly memberOrganisations: readonly string[];
}

const normalise = (text: string): string => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

/**
 * Whether an organisation of the API is the body's parent organisation or one of its member
 * organisations. Governance models name organisations in words ("Provincie Zuid-Holland"), the
 * API by id and name; either may match, ignoring case and extra spaces.
 *
 * @example
 * belongsToBody({ id: "zuid-holland", name: "Provincie Zuid-Holland" }, { parentOrganisation: "Provincie Zuid-Holland", memberOrganisations: [] }); // true
 */
export function belongsToBody(org: OrganisationRef, body: BodyOrganisations): boolean {
  const names = new Set([normalise(org.id), normalise(org.name)]);
  return [body.parentOrganisation, ...body.memberOrganisations].some((o) => names.has(normalise(o)));
}

/** A role an actor holds at a body. */
export interface HeldBodyRole {
  readonly bodyId: string;
  readonly role: string;
}

/** Why the server cannot say on whose behalf a step event is recorded. Stable codes, kebab-case in problems. */
export type BodyActorError =
  /** The caller named a body or role it does not hold (403). */
  | { readonly code: "body-role-not-held"; readonly bodyId?: string; readonly role?: string }
  /** The caller holds no role at any body of the step (403). */
  | { readonly code: "no-body-role-at-step"; readonly stepBodies: readonly string[] }
  /** The caller holds roles at several bodies of the step and named none (422). */
  | { readonly code: "body-choice-required"; readonly bodyIds: readonly string[] }
  /** The caller holds several roles at the body and named none (422). */
  | { readonly code: "role-choice-required"; readonly bodyId: string; readonly roles: readonly string[] };

/**
 * Decides on whose behalf a step event (an outcome or a return) is recorded: from the roles the
 * caller holds, never from what the caller says. A named body or role must be one the caller
 * holds; otherwise the caller's roles at the step's bodies decide, and a choice is only asked
 * for when they leave more than one possibility. `stepBodies` is undefined when the step is not on
 * the route; the state machine then refuses the event itself.
 *
 * @example
 * resolveBodyActor([{ bodyId: "aac", role: "chair" }], ["aac"], {}); // { ok: true, value: { bodyId: "aac", role: "chair" } }
 */
export function resolveBodyActor(
  held: readonly HeldBodyRole[],
  stepBodies: readonly string[] | undefined,
  asked: { readonly bodyId?: string | undefined; readonly role?: string | undefined },
): { ok: true; value: HeldBodyRole | null } | { ok: false; error: BodyActorError } {
  const { bodyId, role } = asked;
  const matching = held.filter((h) => (bodyId === undefined || h.bodyId === bodyId) && (role === undefined || h.role === role));
  if ((bodyId !== undefined || role !== undefined) && matching.length === 0) {
    return { ok: false, error: { code: "body-role-not-held", ...(bodyId === undefined ? {} : { bodyId }), ...(role === undefined ? {} : { role }) } };
  }
  // A step the route does not have: the state machine answers (422), whatever the caller holds.
  if (stepBodies === undefined) return { ok: true, value: matching[0] ?? null };
  const atStep = matching.filter((h) => stepBodies.includes(h.bodyId));
  if (atStep.length === 0) {
    // A held body that is not at this step: the state machine explains which bodies are (422).
    if (bodyId !== undefined) return { ok: true, value: matching.find((h) => h.bodyId === bodyId) ?? null };
    return { ok: false, error: { code: "no-body-role-at-step", stepBodies } };
  }
  const bodies = [...new Set(atStep.map((h) => h.bodyId))];
  if (bodies.length > 1) return { ok: false, error: { code: "body-choice-required", bodyIds: bodies } };
  if (atStep.length > 1) return { ok: false, error: { code: "role-choice-required", bodyId: bodies[0] as string, roles: atStep.map((h) => h.role) } };
  return { ok: true, value: atStep[0] as HeldBodyRole };
}

/** The part of a route's plan that access needs: the bodies at each step. */
export interface PlanBodies {
  readonly steps: readonly { readonly bodies: readonly { readonly bodyId: string }[] }[];
}

/**
 * Whether an actor with these roles sits at a body on a route's plan. Such an actor may read the
 * route (by its id and in the route list) and act for its body there, whichever organisation
 * created the route (decision 0010). A role at a body of another step counts too: a province's
 * executive must see the route before its step is active.
 *
 * @example
 * holdsRoleOnPlan([{ bodyId: "gs-drenthe", role: "deputy" }], { steps: [{ bodies: [{ bodyId: "gs-drenthe" }] }] }); // true
 */
export function holdsRoleOnPlan(held: readonly HeldBodyRole[], plan: PlanBodies): boolean {
  if (held.length === 0) return false;
  const bodies = new Set(plan.steps.flatMap((s) => s.bodies.map((b) => b.bodyId)));
  return held.some((h) => bodies.has(h.bodyId));
}
