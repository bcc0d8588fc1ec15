// What every assessment route does around its domain call: load the caller's assessment (or
// answer 404), store a change (or answer 409), and turn assessment errors into a 422.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AssessmentError } from "@ethiek/maturity";
import type { MaturityAssessment } from "@ethiek/schemas";
import { kebab, sendProblem } from "../../problems.js";
import { loadAssessment, updateAssessment, type LoadedAssessment } from "../../storage/maturity.js";

/** A 422 naming every answer or target that does not fit the model. */
export function assessmentProblem(request: FastifyRequest, reply: FastifyReply, errors: readonly AssessmentError[], part = "body") {
  return sendProblem(request, reply, {
    status: 422,
    code: kebab(errors[0]!.code),
    detail: errors.map((e) => e.messageNl).join(" "),
    invalidParams: errors.map((e) => ({ name: `${part}${e.pointer}`, reason: e.messageNl, code: kebab(e.code) })),
  });
}

/** Loads the caller's assessment (path parameter `id`) and its model, or sends 404. */
export async function loadOr404(request: FastifyRequest, reply: FastifyReply): Promise<LoadedAssessment | undefined> {
  const { id } = request.params as { id: string };
  const found = await loadAssessment(request.server.storage.db, id, request.actor.organisation);
  if (found === undefined) await sendProblem(request, reply, { status: 404, code: "assessment-not-found", detail: `Er is geen meting ${id} van uw organisatie.` });
  return found;
}

/** Stores a changed assessment if nobody changed it in between; sends 409 and answers false otherwise. */
export async function updateOr409(
  request: FastifyRequest,
  reply: FastifyReply,
  found: LoadedAssessment,
  next: MaturityAssessment,
  action: string,
  detail: Record<string, unknown>,
): Promise<boolean> {
  const stored = await updateAssessment(request.server.storage.db, found.row, next, { actor: request.actor.id, action, detail, requestId: request.id });
  if (!stored) await sendProblem(request, reply, { status: 409, code: "assessment-changed", detail: "Iemand anders wijzigde deze meting tegelijk. Lees de meting opnieuw en probeer het nog eens." });
  return stored;
}
