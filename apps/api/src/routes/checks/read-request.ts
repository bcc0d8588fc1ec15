// Reading the multipart body of POST /v1/checks into a CheckRequest: limits while streaming,
// every problem with the fields at once.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { validateTender, type InvalidParam, type Tender } from "@ethiek/schemas";
import type { CheckRequest, UploadedFile } from "../../checks.js";
import { ProblemError } from "../../problems.js";
import { checkDeclaredLength, multipartParts, readFilePart, safeFileName, UploadBudget, visibleFileName } from "../../uploads.js";

const formFields = new Set(["files", "manifest", "ruleset", "language", "previousCheck"]);

/**
 * Reads the multipart stream part by part: files are read with the size limits enforced while
 * streaming (a file over the per-file limit, or all files together over the per-request limit,
 * stop the upload with 413), a malformed body is a 400, fields are validated, and every problem
 * with the fields is reported at once.
 */
export async function readCheckRequest(app: FastifyInstance, request: FastifyRequest): Promise<CheckRequest> {
  if (!request.isMultipart()) {
    throw new ProblemError({
      status: 415,
      code: "multipart-required",
      detail: "Stuur de documenten als multipart/form-data, elk bestand in het veld files.",
    });
  }
  const limits = app.config.limits;
  checkDeclaredLength(request, limits);
  const budget = new UploadBudget(limits);
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  const invalid: InvalidParam[] = [];
  for await (const part of multipartParts(request)) {
    if (!formFields.has(part.fieldname)) {
      invalid.push({ name: visibleFileName(part.fieldname).slice(0, 100), reason: `onbekend veld; toegestaan zijn ${[...formFields].join(", ")}`, code: "unknown-field" });
      if (part.type === "file") await readFilePart(part, budget, "?");
      continue;
    }
    if (part.type === "file") {
      if (part.fieldname !== "files" && part.fieldname !== "manifest") {
        invalid.push({ name: part.fieldname, reason: "dit veld is tekst, geen bestand", code: "type" });
        await readFilePart(part, budget, part.fieldname);
        continue;
      }
      const named = safeFileName(part.filename, files.length + 1);
      const bytes = await readFilePart(part, budget, named.name);
      if (part.fieldname === "manifest") fields.manifest = bytes.toString("utf8");
      else files.push({ name: named.name, ...(named.original !== undefined ? { originalName: named.original } : {}), mediaType: part.mimetype, bytes });
    } else {
      if (part.fieldname === "files") {
        invalid.push({ name: "files", reason: "stuur hier een bestand, geen tekst", code: "type" });
        continue;
      }
      budget.add(Buffer.byteLength(String(part.value)));
      if (part.fieldname in fields) invalid.push({ name: part.fieldname, reason: "dit veld mag maar één keer voorkomen", code: "duplicate" });
      fields[part.fieldname] = String(part.value);
    }
  }
  const withNul = Object.entries(fields).filter(([, value]) => value.includes("\u0000"));
  for (const [name] of withNul) invalid.push({ name, reason: "bevat een NUL-teken (\\u0000); laat het weg", code: "nul-character" });
  if (files.length === 0) invalid.push({ name: "files", reason: "stuur ten minste één document", code: "required" });
  let manifest: Tender | undefined;
  if (fields.manifest !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fields.manifest);
    } catch (error) {
      invalid.push({ name: "manifest", reason: `geen geldige JSON: ${(error as Error).message}`, code: "invalid-json" });
    }
    if (parsed !== undefined) {
      const result = validateTender(parsed);
      if (result.ok) manifest = result.value;
      else for (const issue of result.errors) invalid.push({ name: `manifest${issue.pointer}`, reason: issue.message, code: issue.code });
    }
  }
  const language = fields.language ?? "nl";
  if (language !== "nl" && language !== "en") invalid.push({ name: "language", reason: `moet nl of en zijn; gevonden '${language}'`, code: "enum" });
  if (invalid.length > 0) {
    throw new ProblemError({ status: 400, code: "invalid-input", detail: `Het verzoek bevat ${invalid.length} ongeldige onderdelen; zie invalidParams.`, invalidParams: invalid });
  }
  const ruleset = fields.ruleset ?? app.engine.defaultRuleset;
  const installed = app.engine.rulesets().map((r) => r.name);
  if (!installed.includes(ruleset)) {
    throw new ProblemError({
      status: 422,
      code: "unknown-ruleset",
      detail: `De regelset '${ruleset}' is niet op deze server geïnstalleerd. Beschikbaar: ${installed.join(", ")}.`,
      invalidParams: [{ name: "ruleset", reason: `kies een van ${installed.join(", ")}`, code: "unknown-ruleset" }],
    });
  }
  const key = request.headers["idempotency-key"];
  if (key !== undefined && (typeof key !== "string" || key.length === 0 || key.length > 255)) {
    throw new ProblemError({
      status: 400,
      code: "invalid-input",
      detail: "De Idempotency-Key moet 1 tot 255 tekens lang zijn.",
      invalidParams: [{ name: "header/idempotency-key", reason: "1 tot 255 tekens", code: "maxLength" }],
    });
  }
  return {
    files,
    ruleset,
    language: language === "en" ? "en" : "nl",
    ...(manifest !== undefined ? { manifest } : {}),
    ...(fields.previousCheck !== undefined ? { previousCheck: fields.previousCheck } : {}),
    ...(typeof key === "string" ? { idempotencyKey: key } : {}),
  };
}
