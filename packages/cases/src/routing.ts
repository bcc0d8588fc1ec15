import type { Case, CaseInput, CaseRecipient, CaseRoutingRequest, CaseRoutingResult, GovernanceModel } from "@ethiek/schemas";
import { routeEthicsCase, type IntegrationError, type Result } from "@ethiek/governance";

/**
 * What the governance package needs to name the competent commission for a case
 * (`routeEthicsCase(model, request)` in @ethiek/governance). A case with a concrete situation is a
 * `case`; one without context is a general `question`.
 *
 * @example
 * const request = toRoutingRequest(c);
 */
export function toRoutingRequest(c: Case | (CaseInput & { readonly id?: string })): CaseRoutingRequest {
  return {
    organisation: c.requester.organisation.name,
    kind: c.context && c.context.trim() !== "" ? "case" : "question",
    confidentiality: c.confidentiality,
    tags: [...c.tags.values, ...c.tags.technologies, ...c.tags.policyDomains],
    title: c.title,
    ...("id" in c && c.id ? { reference: c.id } : {}),
  };
}

/**
 * The case's `to` field from the governance package's routing result (Dutch name and explanation).
 *
 * @example
 * const routed = routeEthicsCase(model, toRoutingRequest(c));
 * if (routed.ok) c = { ...c, to: recipientFromRouting(routed.value) };
 */
export function recipientFromRouting(result: CaseRoutingResult, organisationId?: string): CaseRecipient {
  return {
    name: result.bodyName.nl,
    governanceModelId: result.modelId,
    bodyId: result.bodyId,
    routing: "governance",
    reason: result.explanation.nl,
    ...(organisationId ? { organisationId } : {}),
  };
}

/**
 * Routes a case to the competent commission with the governance package and fills its `to`
 * field. A recipient the requester chose (`routing: "manual"`) is kept as it is.
 *
 * @example
 * import { shippedModels } from "@ethiek/governance";
 * const routed = routeCase(Object.values(shippedModels), c);
 * if (routed.ok) c = routed.value; else console.log(routed.errors[0].messageNl);
 */
export function routeCase<C extends Case | CaseInput>(
  models: GovernanceModel | readonly GovernanceModel[],
  c: C,
  options: { readonly askedBy?: "official" | "board" } = {},
): Result<C, IntegrationError> {
  if (c.to?.routing === "manual") return { ok: true, value: c };
  const routed = routeEthicsCase(models, { ...toRoutingRequest(c), ...(options.askedBy ? { askedBy: options.askedBy } : {}) });
  if (!routed.ok) return routed;
  return { ok: true, value: { ...c, to: recipientFromRouting(routed.value) } };
}
