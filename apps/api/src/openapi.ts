import { rawSchemas } from "./validation.js";

/** The API's version: the `API-Version` header and `info.version` (semver, ADR /core/version-header). */
export const apiVersion = "1.0.0";

type Json = Record<string, unknown>;

const schemaBase = "https://schemas.ethiek.nl/v1/";

/**
 * Turns our JSON Schemas into OpenAPI components: every schema under its `title`, every `$defs`
 * entry under its own name, `$ref`s rewritten to `#/components/schemas/…` so that the document is
 * self-contained (no tool ever fetches https://schemas.ethiek.nl).
 */
export function schemaComponents(): Record<string, Json> {
  const raw = rawSchemas();
  const titleOf = new Map<string, string>();
  for (const schema of Object.values(raw)) titleOf.set(String(schema.$id), String(schema.title));
  const components: Record<string, Json> = {};
  for (const schema of Object.values(raw)) {
    const id = String(schema.$id);
    const title = String(schema.title);
    const { $schema: _s, $id: _i, $defs, ...rest } = schema as Json & { $defs?: Record<string, Json> };
    components[title] = rewriteRefs(rest, id, titleOf) as Json;
    for (const [name, def] of Object.entries($defs ?? {})) {
      components[name] = rewriteRefs(def, id, titleOf) as Json;
    }
  }
  return components;
}

function rewriteRefs(node: unknown, ownId: string, titleOf: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, ownId, titleOf));
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === "$ref" && typeof value === "string") out.$ref = componentRef(value, ownId, titleOf);
    else out[key] = rewriteRefs(value, ownId, titleOf);
  }
  return out;
}

function componentRef(ref: string, ownId: string, titleOf: Map<string, string>): string {
  if (ref.startsWith("#/components/")) return ref;
  const [target, fragment] = ref.split("#");
  const id = target === "" || target === undefined ? ownId : target.startsWith("http") ? target : `${schemaBase}${target}`;
  if (fragment !== undefined && fragment.startsWith("/$defs/")) return `#/components/schemas/${fragment.slice("/$defs/".length)}`;
  const title = titleOf.get(id);
  if (title === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return `#/components/schemas/${title}`;
}

/** What a route adds to the OpenAPI document beyond its Fastify schema. */
export interface OpenApiOptions {
  readonly publicUrl?: string;
  /** Extra request bodies that Fastify cannot describe (multipart), by operationId. */
  readonly requestBodies?: Record<string, Json>;
}

const problemContent = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
const versionHeader = {
  "API-Version": {
    description: "De volledige versie van de API (semver).",
    schema: { type: "string", example: apiVersion },
  },
};

const standardProblems: Record<string, string> = {
  "400": "Het verzoek is ongeldig; invalidParams noemt elk ongeldig onderdeel.",
  "401": "Er is geen geldige API-sleutel meegestuurd (Authorization: Bearer …).",
  "403": "De sleutel heeft niet de rol die hiervoor nodig is.",
  "404": "De bron bestaat niet of is niet zichtbaar voor uw organisatie.",
  "429": "Te veel verzoeken van deze sleutel of dit adres; wacht het aantal seconden in Retry-After.",
  "500": "Onverwachte fout aan de kant van de dienst.",
};

/** Headers of a 429 answer: when to retry, and the limit that was reached (IETF RateLimit draft). */
const rateLimitHeaders = {
  "Retry-After": { description: "Na hoeveel seconden u het opnieuw kunt proberen.", schema: { type: "integer", minimum: 0 } },
  "RateLimit-Limit": { description: "Hoeveel verzoeken per tijdvak zijn toegestaan.", schema: { type: "integer", minimum: 0 } },
  "RateLimit-Remaining": { description: "Hoeveel verzoeken er in dit tijdvak nog over zijn.", schema: { type: "integer", minimum: 0 } },
  "RateLimit-Reset": { description: "Over hoeveel seconden het tijdvak opnieuw begint.", schema: { type: "integer", minimum: 0 } },
};

/**
 * Finishes the document @fastify/swagger produced so that it meets the Dutch API Design Rules:
 * paths relative to the `/v1` server, only `/v1` routes, every response with an `API-Version`
 * header, problem responses on every operation, components reduced to what is used.
 */
export function finishOpenApi(doc: Json, options: OpenApiOptions): Json {
  const components = schemaComponents();
  const paths: Record<string, Json> = {};
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    if (!path.startsWith("/v1/")) continue;
    const relative = path.slice(3);
    const operations: Json = {};
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) {
        operations[method] = op;
        continue;
      }
      operations[method] = finishOperation(op as Json, method, options);
    }
    paths[relative] = operations;
  }
  const finished: Json = {
    openapi: "3.1.0",
    info: {
      title: "ethiek API",
      version: apiVersion,
      description:
        "Toets aanbestedingen van algoritmen en AI aan de inkoopeisen (AI-verordening, modelcontractbepalingen, AVG, Algoritmekader), bewaar de rapporten per organisatie en behandel verzoeken om uitzonderingen.",
      contact: { name: "ethiek", email: "ethiek@example.org", url: "https://github.com/ethiek/ethiek" },
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: `${options.publicUrl ?? ""}/v1`, description: "Deze dienst, versie 1 van de API." }],
    tags: collectTags(paths),
    paths: rewriteRefs(paths, `${schemaBase}check.schema.json`, new Map(Object.values(rawSchemas()).map((s) => [String(s.$id), String(s.title)]))),
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "Een API-sleutel, gemaakt met `npm run keys -- create`. Niet nodig in de lokale modus.",
        },
      },
    },
  };
  (finished.components as Json).schemas = usedComponents(finished, components);
  return finished;
}

const tagDescriptions: Record<string, string> = {
  toetsen: "Aanbestedingen toetsen en de rapporten lezen.",
  uitzonderingen: "Bezwaar maken tegen een bevinding en daarover beslissen.",
  eisen: "De eisen en regelsets waaraan wordt getoetst.",
  beheer: "Gezondheid, auditlog en de beschrijving van de API.",
  bestuursroutes: "Bestuursmodellen en de routes van stukken langs hun organen.",
  volwassenheid: "Volwassenheidsmodellen, metingen, scores, actieplannen en grafieken van digitale ethiek.",
  casussen: "Ethische casussen voorleggen, behandelen, reflecties geven en besluiten vastleggen.",
  zaaksysteem: "Casussen in het zaaksysteem van de provincie zetten en eruit halen (ZGW Zaken-API en Catalogi-API).",
  moresprudentie: "Zoeken in afgesloten casussen en de openbare ethische leidraad.",
};

function collectTags(paths: Record<string, Json>): Json[] {
  const names = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) for (const tag of ((op as Json).tags as string[] | undefined) ?? []) names.add(tag);
  }
  return [...names].sort().map((name) => ({ name, description: tagDescriptions[name] ?? name }));
}

function finishOperation(op: Json, method: string, options: OpenApiOptions): Json {
  const out: Json = { ...op };
  const operationId = op.operationId as string | undefined;
  if (operationId !== undefined && options.requestBodies?.[operationId] !== undefined) {
    out.requestBody = options.requestBodies[operationId];
  }
  const responses: Record<string, Json> = { ...((op.responses ?? {}) as Record<string, Json>) };
  for (const [status, response] of Object.entries(responses)) {
    const r: Json = { ...response };
    if (/^[45]/.test(status)) r.content = problemContent;
    r.headers = { ...versionHeader, ...((r.headers ?? {}) as Json) };
    responses[status] = r;
  }
  const hasParams = Array.isArray(op.parameters) && op.parameters.length > 0;
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  const wanted = ["500"];
  if (hasParams || !["get", "delete"].includes(method)) wanted.push("400");
  if (!isPublic) wanted.push("401", "403");
  if (/\{/.test(String(op["x-path"] ?? "")) || hasPathParams(op)) wanted.push("404");
  // Every operation but the readiness probe is rate limited (src/ratelimit.ts).
  if (operationId !== "getHealth") wanted.push("429");
  for (const status of wanted) {
    if (responses[status] === undefined) {
      const headers = status === "429" ? { ...versionHeader, ...rateLimitHeaders } : versionHeader;
      responses[status] = { description: standardProblems[status] as string, headers, content: problemContent };
    }
  }
  out.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
  if (!isPublic) out.security = [{ apiKey: [] }];
  return out;
}

function hasPathParams(op: Json): boolean {
  return Array.isArray(op.parameters) && op.parameters.some((p) => (p as Json).in === "path");
}

/** Keeps only the components reachable from the paths (unused ones would be lint warnings). */
function usedComponents(doc: Json, all: Record<string, Json>): Record<string, Json> {
  const used = new Set<string>();
  const queue: unknown[] = [doc.paths];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node as Json)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
          const name = value.slice("#/components/schemas/".length);
          if (!used.has(name)) {
            used.add(name);
            queue.push(all[name]);
          }
        } else queue.push(value);
      }
    }
  }
  return Object.fromEntries([...used].sort().map((name) => [name, all[name] as Json]));
}

