// How a refused case request answers: the lifecycle's typed errors and the visibility rule's 404.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { TransitionError } from "@ethiek/cases";
import { kebab, sendProblem } from "../../problems.js";

/** Lifecycle errors that describe a wrong request (422) rather than a conflict with the case's state (409). */
export function lifecycleProblem(request: FastifyRequest, reply: FastifyReply, error: TransitionError) {
  const status = error.code === "REASON_REQUIRED" || error.code === "INVALID_TIME" ? 422 : 409;
  return sendProblem(request, reply, { status, code: kebab(error.code), detail: error.message });
}

/** A case the caller may not see answers as one that does not exist. */
export const notFound = (request: FastifyRequest, reply: FastifyReply, id: string) =>
  sendProblem(request, reply, { status: 404, code: "case-not-found", detail: `Er is geen casus '${id}' die u mag zien.` });

/** The caller sees the case but may not do this to it. */
export const forbidden = (request: FastifyRequest, reply: FastifyReply, detail: string) => sendProblem(request, reply, { status: 403, code: "case-forbidden", detail });

/** Somebody changed the case between reading and writing it. */
export const conflict = (request: FastifyRequest, reply: FastifyReply) =>
  sendProblem(request, reply, { status: 409, code: "case-changed", detail: "De casus is net door iemand anders gewijzigd. Haal hem opnieuw op en probeer het nog eens." });
