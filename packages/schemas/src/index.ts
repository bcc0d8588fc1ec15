/**
 * @ethiek/schemas: the data contracts of ethiek. Types and validators are generated from the JSON
 * Schemas in the repository's `schemas/` folder; the raw schemas are exported as
 * `@ethiek/schemas/schemas/<name>.schema.json`. Beside the contracts, the few primitives every
 * package shares so that none keeps its own copy: `Result` with `ok` and `fail`, HTML and XML
 * escaping, and kebab-case ids.
 */
export * from "./generated/types.js";
export { schemaIds, validators, type SchemaName } from "./generated/registry.js";
export * from "./generated/registry.js";
export {
  createValidator,
  describeErrors,
  formatIssues,
  valueAt,
  type CompiledValidator,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from "./validation.js";
export { fail, ok, type Result } from "./result.js";
export { escapeHtml, escapeXml, kebabId } from "./text.js";
