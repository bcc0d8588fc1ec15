import { type ZgwError, type ZgwInvalidParam, ZgwFailure } from "./errors.js";
import { zgwToken } from "./jwt.js";

/** How to reach and authenticate with a ZGW installation. */
export interface ZgwCredentials {
  /** The client id the case system knows ethiek by (Open Zaak: an "applicatie"). */
  readonly clientId: string;
  /** The shared secret of that client. */
  readonly secret: string;
  /** Who the calls are made for (the JWT's `user_id`); default the client id. */
  readonly userId?: string;
  /** Milliseconds to wait for one answer; default 15000. */
  readonly timeoutMs?: number;
}

/** A `fetch` (the global one by default; tests may pass their own). */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The calls the push and the pull make; every failure is thrown as a {@link ZgwFailure}. */
export interface ZgwHttp {
  get(url: string): Promise<Record<string, unknown>>;
  /** Every result of a paged list, following `next`. */
  list(url: string, query: Readonly<Record<string, string>>): Promise<Record<string, unknown>[]>;
  post(url: string, body: unknown): Promise<Record<string, unknown>>;
  put(url: string, body: unknown): Promise<Record<string, unknown>>;
  delete(url: string): Promise<void>;
}

// The Zaken API asks every call on /zaken to state the coordinate system of zaakgeometrie.
const CRS = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" };

function failure(error: ZgwError): ZgwFailure {
  return new ZgwFailure(error);
}

async function errorOf(method: string, url: string, response: Response): Promise<ZgwFailure> {
  let body: { detail?: string; title?: string; invalidParams?: ZgwInvalidParam[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // not JSON: the status says enough
  }
  const said = body.detail || body.title || response.statusText;
  const where = `${method} ${url}`;
  switch (response.status) {
    case 401:
      return failure({ code: "ZGW_UNAUTHORIZED", method, url, status: 401, message: `Het zaaksysteem weigert de aanmelding (${where}): ${said}. Controleer de client-id en het geheim, en of de klok van deze computer gelijk loopt.`, messageEn: `The case system refused the credentials (${where}): ${said}. Check the client id and secret, and that this machine's clock is right.` });
    case 403:
      return failure({ code: "ZGW_FORBIDDEN", method, url, status: 403, message: `Deze client mag dit niet in het zaaksysteem (${where}): ${said}. Vraag de beheerder om de rechten (scopes) voor zaken en catalogi.`, messageEn: `This client may not do this in the case system (${where}): ${said}. Ask its administrator for the scopes on zaken and catalogi.` });
    case 400: {
      const params = body.invalidParams ?? [];
      const list = params.map((p) => `${p.name} (${p.reason})`).join("; ");
      return failure({ code: "ZGW_VALIDATION", method, url, status: 400, invalidParams: params, message: `Het zaaksysteem keurt de gegevens af (${where}): ${list || said}.`, messageEn: `The case system rejected the data (${where}): ${list || said}.` });
    }
    case 404:
      return failure({ code: "ZGW_NOT_FOUND", method, url, status: 404, message: `Niet gevonden in het zaaksysteem: ${where}. Controleer de adressen van de Zaken-API, de Catalogi-API en de catalogus.`, messageEn: `Not found in the case system: ${where}. Check the URLs of the Zaken API, the Catalogi API and the catalogue.` });
    default:
      return failure({ code: "ZGW_HTTP", method, url, status: response.status, message: `Het zaaksysteem antwoordt met ${response.status} op ${where}: ${said}. Probeer het later opnieuw; wat al is gelukt, wordt niet dubbel gedaan.`, messageEn: `The case system answered ${response.status} to ${where}: ${said}. Try again later; what already succeeded is not repeated.` });
  }
}

/**
 * The HTTP client for one ZGW installation: a fresh JWT per call, a timeout per call, JSON in
 * and out, and ZGW's problem answers turned into typed errors.
 *
 * @example
 * const http = zgwHttp({ clientId: "ethiek", secret });
 * const zaken = await http.list(`${zakenApiUrl}/zaken`, { identificatie: "dkf-2024-001" });
 */
export function zgwHttp(credentials: ZgwCredentials, fetchImpl: Fetch = fetch, now: () => number = Date.now): ZgwHttp {
  const timeoutMs = credentials.timeoutMs ?? 15_000;
  async function call(method: string, url: string, body?: unknown): Promise<Record<string, unknown> | null> {
    const headers: Record<string, string> = { Accept: "application/json", Authorization: `Bearer ${zgwToken(credentials, now())}`, ...(/\/zaken(\/|\?|$)/.test(url) ? CRS : {}) };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetchImpl(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      const name = (cause as Error).name;
      if (name === "TimeoutError" || name === "AbortError") {
        throw failure({ code: "ZGW_TIMEOUT", method, url, message: `Het zaaksysteem antwoordde niet binnen ${timeoutMs / 1000} seconden (${method} ${url}). Probeer het opnieuw; wat al is gelukt, wordt niet dubbel gedaan.`, messageEn: `The case system did not answer within ${timeoutMs / 1000} seconds (${method} ${url}). Try again; what already succeeded is not repeated.` });
      }
      const reason = ((cause as Error & { cause?: { code?: string } }).cause?.code ?? (cause as Error).message) || "unknown";
      throw failure({ code: "ZGW_NETWORK", method, url, message: `Het zaaksysteem is niet bereikbaar (${method} ${url}: ${reason}). Controleer het adres en het netwerk.`, messageEn: `The case system cannot be reached (${method} ${url}: ${reason}). Check the URL and the network.` });
    }
    if (!response.ok) throw await errorOf(method, url, response);
    if (response.status === 204) return null;
    try {
      return (await response.json()) as Record<string, unknown>;
    } catch {
      throw failure({ code: "ZGW_BAD_RESPONSE", method, url, status: response.status, message: `Het zaaksysteem gaf geen JSON terug op ${method} ${url}.`, messageEn: `The case system did not answer ${method} ${url} with JSON.` });
    }
  }
  const object = async (method: string, url: string, body?: unknown) => (await call(method, url, body)) ?? {};
  return {
    get: (url) => object("GET", url),
    async list(url, query) {
      const first = new URL(url);
      for (const [k, v] of Object.entries(query)) first.searchParams.set(k, v);
      const out: Record<string, unknown>[] = [];
      let next: string | null = first.toString();
      for (let pages = 0; next !== null && pages < 10_000; pages++) {
        const page: Record<string, unknown> = await object("GET", next);
        if (!Array.isArray(page.results)) {
          throw failure({ code: "ZGW_BAD_RESPONSE", method: "GET", url: next, message: `Het zaaksysteem gaf geen lijst (results) terug op GET ${next}.`, messageEn: `The case system did not answer GET ${next} with a list (results).` });
        }
        out.push(...(page.results as Record<string, unknown>[]));
        next = typeof page.next === "string" && page.next !== "" ? page.next : null;
      }
      return out;
    },
    post: (url, body) => object("POST", url, body),
    put: (url, body) => object("PUT", url, body),
    async delete(url) {
      await call("DELETE", url);
    },
  };
}
