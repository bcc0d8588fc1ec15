import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";
import { schemaIds, type SchemaName } from "@ethiek/schemas";

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS; its default export differs between Node and bundlers.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

/** The raw JSON Schemas of ethiek (2020-12), as shipped by `@ethiek/schemas`. */
export function rawSchemas(): Record<SchemaName, Record<string, unknown>> {
  const out = {} as Record<SchemaName, Record<string, unknown>>;
  for (const name of Object.keys(schemaIds) as SchemaName[]) {
    out[name] = require(`@ethiek/schemas/schemas/${name}.schema.json`) as Record<string, unknown>;
  }
  return out;
}

/**
 * A reference to one of our schemas (or one of its `$defs`) for route definitions.
 *
 * @example
 * schema: { body: schemaRef("waiver-request", "WaiverRequestInput"), response: { 201: schemaRef("waiver-request") } }
 */
export function schemaRef(name: SchemaName, def?: string): { $ref: string } {
  return { $ref: def === undefined ? schemaIds[name] : `${schemaIds[name]}#/$defs/${def}` };
}

function createAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    // Report every problem at once; never change the caller's data except where the URL's
    // strings must become numbers or booleans (query, path and headers only).
    allErrors: true,
    removeAdditional: false,
    useDefaults: coerce,
    coerceTypes: coerce ? "array" : false,
    strict: false,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  for (const schema of Object.values(rawSchemas())) ajv.addSchema(schema);
  return ajv;
}

/**
 * Fastify's validator compiler replaced by JSON Schema 2020-12 validators over our schemas:
 * no stripping of unknown properties, all errors, and `$ref`s to `https://schemas.ethiek.nl/v1/…`
 * resolved against the shipped schemas. Bodies are never coerced; query strings, path
 * parameters and headers are (they only carry strings).
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = createAjv(false);
  const coercing = createAjv(true);
  return ({ schema, httpPart }) => {
    const ajv = httpPart === "body" ? strict : coercing;
    const validate = ajv.compile(schema as object);
    return (data: unknown) => {
      if (validate(data)) return { value: data };
      const error = new Error("validation failed") as Error & { validation: unknown };
      error.validation = validate.errors ?? [];
      return { error };
    };
  };
}

let settingsAjv: Ajv2020 | undefined;

/**
 * Validates a value against one definition of our schemas, e.g. a setting given as JSON in an
 * environment variable; [] when valid, else one readable line per problem.
 *
 * @example
 * validateDefinition("zgw-sync", "ZgwArchiveSettings", JSON.parse(env.ETHIEK_ZGW_ARCHIVE)) // []
 */
export function validateDefinition(name: SchemaName, def: string, value: unknown): string[] {
  settingsAjv ??= createAjv(false);
  const validate = settingsAjv.compile(schemaRef(name, def));
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "is not valid"}${e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ""}`);
}

