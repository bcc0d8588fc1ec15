import type { Result } from "./result.js";

/** A problem found while validating a value against one of the ethiek schemas. */
export interface ValidationIssue {
  /** The JSON Schema keyword that failed, e.g. `required`, `enum`, `type`. */
  readonly code: string;
  /** JSON pointer to the offending value, e.g. `/submitter/organisation` (empty string: the root). */
  readonly pointer: string;
  /** One sentence a person understands: where, what was expected, what was found. */
  readonly message: string;
  /** What the schema expected, when it can be said briefly. */
  readonly expected?: string;
  /** What was found instead, when there was something. */
  readonly found?: string;
}

/** The outcome of a validation: the typed value, or every problem at once. */
export type ValidationResult<T> = Result<T, ValidationIssue>;

/** A validator as ajv's standalone code produces it. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly AjvErrorObject[] | null;
}

interface AjvErrorObject {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A validator for one schema; `schema` names the schema file for messages. */
export interface Validator<T> {
  (data: unknown): ValidationResult<T>;
  readonly schema: string;
}

/**
 * Wraps a compiled ajv validator so that it returns a typed result instead of throwing, with
 * every error described in words.
 *
 * @example
 * const result = validateTender(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.errors));
 */
export function createValidator<T>(compiled: CompiledValidator, schema: string): Validator<T> {
  const validate = (data: unknown): ValidationResult<T> => {
    if (compiled(data)) return { ok: true, value: data as T };
    return { ok: false, errors: describeErrors(compiled.errors ?? [], data) };
  };
  return Object.assign(validate, { schema });
}

/**
 * Turns ajv's error objects into readable issues, dropping the noise of failed alternatives.
 *
 * @example
 * if (!compiled(data)) console.error(formatIssues(describeErrors(compiled.errors ?? [], data)));
 */
export function describeErrors(errors: readonly AjvErrorObject[], data: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // anyOf/oneOf/if only summarise the failures of their branches, which are listed already.
    if (error.keyword === "anyOf" || error.keyword === "oneOf" || error.keyword === "if") continue;
    const issue = describe(error, data);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function describe(error: AjvErrorObject, data: unknown): ValidationIssue {
  const pointer = error.instancePath;
  const value = valueAt(data, pointer);
  const p = error.params;
  const at = (ptr: string) => `\`${ptr === "" ? "/" : ptr}\``;
  const found = show(value);
  switch (error.keyword) {
    case "required": {
      const missing = `${pointer}/${escapePointer(String(p.missingProperty))}`;
      return { code: "required", pointer: missing, message: `${at(missing)}: required property missing`, expected: "a value" };
    }
    case "additionalProperties": {
      const extra = `${pointer}/${escapePointer(String(p.additionalProperty))}`;
      const allowed = allowedProperties(error);
      return {
        code: "additionalProperties",
        pointer: extra,
        message: `${at(extra)}: unknown property '${String(p.additionalProperty)}'${allowed ? ` (allowed here: ${allowed})` : ""}`,
        found: String(p.additionalProperty),
      };
    }
    case "enum": {
      const values = (p.allowedValues as unknown[]).map((v) => (v === null ? "null" : String(v)));
      const expected = `one of ${values.join(", ")}`;
      return { code: "enum", pointer, message: `${at(pointer)}: must be ${expected}; found ${found}`, expected, found };
    }
    case "const": {
      const expected = show(p.allowedValue);
      return { code: "const", pointer, message: `${at(pointer)}: must be ${expected}; found ${found}`, expected, found };
    }
    case "type": {
      const expected = String(p.type).split(",").join(" or ");
      return { code: "type", pointer, message: `${at(pointer)}: must be ${article(expected)}; found ${kindOf(value)} ${found}`.trimEnd(), expected, found };
    }
    case "format": {
      const expected = formatName(String(p.format));
      return { code: "format", pointer, message: `${at(pointer)}: must be ${expected}; found ${found}`, expected, found };
    }
    case "pattern": {
      const expected = `text matching ${String(p.pattern)}`;
      return { code: "pattern", pointer, message: `${at(pointer)}: must be ${expected}; found ${found}`, expected, found };
    }
    case "minLength":
      return limit(pointer, "minLength", `at least ${String(p.limit)} character(s) long`, found);
    case "maxLength":
      return limit(pointer, "maxLength", `at most ${String(p.limit)} characters long`, `${String(value).length} characters`);
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum":
      return limit(pointer, error.keyword, `${String(p.comparison)} ${String(p.limit)}`, found);
    case "minItems":
      return limit(pointer, "minItems", `a list of at least ${String(p.limit)} item(s)`, `${Array.isArray(value) ? value.length : 0} item(s)`);
    case "maxItems":
      return limit(pointer, "maxItems", `a list of at most ${String(p.limit)} items`, `${Array.isArray(value) ? value.length : 0} items`);
    case "uniqueItems":
      return { code: "uniqueItems", pointer, message: `${at(pointer)}: items ${String(p.j)} and ${String(p.i)} are the same; each item may appear once` };
    case "not":
      return { code: "not", pointer, message: `${at(pointer)}: this value is not allowed here; found ${found}`, found };
    case "false schema":
      return { code: "false schema", pointer, message: `${at(pointer)}: no value is allowed here` };
    default:
      return { code: error.keyword, pointer, message: `${at(pointer)}: ${error.message ?? "is invalid"}`, found };
  }
}

function limit(pointer: string, code: string, expected: string, found: string): ValidationIssue {
  return { code, pointer, message: `\`${pointer === "" ? "/" : pointer}\`: must be ${expected}; found ${found}`, expected, found };
}

function allowedProperties(error: AjvErrorObject): string | undefined {
  // schemaPath ends with /additionalProperties; ajv does not include the allowed names, so the
  // registry adds them through `knownProperties` when it can. Without them, say nothing.
  const names = (error.params as { allowed?: string[] }).allowed;
  return names && names.length > 0 ? names.join(", ") : undefined;
}

function formatName(format: string): string {
  switch (format) {
    case "date-time":
      return "a date and time (RFC 3339, e.g. 2026-05-01T09:30:00Z)";
    case "date":
      return "a date (YYYY-MM-DD)";
    case "uri":
      return "an absolute URI (e.g. https://example.org/doc.pdf)";
    case "email":
      return "an e-mail address";
    default:
      return `a valid ${format}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kindOf(value: unknown): string {
  if (value === null) return "";
  if (Array.isArray(value)) return "a list";
  if (value === undefined) return "nothing";
  return typeof value === "object" ? "an object" : typeof value;
}

/** A short rendering of a found value for messages. */
function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "an object";
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Reads the value a JSON pointer points at, or undefined.
 *
 * @example
 * valueAt({ a: [{ "b/c": 1 }] }, "/a/0/b~1c") // 1
 */
export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === "") return data;
  let current: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Renders issues as one line each, for terminals and logs.
 *
 * @example
 * formatIssues(result.errors) // "- `/title`: required property missing"
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `- ${issue.message}`).join("\n");
}
