// The request schemas of the ZGW OpenAPI specifications (Zaken API 1.5.1, Catalogi API 1.3.1), as
// ajv validators. The specifications are third-party material: they are read from the conformance
// folder at test time and never copied into the repository.
//
// OpenAPI 3.0 schemas are not quite JSON Schema, so each component schema is converted once:
// - `nullable: true` allows null;
// - in a request, a `readOnly` property is not required and its value is not checked (the server
//   ignores it), which is what "request schema" means in OpenAPI;
// - a `discriminator` with a `mapping` but no `oneOf` (ZGW's `Rol`) becomes an if/then per mapped
//   value, so `betrokkeneIdentificatie` is checked against the schema of the `betrokkeneType`.
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { conformancePath } from "../support.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

/** The two specifications this module knows. */
export type ZgwApi = "zaken" | "catalogi";

export const specFiles: Readonly<Record<ZgwApi, string>> = {
  zaken: "zaken-api-1.5.1.openapi.yaml",
  catalogi: "catalogi-api-1.3.1.openapi.yaml",
};

/** One schema problem: where in the body, and what the specification says. */
export interface SpecIssue {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
}

/** An operation of a specification: its method, path template and request body schema name. */
export interface SpecOperation {
  readonly method: string;
  readonly path: string;
  readonly pattern: RegExp;
  readonly requestSchema: string | null;
  readonly requiredHeaders: readonly string[];
}

/** A loaded specification: its operations and a request validator per component schema. */
export interface LoadedSpec {
  readonly api: ZgwApi;
  readonly operations: readonly SpecOperation[];
  /** Validates `body` against component schema `name` in request mode; [] when valid. */
  validateRequest(name: string, body: unknown): SpecIssue[];
  readonly schemaNames: readonly string[];
}

const REF = "#/components/schemas/";

function isReadOnly(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && (schema as Json).readOnly === true;
}

/** Converts one OpenAPI 3.0 schema (request mode) to JSON Schema draft-07 for ajv. */
function convert(schema: unknown, skipRef: string | null): unknown {
  if (Array.isArray(schema)) return schema.map((s) => convert(s, skipRef));
  if (typeof schema !== "object" || schema === null) return schema;
  const s = schema as Json;
  if (typeof s.$ref === "string") {
    if (s.$ref === skipRef) return {};
    return { $ref: `#/definitions/${s.$ref.slice(REF.length)}` };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(s)) {
    if (["nullable", "discriminator", "readOnly", "writeOnly", "example", "xml", "externalDocs", "deprecated", "title", "description"].includes(key)) continue;
    if (key === "properties") {
      const props: Json = {};
      for (const [name, prop] of Object.entries(value as Json)) props[name] = isReadOnly(prop) ? {} : convert(prop, skipRef);
      out.properties = props;
    } else if (key === "required") {
      const props = (s.properties ?? {}) as Json;
      out.required = (value as string[]).filter((name) => !isReadOnly(props[name]));
    } else {
      out[key] = convert(value, skipRef);
    }
  }
  if (s.nullable === true) {
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    } else {
      return { anyOf: [out, { type: "null" }] };
    }
  }
  return out;
}

function definitionsOf(schemas: Json): Json {
  const definitions: Json = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const s = schema as Json;
    const discriminator = s.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (discriminator?.mapping && s.oneOf === undefined) {
      const base = convert(s, null);
      const branches = Object.entries(discriminator.mapping).map(([value, ref]) => ({
        if: { properties: { [discriminator.propertyName]: { const: value } }, required: [discriminator.propertyName] },
        then: convert(schemas[ref.slice(REF.length)], `${REF}${name}`),
      }));
      definitions[name] = { allOf: [base, ...branches] };
    } else {
      definitions[name] = convert(s, null);
    }
  }
  return definitions;
}

function pointerOf(e: ErrorObject): string {
  if (e.keyword === "required") return `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`;
  return e.instancePath || "/";
}

const cache = new Map<ZgwApi, LoadedSpec>();

/**
 * Loads a ZGW specification from the conformance folder (once per process) and compiles its
 * request validators lazily, one per component schema.
 *
 * @example
 * loadSpec("catalogi").validateRequest("ZaakTypeCreate", zgw.zaaktype) // []
 */
export function loadSpec(api: ZgwApi): LoadedSpec {
  const cached = cache.get(api);
  if (cached) return cached;
  const doc = parse(readFileSync(conformancePath("zgw", specFiles[api]), "utf8"), { maxAliasCount: -1 }) as Json;
  const components = (doc.components as Json).schemas as Json;
  const definitions = definitionsOf(components);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ $id: `zgw-${api}`, definitions });
  const compiled = new Map<string, ValidateFunction>();
  const operations: SpecOperation[] = [];
  const parameters = ((doc.components as Json).parameters ?? {}) as Json;
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      if (!["get", "post", "put", "patch", "delete", "head"].includes(method)) continue;
      const o = op as Json;
      const content = ((o.requestBody as Json | undefined)?.content ?? {}) as Json;
      const json = content["application/json"] as Json | undefined;
      const ref = (json?.schema as Json | undefined)?.$ref;
      const params = ((o.parameters ?? []) as Json[]).map((p) => (typeof p.$ref === "string" ? (parameters[p.$ref.split("/").pop()!] as Json) : p));
      operations.push({
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, "([^/]+)")}$`),
        requestSchema: typeof ref === "string" ? ref.slice(REF.length) : null,
        requiredHeaders: params.filter((p) => p?.in === "header" && p.required === true && p.name !== "Content-Type").map((p) => String(p.name)),
      });
    }
  }
  const spec: LoadedSpec = {
    api,
    operations,
    schemaNames: Object.keys(components),
    validateRequest(name, body) {
      if (!(name in components)) throw new Error(`${specFiles[api]} has no schema ${name}`);
      let validate = compiled.get(name);
      if (!validate) {
        validate = ajv.compile({ $ref: `zgw-${api}#/definitions/${name}` });
        compiled.set(name, validate);
      }
      if (validate(body)) return [];
      // if/then failures repeat the inner error; keep the inner ones.
      return (validate.errors ?? [])
        .filter((e) => e.keyword !== "if")
        .map((e) => ({ pointer: pointerOf(e), keyword: e.keyword, message: e.message ?? "is not valid" }));
    },
  };
  cache.set(api, spec);
  return spec;
}
