import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { describeErrors, kebabId, type InvalidParam, type Problem } from "@ethiek/schemas";

/** Base of the `type` URIs of our problems; the last segment is the stable code. */
export const problemTypeBase = "https://schemas.ethiek.nl/problems/";

/** Standard titles per status, in Dutch (the API's language). */
const titles: Record<number, string> = {
  400: "Ongeldig verzoek",
  408: "Verzoek duurde te lang",
  401: "Niet aangemeld",
  403: "Geen toegang",
  404: "Niet gevonden",
  405: "Methode niet toegestaan",
  406: "Formaat niet beschikbaar",
  409: "Conflict",
  413: "Te groot",
  414: "Pad te lang",
  415: "Mediatype niet ondersteund",
  422: "Kan niet worden verwerkt",
  429: "Te veel verzoeken",
  500: "Interne fout",
  502: "Fout in een andere dienst",
  503: "Dienst niet beschikbaar",
  504: "Andere dienst antwoordt niet",
};

/**
 * A code of a package's typed error as a problem code. Problem codes are kebab-case ids by the
 * same rule as every other id of the repository, so this is `kebabId` of @ethiek/schemas under the
 * name the route modules read best.
 *
 * @example
 * kebab("PDF_ENCRYPTED") // "pdf-encrypted"
 */
export const kebab: (code: string) => string = kebabId;

/** What a handler says about a problem; `title` defaults to the status's title. */
export interface ProblemInit {
  readonly status: number;
  /** Stable kebab-case code, e.g. `check-not-found`; also the last segment of `type`. */
  readonly code: string;
  readonly detail: string;
  readonly title?: string;
  readonly invalidParams?: readonly InvalidParam[];
}

/**
 * Builds an RFC 9457 problem document for a request.
 *
 * @example
 * toProblem(request, { status: 404, code: "check-not-found", detail: "Er is geen toets met id x." })
 */
export function toProblem(request: FastifyRequest, init: ProblemInit): Problem {
  return {
    type: `${problemTypeBase}${init.code}`,
    title: init.title ?? titles[init.status] ?? "Fout",
    status: init.status,
    detail: init.detail,
    instance: request.url.split("?")[0] ?? request.url,
    code: init.code,
    ...(init.invalidParams && init.invalidParams.length > 0 ? { invalidParams: [...init.invalidParams] } : {}),
  };
}

/**
 * Sends a problem as `application/problem+json`. Handlers `return sendProblem(...)`.
 *
 * @example
 * return sendProblem(request, reply, { status: 403, code: "role-required", detail: "Alleen een beheerder mag toetsen verwijderen." });
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, init: ProblemInit): FastifyReply {
  return reply.code(init.status).type("application/problem+json; charset=utf-8").send(toProblem(request, init));
}

/** An error of a package's loader or importer: what is wrong, where in the document, and its code. */
export interface PointedError {
  readonly pointer: string;
  readonly message: string;
  readonly code: string;
}

/**
 * The 422 for a request body a package's loader refused (a model, an import file): `lead` begins
 * the Dutch detail, and every error is named by its place in the body, so a caller fixes all at once.
 *
 * @example
 * if (!loaded.ok) return sendProblem(request, reply, bodyInvalid("maturity-model-invalid", "Het model bevat", loaded.errors));
 */
export function bodyInvalid(code: string, lead: string, errors: readonly PointedError[]): ProblemInit {
  return {
    status: 422,
    code,
    detail: `${lead} ${errors.length} fout(en); invalidParams noemt ze met hun plaats.`,
    invalidParams: errors.map((e) => ({ name: `body${e.pointer}`, reason: e.message, code: kebab(e.code) })),
  };
}

/**
 * A problem raised deep inside a helper (e.g. while reading an upload stream), turned into a
 * response by the error handler. For expected failures only; bugs stay ordinary errors (500).
 */
export class ProblemError extends Error {
  readonly init: ProblemInit;
  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = "ProblemError";
    this.init = init;
  }
}

interface AjvLikeError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns the validator's errors for one part of the request into `invalidParams`. */
export function invalidParamsFrom(part: string, errors: readonly AjvLikeError[], data: unknown): InvalidParam[] {
  return describeErrors(errors, data).map((issue) => ({
    name: `${part}${issue.pointer === "" ? "" : issue.pointer}`,
    reason: issue.message,
    code: issue.code,
  }));
}

/** Fastify's own error codes for bad input, mapped to our problems (never a 500). */
function problemForFastifyError(error: FastifyError): ProblemInit | null {
  const status = error.statusCode ?? 500;
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, code: "unsupported-media-type", detail: "Dit mediatype wordt hier niet ondersteund. Stuur JSON of multipart/form-data, zoals de OpenAPI-beschrijving aangeeft." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_FILES_LIMIT":
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return { status: 413, code: "payload-too-large", detail: "Het verzoek is te groot. Stuur minder of kleinere bestanden." };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { status: 400, code: "empty-body", detail: "De inhoud van het verzoek is leeg, maar er werd JSON verwacht." };
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, code: "invalid-json", detail: `De inhoud is geen geldige JSON: ${error.message}` };
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return { status: 415, code: "multipart-required", detail: "Stuur de bestanden als multipart/form-data in het veld files." };
    default:
      break;
  }
  if (error instanceof SyntaxError && status === 400) {
    return { status: 400, code: "invalid-json", detail: `De inhoud is geen geldige JSON: ${error.message}` };
  }
  if (status >= 400 && status < 500) {
    return { status, code: "bad-request", detail: error.message };
  }
  return null;
}

/**
 * The one place where anything thrown in a request becomes a response: validation errors and
 * client mistakes become 4xx problems with every invalid parameter; anything else is a bug, logged
 * with the request id and answered with a 500 problem that reveals nothing internal.
 */
export function errorHandler(error: FastifyError | ProblemError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ProblemError) return sendProblem(request, reply, error.init);
  const validation = (error as FastifyError).validation;
  if (validation !== undefined) {
    const part = (error as FastifyError).validationContext ?? "body";
    const data = part === "body" ? request.body : part === "querystring" ? request.query : part === "params" ? request.params : request.headers;
    const name = part === "querystring" ? "query" : part === "params" ? "path" : part === "headers" ? "header" : "body";
    const invalidParams = invalidParamsFrom(name, validation as unknown as AjvLikeError[], data);
    return sendProblem(request, reply, {
      status: 400,
      code: "invalid-input",
      detail: `Het verzoek bevat ${invalidParams.length === 1 ? "een ongeldig onderdeel" : `${invalidParams.length} ongeldige onderdelen`}; zie invalidParams.`,
      invalidParams,
    });
  }
  const mapped = problemForFastifyError(error as FastifyError);
  if (mapped !== null) return sendProblem(request, reply, mapped);
  request.log.error({ err: error }, "unexpected error");
  return sendProblem(request, reply, {
    status: 500,
    code: "internal-error",
    detail: `Er ging iets mis aan onze kant. Noem verzoek-id ${request.id} als u contact opneemt.`,
  });
}

/**
 * A problem for an error the HTTP parser raises before any route runs (a request that took longer
 * than the request timeout, headers that are too large, bytes that are no HTTP), written straight
 * to the socket as a whole HTTP response.
 */
export function clientErrorResponse(code: string | undefined): string {
  const init: ProblemInit =
    code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? { status: 408, code: "request-timeout", detail: "Het verzoek kwam niet op tijd volledig binnen. Verstuur het opnieuw over een snellere verbinding, of verstuur kleinere bestanden." }
      : code === "HPE_HEADER_OVERFLOW"
        ? { status: 431, code: "headers-too-large", title: "Headers te groot", detail: "De headers van het verzoek zijn te groot. Stuur minder of kortere headers (bijvoorbeeld cookies)." }
        : { status: 400, code: "malformed-request", detail: "Het verzoek is geen geldig HTTP-verzoek. Controleer de client die het verstuurt." };
  const body = JSON.stringify({ type: `${problemTypeBase}${init.code}`, title: init.title ?? titles[init.status] ?? "Fout", status: init.status, detail: init.detail, code: init.code });
  const reason = init.status === 408 ? "Request Timeout" : init.status === 431 ? "Request Header Fields Too Large" : "Bad Request";
  return `HTTP/1.1 ${init.status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}
