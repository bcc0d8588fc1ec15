// A small stateful ZGW installation for tests: the Zaken API and the Catalogi API on one local
// port, built on the two OpenAPI files. Every request must be an operation of the specification,
// carry a valid ZGW JWT (HS256 with a known client id and secret) and the headers the operation
// requires; every request body is validated against the specification's request schema and
// refused with ZGW's 400 ValidatieFout (`invalidParams`) when it does not match. Resources are
// stored in memory, so what a push writes a pull can read. A few rules of Open Zaak are enforced
// too: status, result and role types only on a concept zaaktype; zaken only on a published one;
// one resultaat per zaak; an end status only once the zaak has a resultaat; the zaak's einddatum
// set by its end status. Faults can be switched on to test what a client does with them.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadSpec, type LoadedSpec, type SpecOperation, type ZgwApi } from "./spec.js";

type Resource = Record<string, unknown> & { url: string; uuid: string };

/** Faults to switch on; each applies to the requests that come after it is set. */
export interface MockFaults {
  /** After this many more successful writes (POST, PUT, PATCH, DELETE), answer every request with 500. */
  failAfterWrites?: number;
  /** After this many more requests (of any kind), answer every request with 500. */
  failAfterRequests?: number;
  /** After this many more successful writes, commit the next write and then never answer it. */
  hangAfterWrites?: number;
  /** Wait this long before answering any request. */
  delayMs?: number;
}

export interface MockOptions {
  /** Client ids and their secrets. */
  readonly clients?: Readonly<Record<string, string>>;
  /** Results per page of a list (ZGW pages by 100; smaller in tests to exercise paging). */
  readonly pageSize?: number;
}

export interface ZgwMock {
  readonly zakenApiUrl: string;
  readonly catalogiApiUrl: string;
  readonly catalogusUrl: string;
  /** Every request, in order: method, path (without the API prefix) and the answer's status. */
  readonly log: { method: string; api: ZgwApi; path: string; status: number }[];
  /** The stored resources per collection, e.g. `store.get("zaken")`. */
  readonly store: Map<string, Map<string, Resource>>;
  /** The number of successful writes so far. */
  writes(): number;
  faults: MockFaults;
  /** Switches every fault off again. */
  heal(): void;
  /** Empties the installation (all but the catalogus), the log and the write count; heals. */
  reset(): void;
  close(): Promise<void>;
}

const PREFIX: Readonly<Record<ZgwApi, string>> = { zaken: "/zaken/api/v1", catalogi: "/catalogi/api/v1" };

function b64urlDecode(s: string): Buffer {
  return Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** Checks a ZGW JWT the way a ZGW installation does: HS256, a known client_id, a valid signature. */
function verifyJwt(header: string | undefined, clients: Readonly<Record<string, string>>): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header ?? "");
  if (!m) return "no bearer token";
  try {
    const head = JSON.parse(b64urlDecode(m[1]!).toString("utf8")) as { alg?: string };
    const claims = JSON.parse(b64urlDecode(m[2]!).toString("utf8")) as { client_id?: string; iss?: string; iat?: number };
    if (head.alg !== "HS256") return "alg must be HS256";
    const clientId = claims.client_id ?? claims.iss;
    const secret = clientId === undefined ? undefined : clients[clientId];
    if (secret === undefined) return `unknown client ${clientId ?? "(none)"}`;
    const expected = createHmac("sha256", secret).update(`${m[1]}.${m[2]}`).digest();
    const given = b64urlDecode(m[3]!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "bad signature";
    if (typeof claims.iat !== "number") return "no iat";
    return null;
  } catch {
    return "malformed token";
  }
}

const fout = (status: number, code: string, title: string, detail = "") => ({ type: `https://zgw.example/fouten/${code}`, code, title, status, detail, instance: `urn:uuid:${randomUUID()}` });

function validatieFout(invalidParams: { name: string; code: string; reason: string }[]) {
  return { ...fout(400, "invalid", "Invalid input."), invalidParams };
}

const pointerToName = (pointer: string) => (pointer === "/" || pointer === "" ? "nonFieldErrors" : pointer.slice(1).replace(/\//g, "."));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** List filters of the specifications that this mock supports, per collection. */
const FILTERS: Readonly<Record<string, readonly string[]>> = {
  zaaktypen: ["catalogus", "identificatie"],
  statustypen: ["zaaktype"],
  resultaattypen: ["zaaktype"],
  roltypen: ["zaaktype"],
  catalogussen: ["rsin", "domein"],
  zaken: ["identificatie", "bronorganisatie", "zaaktype"],
  statussen: ["zaak", "statustype"],
  rollen: ["zaak", "roltype"],
  resultaten: ["zaak", "resultaattype"],
};

/**
 * Starts the mock on 127.0.0.1 (a free port) with one catalogus.
 *
 * @example
 * const zgw = await startZgwMock({ clients: { ethiek: "geheim-van-16-tekens" } });
 * // … push to zgw.zakenApiUrl / zgw.catalogiApiUrl …
 * await zgw.close();
 */
export async function startZgwMock(options: MockOptions = {}): Promise<ZgwMock> {
  const specs: Record<ZgwApi, LoadedSpec> = { zaken: loadSpec("zaken"), catalogi: loadSpec("catalogi") };
  // Compile the validators of the bodies a push sends now, not on the first request (where the
  // time would count against the client's timeout on a loaded machine).
  for (const name of ["ZaakTypeCreate", "ZaakTypeUpdate", "StatusType", "ResultaatTypeCreate", "RolType"]) specs.catalogi.validateRequest(name, {});
  for (const name of ["Zaak", "Status", "Rol", "Resultaat"]) specs.zaken.validateRequest(name, {});
  const clients = options.clients ?? { ethiek: "test-secret-of-some-length" };
  const pageSize = options.pageSize ?? 100;
  const store = new Map<string, Map<string, Resource>>();
  const coll = (name: string) => {
    let c = store.get(name);
    if (!c) store.set(name, (c = new Map()));
    return c;
  };
  const log: ZgwMock["log"] = [];
  let writes = 0;
  let origin = "";
  const faults: MockFaults = {};
  let failFrom: number | null = null;
  let failFromRequest: number | null = null;
  let requests = 0;
  let hangAt: number | null = null;
  const open = new Set<ServerResponse>();

  const byUrl = (url: unknown): Resource | undefined => {
    if (typeof url !== "string") return undefined;
    for (const c of store.values()) for (const r of c.values()) if (r.url === url) return r;
    return undefined;
  };

  /** The read view of a resource: computed fields the way a ZGW installation fills them. */
  function view(collection: string, r: Resource): Resource {
    if (collection === "zaaktypen") {
      const of = (c: string) => [...coll(c).values()].filter((t) => t.zaaktype === r.url).map((t) => t.url);
      return { ...r, statustypen: of("statustypen"), resultaattypen: of("resultaattypen"), roltypen: of("roltypen"), eigenschappen: [], informatieobjecttypen: [], zaakobjecttypen: [] };
    }
    if (collection === "statustypen") {
      const max = Math.max(...[...coll("statustypen").values()].filter((t) => t.zaaktype === r.zaaktype).map((t) => Number(t.volgnummer)));
      return { ...r, isEindstatus: Number(r.volgnummer) === max };
    }
    if (collection === "zaken") {
      const statussen = [...coll("statussen").values()].filter((s) => s.zaak === r.url).sort((a, b) => Date.parse(String(a.datumStatusGezet)) - Date.parse(String(b.datumStatusGezet)));
      const last = statussen.at(-1);
      const eind = last !== undefined && view("statustypen", byUrl(last.statustype)!).isEindstatus === true;
      return {
        ...r,
        status: last?.url ?? null,
        einddatum: eind ? String(last.datumStatusGezet).slice(0, 10) : null,
        resultaat: [...coll("resultaten").values()].find((x) => x.zaak === r.url)?.url ?? null,
        rollen: [...coll("rollen").values()].filter((x) => x.zaak === r.url).map((x) => x.url),
      };
    }
    return r;
  }

  /** Open Zaak's rules beyond the schemas; a list of invalidParams, empty when the write may go ahead. */
  function rules(collection: string, body: Record<string, unknown>, existing?: Resource): { name: string; code: string; reason: string }[] {
    const problems: { name: string; code: string; reason: string }[] = [];
    const ref = (field: string, target: string) => {
      const r = byUrl(body[field]);
      if (!r || !coll(target).has(r.uuid)) problems.push({ name: field, code: "does-not-exist", reason: `${String(body[field])} bestaat niet.` });
      return r;
    };
    switch (collection) {
      case "zaaktypen":
        ref("catalogus", "catalogussen");
        if (existing && existing.concept === false) problems.push({ name: "nonFieldErrors", code: "non-concept-object", reason: "Het zaaktype is gepubliceerd en kan niet worden gewijzigd." });
        break;
      case "statustypen":
      case "resultaattypen":
      case "roltypen": {
        const zt = ref("zaaktype", "zaaktypen");
        if (zt && zt.concept === false) problems.push({ name: "nonFieldErrors", code: "non-concept-zaaktype", reason: "Het zaaktype is gepubliceerd." });
        break;
      }
      case "zaken": {
        const zt = ref("zaaktype", "zaaktypen");
        if (zt && zt.concept === true) problems.push({ name: "zaaktype", code: "not-published", reason: "Het zaaktype is nog een concept." });
        const dup = [...coll("zaken").values()].find((z) => z.identificatie === body.identificatie && z.bronorganisatie === body.bronorganisatie && z.uuid !== existing?.uuid);
        if (dup) problems.push({ name: "identificatie", code: "identificatie-niet-uniek", reason: "Deze identificatie bestaat al voor deze bronorganisatie." });
        break;
      }
      case "statussen": {
        const zaak = ref("zaak", "zaken");
        const st = ref("statustype", "statustypen");
        if (zaak && st && view("statustypen", st).isEindstatus === true && ![...coll("resultaten").values()].some((r) => r.zaak === zaak.url)) {
          problems.push({ name: "nonFieldErrors", code: "resultaat-does-not-exist", reason: "De zaak heeft geen resultaat; zet eerst het resultaat." });
        }
        break;
      }
      case "resultaten": {
        const zaak = ref("zaak", "zaken");
        ref("resultaattype", "resultaattypen");
        if (zaak && [...coll("resultaten").values()].some((r) => r.zaak === zaak.url && r.uuid !== existing?.uuid)) problems.push({ name: "zaak", code: "unique", reason: "De zaak heeft al een resultaat." });
        break;
      }
      case "rollen":
        ref("zaak", "zaken");
        ref("roltype", "roltypen");
        break;
    }
    return problems;
  }

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    open.delete(res);
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    const json = JSON.stringify(body);
    res.writeHead(status, { "content-type": status >= 400 ? "application/problem+json" : "application/json" }).end(json);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    open.add(res);
    const url = new URL(req.url ?? "/", origin);
    const method = req.method ?? "GET";
    const api = (Object.keys(PREFIX) as ZgwApi[]).find((a) => url.pathname.startsWith(`${PREFIX[a]}/`));
    const path = api ? url.pathname.slice(PREFIX[api].length) : url.pathname;
    const entry = { method, api: api ?? "zaken", path, status: 0 };
    log.push(entry);
    const reply = (status: number, body?: unknown) => {
      entry.status = status;
      send(res, status, body);
    };
    if (faults.delayMs) await new Promise((r) => setTimeout(r, faults.delayMs));
    if (faults.failAfterWrites !== undefined) {
      failFrom = writes + faults.failAfterWrites;
      delete faults.failAfterWrites;
    }
    if (faults.failAfterRequests !== undefined) {
      failFromRequest = requests + faults.failAfterRequests;
      delete faults.failAfterRequests;
    }
    requests += 1;
    if (failFromRequest !== null && requests > failFromRequest) return reply(500, fout(500, "error", "Er is een serverfout opgetreden."));
    if (faults.hangAfterWrites !== undefined) {
      hangAt = writes + faults.hangAfterWrites;
      delete faults.hangAfterWrites;
    }
    if (failFrom !== null && writes >= failFrom) return reply(500, fout(500, "error", "Er is een serverfout opgetreden."));
    if (!api) return reply(404, fout(404, "not_found", "Niet gevonden."));
    const spec = specs[api];
    const op: SpecOperation | undefined = spec.operations.find((o) => o.method === method && o.pattern.test(path));
    if (!op) {
      const known = spec.operations.some((o) => o.pattern.test(path));
      return reply(known ? 405 : 404, known ? fout(405, "method_not_allowed", `Methode ${method} niet toegestaan.`) : fout(404, "not_found", "Niet gevonden."));
    }
    const authProblem = verifyJwt(req.headers.authorization, clients);
    if (authProblem !== null) return reply(401, fout(401, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven of onjuist.", authProblem));
    for (const h of op.requiredHeaders) {
      if (req.headers[h.toLowerCase()] === undefined) return reply(412, fout(412, "precondition_failed", `De header ${h} ontbreekt.`));
    }
    const [, collection, id, action] = /^\/([a-z_]+)(?:\/([^/]+))?(?:\/([a-z_]+))?$/.exec(path) ?? [];
    if (!collection) return reply(404, fout(404, "not_found", "Niet gevonden."));
    const items = coll(collection);

    let body: Record<string, unknown> = {};
    if (op.requestSchema !== null || method === "POST") {
      const text = await readBody(req);
      if (text !== "") {
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          return reply(400, validatieFout([{ name: "nonFieldErrors", code: "parse_error", reason: "De body is geen JSON." }]));
        }
      }
      if (op.requestSchema !== null) {
        const issues = spec.validateRequest(op.requestSchema, body);
        if (issues.length > 0) return reply(400, validatieFout(issues.map((i) => ({ name: pointerToName(i.pointer), code: i.keyword, reason: i.message }))));
      }
    }

    const commit = (status: number, result?: unknown) => {
      writes += 1;
      if (hangAt !== null && writes > hangAt) {
        hangAt = null;
        entry.status = -1; // committed, never answered
        return;
      }
      reply(status, result);
    };

    if (method === "GET" && id === undefined) {
      const filters = FILTERS[collection] ?? [];
      let list = [...items.values()];
      for (const f of filters) {
        const v = url.searchParams.get(f);
        if (v !== null) list = list.filter((r) => r[f] === v);
      }
      // Catalogi lists show published types only, unless status=alles or status=concept.
      const status = url.searchParams.get("status");
      if (api === "catalogi" && collection === "zaaktypen" && status !== "alles") list = list.filter((r) => (status === "concept" ? r.concept === true : r.concept === false));
      const page = Number(url.searchParams.get("page") ?? "1");
      const slice = list.slice((page - 1) * pageSize, page * pageSize);
      const link = (p: number) => {
        const u = new URL(url);
        u.searchParams.set("page", String(p));
        return u.toString();
      };
      return reply(200, { count: list.length, next: page * pageSize < list.length ? link(page + 1) : null, previous: page > 1 ? link(page - 1) : null, results: slice.map((r) => view(collection, r)) });
    }
    const existing = id === undefined ? undefined : items.get(id);
    if (id !== undefined && !existing) return reply(404, fout(404, "not_found", "Niet gevonden."));
    switch (method) {
      case "GET":
        return reply(200, view(collection, existing!));
      case "POST": {
        if (action === "publish") {
          existing!.concept = false;
          return commit(200, view(collection, existing!));
        }
        const problems = rules(collection, body);
        if (problems.length) return reply(400, validatieFout(problems));
        const uuid = randomUUID();
        const stored: Resource = { ...body, url: `${origin}${PREFIX[api]}/${collection}/${uuid}`, uuid };
        if (collection === "zaaktypen") stored.concept = true;
        if (collection === "rollen") stored.registratiedatum = new Date().toISOString();
        items.set(uuid, stored);
        return commit(201, view(collection, stored));
      }
      case "PUT":
      case "PATCH": {
        const problems = rules(collection, { ...existing!, ...body }, existing);
        if (problems.length) return reply(400, validatieFout(problems));
        const keep = { url: existing!.url, uuid: existing!.uuid, ...(collection === "zaaktypen" ? { concept: existing!.concept } : {}) };
        const stored = method === "PUT" ? { ...body, ...keep } : { ...existing!, ...body, ...keep };
        items.set(existing!.uuid, stored as Resource);
        return commit(200, view(collection, stored as Resource));
      }
      case "DELETE":
        items.delete(existing!.uuid);
        return commit(204);
      default:
        return reply(405, fout(405, "method_not_allowed", `Methode ${method} niet toegestaan.`));
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, fout(500, "error", String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  function heal(): void {
    failFrom = null;
    failFromRequest = null;
    hangAt = null;
    for (const k of Object.keys(faults)) delete faults[k as keyof MockFaults];
  }
  const catalogusUuid = randomUUID();
  const catalogusUrl = `${origin}${PREFIX.catalogi}/catalogussen/${catalogusUuid}`;
  coll("catalogussen").set(catalogusUuid, { url: catalogusUrl, uuid: catalogusUuid, domein: "ETHK", rsin: "002220647", contactpersoonBeheerNaam: "Beheer" });

  return {
    zakenApiUrl: `${origin}${PREFIX.zaken}`,
    catalogiApiUrl: `${origin}${PREFIX.catalogi}`,
    catalogusUrl,
    log,
    store,
    writes: () => writes,
    get faults() {
      return faults;
    },
    set faults(f: MockFaults) {
      Object.assign(faults, f);
    },
    heal,
    reset() {
      heal();
      for (const [name, items] of store) if (name !== "catalogussen") items.clear();
      log.length = 0;
      writes = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
