// How the governance package's typed errors and the body-role decision answer in HTTP.
import type { TransitionErrorCode } from "@ethiek/governance";
import type { RoutePlan } from "@ethiek/schemas";
import type { BodyActorError } from "../../access.js";
import { kebab, type ProblemInit } from "../../problems.js";

/** Transition errors that describe a wrong request rather than a conflict with the route's state. */
const UNPROCESSABLE: ReadonlySet<TransitionErrorCode> = new Set([
  "INVALID_EVENT",
  "UNKNOWN_STEP",
  "BODY_NOT_AT_STEP",
  "ROLE_NOT_ALLOWED",
  "OUTCOME_NOT_ALLOWED",
  "REMARKS_REQUIRED",
  "RETURN_TARGET_INVALID",
  "RETURN_NOT_ALLOWED",
]);

/** A refused route event: 422 for a wrong request, 409 for a conflict with the route's state. */
export function transitionProblem(error: { readonly code: TransitionErrorCode; readonly messageNl: string }): ProblemInit {
  return { status: UNPROCESSABLE.has(error.code) ? 422 : 409, code: kebab(error.code), detail: error.messageNl };
}

/** A plan that cannot be made (unknown item kind, contradicting facts, no competent body): 422 with the first error. */
export function planProblem(errors: readonly { readonly code: string; readonly messageNl: string }[]): ProblemInit {
  const first = errors[0]!;
  return { status: 422, code: kebab(first.code), detail: first.messageNl };
}

/** The problem for a step event whose body or role the server cannot settle from the caller's roles. */
export function bodyActorProblem(error: BodyActorError, plan: RoutePlan): ProblemInit {
  const name = (bodyId: string) => plan.steps.flatMap((s) => s.bodies).find((b) => b.bodyId === bodyId)?.name.nl ?? bodyId;
  switch (error.code) {
    case "body-role-not-held": {
      const what =
        error.bodyId !== undefined && error.role !== undefined
          ? `de rol ${error.role} bij ${name(error.bodyId)} (${error.bodyId})`
          : error.bodyId !== undefined
            ? `een rol bij ${name(error.bodyId)} (${error.bodyId})`
            : `de rol ${error.role ?? ""} bij een orgaan van deze route`;
      return {
        status: 403,
        code: error.code,
        detail: `Uw sleutel heeft niet ${what}. De dienst bepaalt zelf namens welk orgaan en in welke rol u optreedt, uit de rollen die een beheerder van uw organisatie aan uw sleutel gaf. Laat bodyId en role weg, of vraag uw beheerder om de rol.`,
      };
    }
    case "no-body-role-at-step":
      return {
        status: 403,
        code: error.code,
        detail: `U hebt geen rol bij een orgaan van deze stap (${error.stepBodies.map(name).join(", ")}). Alleen wie een rol heeft bij zo'n orgaan, kan hier een uitkomst vastleggen of het stuk terugsturen.`,
      };
    case "body-choice-required":
      return {
        status: 422,
        code: error.code,
        detail: `U hebt een rol bij meer dan één orgaan van deze stap: ${error.bodyIds.join(", ")}. Zeg met bodyId namens welk orgaan u optreedt.`,
      };
    case "role-choice-required":
      return {
        status: 422,
        code: error.code,
        detail: `U hebt meer dan één rol bij ${name(error.bodyId)}: ${error.roles.join(", ")}. Zeg met role in welke rol u optreedt.`,
      };
  }
}

/** The 404 of a route the caller may not see (or that does not exist: the two look alike). */
export const routeNotFound = (id: string): ProblemInit => ({ status: 404, code: "route-not-found", detail: `Er is geen route ${id} die u mag zien.` });
