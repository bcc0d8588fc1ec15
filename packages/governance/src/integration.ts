import type {
  CaseRoutingRequest,
  CaseRoutingResult,
  CheckReport,
  Declaration,
  GovernanceBody,
  GovernanceModel,
  GovernanceText,
  RoutePlan,
} from "@ethiek/schemas";
import { fail, ok, type IntegrationError, type Result } from "./errors.js";
import { shippedModels } from "./models/index.js";
import { planRoute } from "./plan.js";

const normalise = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

/**
 * Proposes a `tender-escalation` route for a tender check whose classification is high-risk or
 * prohibited; returns `null` when neither holds (nothing to escalate). The governance model is
 * the given one, or the shipped model whose organisation is the tender's buyer.
 *
 * @example
 * const proposal = proposeTenderEscalation(report, { model: zuidHollandModel });
 * if (proposal.ok && proposal.value) console.log(proposal.value.steps.map((s) => s.explanation.nl));
 */
export function proposeTenderEscalation(
  report: CheckReport,
  options: { model?: GovernanceModel; models?: readonly GovernanceModel[] } = {},
): Result<RoutePlan | null, IntegrationError> {
  const escalates = report.classification.some((c) => (c.tag === "high-risk" || c.tag === "prohibited") && c.holds);
  if (!escalates) return ok(null);
  const buyer = report.tender?.buyer;
  const candidates = options.models ?? Object.values(shippedModels);
  const model = options.model ?? (buyer ? candidates.find((m) => normalise(m.organisation) === normalise(buyer)) : undefined);
  if (!model) {
    return fail({
      code: "NO_MODEL_FOR_BUYER",
      message: `No governance model for the buyer '${buyer ?? "(not stated)"}'; pass one as options.model (known organisations: ${candidates.map((m) => m.organisation).join(", ")}).`,
      messageNl: `Er is geen bestuursmodel voor de aanbestedende dienst '${buyer ?? "(niet opgegeven)"}'. Kies een model.`,
    });
  }
  const facts: Declaration[] = report.classification.map((c) => ({
    tag: c.tag,
    holds: c.holds,
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.reasons[0] ? { reason: c.reasons[0] } : {}),
  }));
  const reference = report.tender?.id ?? report.id;
  const plan = planRoute(model, {
    kind: "tender-escalation",
    title: report.tender?.title ?? report.tender?.id ?? "Aanbesteding",
    ...(buyer ? { organisation: buyer } : {}),
    ...(reference === undefined ? {} : { reference }),
    facts,
  });
  if (!plan.ok) return fail(...plan.errors.map((e) => ({ code: e.code, message: e.message, messageNl: e.messageNl })));
  return ok(plan.value);
}

interface Candidate {
  readonly model: GovernanceModel;
  readonly body: GovernanceBody;
  readonly rank: number[];
}

/**
 * Names the body that is competent for an ethics question or case, with the reasons, and plans
 * its route. The interprovincial ethics commission advises boards on questions but takes no
 * individual cases; a regional data-ethics commission reflects on its members' cases; a
 * province's own advisors support its officials; a body without a formal position gets no
 * confidential material. The organisation's own bodies come first; a board's question goes first
 * to a commission that advises boards.
 *
 * @example
 * const routed = routeEthicsCase(Object.values(shippedModels), {
 *   organisation: "Provincie Fryslân", kind: "case", confidentiality: "internal",
 * });
 * if (routed.ok) console.log(routed.value.bodyId); // "dkf"
 */
export function routeEthicsCase(
  models: GovernanceModel | readonly GovernanceModel[],
  request: CaseRoutingRequest,
): Result<CaseRoutingResult, IntegrationError> {
  const list: readonly GovernanceModel[] = Array.isArray(models) ? models : [models as GovernanceModel];
  const problem = checkRequest(request);
  if (problem) return fail(problem);
  const organisation = normalise(request.organisation);
  const considered: CaseRoutingResult["considered"] = [];
  const competent: Candidate[] = [];
  for (const model of list) {
    for (const body of model.bodies) {
      const intake = body.caseIntake;
      if (!intake) continue;
      const reason = refusal(body, request);
      if (reason) {
        considered.push({ modelId: model.id, bodyId: body.id, competent: false, reason });
        continue;
      }
      const own = normalise(body.parentOrganisation) === organisation;
      const audienceFit =
        request.askedBy === undefined ? 0 : request.askedBy === "board" ? (intake.audience === "boards" ? 0 : 1) : intake.audience === "boards" ? 1 : 0;
      competent.push({ model, body, rank: [audienceFit, own ? 0 : 1, intake.audience === "boards" ? 1 : 0, body.formalPosition ? 0 : 1] });
      considered.push({
        modelId: model.id,
        bodyId: body.id,
        competent: true,
        reason: {
          nl: `${body.name.nl} neemt ${request.kind === "case" ? "casussen" : "vragen"} aan van ${request.organisation}.`,
          en: `${body.name.en} takes ${request.kind === "case" ? "cases" : "questions"} from ${request.organisation}.`,
        },
      });
    }
  }
  if (competent.length === 0) {
    const why = considered.map((c) => c.reason.en).join(" ");
    return fail({
      code: "NO_COMPETENT_BODY",
      message: `No body in the given models takes ${request.kind === "case" ? "cases" : "questions"} from '${request.organisation}'. ${why}`.trim(),
      messageNl: `Geen enkel orgaan in de modellen neemt ${request.kind === "case" ? "casussen" : "vragen"} aan van '${request.organisation}'. ${considered.map((c) => c.reason.nl).join(" ")}`.trim(),
    });
  }
  competent.sort((a, b) => compareRanks(a.rank, b.rank));
  const chosen = competent[0]!;
  const explanation: GovernanceText = {
    nl: `${chosen.body.name.nl} is bevoegd: ${chosen.body.mandate.description.nl}`,
    en: `${chosen.body.name.en} is competent: ${chosen.body.mandate.description.en}`,
  };
  let plan: RoutePlan | undefined;
  const itemKind = chosen.body.caseIntake?.itemKind;
  if (itemKind) {
    const planned = planRoute(chosen.model, {
      kind: itemKind,
      title: request.title ?? (request.kind === "case" ? "Ethische casus" : "Ethische vraag"),
      organisation: request.organisation,
      ...(request.reference ? { reference: request.reference } : {}),
    });
    if (!planned.ok) return fail(...planned.errors.map((e) => ({ code: e.code, message: e.message, messageNl: e.messageNl })));
    plan = planned.value;
  }
  return ok({
    modelId: chosen.model.id,
    bodyId: chosen.body.id,
    bodyName: chosen.body.name,
    explanation,
    ...(plan ? { plan } : {}),
    considered,
  });
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Why a body does not take this request, or null when it does. */
function refusal(body: GovernanceBody, request: CaseRoutingRequest): GovernanceText | null {
  const intake = body.caseIntake!;
  if (!intake.accepts.includes(request.kind)) {
    return request.kind === "case"
      ? {
          nl: `${body.name.nl} behandelt geen losse casussen; ${intake.audience === "boards" ? "zij adviseert bestuurders over vragen" : "zij neemt alleen vragen aan"}.`,
          en: `${body.name.en} takes no individual cases; ${intake.audience === "boards" ? "it advises boards on questions" : "it takes only questions"}.`,
        }
      : { nl: `${body.name.nl} neemt alleen casussen aan, geen algemene vragen.`, en: `${body.name.en} takes only cases, not general questions.` };
  }
  const from = intake.fromOrganisations.map(normalise);
  if (!from.includes(normalise(request.organisation))) {
    return {
      nl: `${body.name.nl} neemt alleen ${request.kind === "case" ? "casussen" : "vragen"} aan van ${summarise(intake.fromOrganisations)}.`,
      en: `${body.name.en} only takes ${request.kind === "case" ? "cases" : "questions"} from ${summarise(intake.fromOrganisations)}.`,
    };
  }
  if (request.confidentiality === "confidential" && !intake.acceptsConfidential) {
    return {
      nl: `${body.name.nl} krijgt geen vertrouwelijke stukken${body.formalPosition ? "" : " (het heeft geen formele plek in de organisatie)"}.`,
      en: `${body.name.en} receives no confidential material${body.formalPosition ? "" : " (it has no formal position in the organisation)"}.`,
    };
  }
  return null;
}

function summarise(organisations: readonly string[]): string {
  return organisations.length > 3 ? `${organisations.slice(0, 3).join(", ")} (+${organisations.length - 3})` : organisations.join(", ");
}

function checkRequest(request: CaseRoutingRequest): IntegrationError | null {
  const problems: string[] = [];
  if (request === null || typeof request !== "object") problems.push("the summary must be an object");
  else {
    if (typeof request.organisation !== "string" || request.organisation.trim() === "") problems.push("'organisation' is missing");
    if (request.kind !== "question" && request.kind !== "case") problems.push("'kind' must be question or case");
    if (!["public", "internal", "confidential"].includes(request.confidentiality)) problems.push("'confidentiality' must be public, internal or confidential");
    if (request.askedBy !== undefined && request.askedBy !== "official" && request.askedBy !== "board") problems.push("'askedBy' must be official or board");
  }
  if (problems.length === 0) return null;
  return {
    code: "INVALID_CASE_SUMMARY",
    message: `The case summary is not usable: ${problems.join("; ")}.`,
    messageNl: `De samenvatting van de casus is niet bruikbaar: ${problems.join("; ")}.`,
  };
}
