// What a route is planned from: a model and either an item or a stored check with a high risk.
import { planRoute, proposeTenderEscalation } from "@ethiek/governance";
import type { CheckReport, RouteItem, RoutePlan, RoutePlanInput } from "@ethiek/schemas";
import type { Actor } from "../../auth.js";
import type { Db } from "../../db/database.js";
import type { ProblemInit } from "../../problems.js";
import { findVisibleCheck } from "../../storage/checks.js";
import { allGovernanceModels, findGovernanceModel } from "../../storage/governance-models.js";
import { planProblem } from "./problems.js";

/**
 * Resolves what to plan: the model, and the item from the body or from a stored check of the
 * actor's organisation (a check whose classification is not high-risk or prohibited gives no
 * escalation: 422). Every failure is a problem value, for the route to send.
 *
 * @example
 * const resolved = await resolvePlan(db, request.actor, body);
 * if (!resolved.ok) return sendProblem(request, reply, resolved.problem);
 */
export async function resolvePlan(db: Db, actor: Actor, body: RoutePlanInput): Promise<{ ok: true; plan: RoutePlan } | { ok: false; problem: ProblemInit }> {
  const model = await findGovernanceModel(db, body.modelId);
  if (model === undefined) {
    return {
      ok: false,
      problem: {
        status: 404,
        code: "governance-model-not-found",
        detail: `Er is geen bestuursmodel ${body.modelId}. Kies uit: ${(await allGovernanceModels(db)).map((m) => m.id).join(", ")}.`,
      },
    };
  }
  if ((body.item === undefined) === (body.checkId === undefined)) {
    return {
      ok: false,
      problem: {
        status: 400,
        code: "item-or-check-required",
        detail: "Geef precies één van beide op: item (het stuk) of checkId (een opgeslagen toets).",
        invalidParams: [{ name: "body/item", reason: "item of checkId, niet beide en niet geen", code: "one-of" }],
      },
    };
  }
  if (body.checkId !== undefined) {
    const check = await findVisibleCheck(db, body.checkId, [actor.organisation]);
    if (check === undefined) return { ok: false, problem: { status: 404, code: "check-not-found", detail: `Er is geen toets ${body.checkId} van uw organisatie.` } };
    const proposal = proposeTenderEscalation(JSON.parse(check.report) as CheckReport, { model });
    if (!proposal.ok) return { ok: false, problem: planProblem(proposal.errors) };
    if (proposal.value === null) {
      return {
        ok: false,
        problem: {
          status: 422,
          code: "no-escalation-needed",
          detail: "Deze toets vond geen hoog-risico-AI en geen verboden toepassing; een escalatieroute is niet nodig.",
        },
      };
    }
    return { ok: true, plan: proposal.value };
  }
  const planned = planRoute(model, body.item as RouteItem);
  if (!planned.ok) return { ok: false, problem: planProblem(planned.errors) };
  return { ok: true, plan: planned.value };
}
