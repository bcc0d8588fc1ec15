import { kebabId, type MaturityLevel, type MaturityModel, type MaturityQuestion } from "@ethiek/schemas";
import type { ImportError, Result } from "./errors.js";
import { loadMaturityModel } from "./model.js";

/** Where ODI publishes the Data Ethics Maturity Model, used when the file does not say. */
export const ODI_MODEL_URL = "https://theodi.org/insights/tools/the-data-ethics-maturity-model-benchmarking-your-approach-to-data-ethics/";
/** ODI publishes the model under Creative Commons Attribution-ShareAlike 4.0. */
export const ODI_LICENCE = "CC-BY-SA-4.0";
export const ODI_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/";

/** Options of {@link importOdiModel}. */
export interface OdiImportOptions {
  /** Id of the resulting model; default: `odi-` and the kebab-case title, e.g. `odi-data-ethics-maturity-model-2024`. */
  readonly id?: string;
  /** Where the file was downloaded; default {@link ODI_MODEL_URL}. */
  readonly url?: string;
  /** Time of the import, recorded in the attribution. */
  readonly importedAt?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Turns an ODI name into a kebab-case id. ODI's names are English, so `&` reads "and"; ids are cut
 * at 120 characters. Ids of models imported before stay the same, so a re-import matches them.
 *
 * @example
 * slugify("Skills & knowledge") // "skills-and-knowledge"
 */
export function slugify(name: string): string {
  // NFKD first, as kebabId does, so that a full-width ampersand also reads "and".
  return kebabId(name.normalize("NFKD").replace(/&/g, " and "))
    .slice(0, 120)
    .replace(/-+$/, "");
}

/** ODI descriptions carry a little HTML; the model holds plain text. */
function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&rsquo;/g, "’")
    .trim();
}

/**
 * Converts a file in the ODI maturity-model JSON format (as downloaded from the ODI's Data Ethics
 * Maturity Model tool: `title`, `organisation`, `levels`, `dimensions[].activities[].questions[]
 * .statements[{ text, associatedLevel }]`) into an ethiek {@link MaturityModel}. Every ODI
 * dimension becomes a dimension, every level a level, every question a question with one
 * statement per level; an activity title that differs from its dimension's name is kept as the
 * question's topic. The attribution (source, title, URL, licence CC BY-SA 4.0, what was changed)
 * travels with the model. Problems in the file are returned, all at once, with JSON pointers.
 *
 * @example
 * const result = importOdiModel(JSON.parse(downloadedText), { importedAt: new Date().toISOString() });
 * if (result.ok) console.log(result.value.dimensions.length); // 6 for the 2024 model
 */
export function importOdiModel(file: unknown, options: OdiImportOptions = {}): Result<MaturityModel, ImportError> {
  const errors: ImportError[] = [];
  const missing = (pointer: string, what: string) =>
    errors.push({ code: "ODI_FIELD_MISSING", pointer, message: `\`${pointer}\`: ${what} is missing; is this an ODI maturity model file?` });
  const invalid = (pointer: string, message: string) => errors.push({ code: "ODI_FIELD_INVALID", pointer, message: `\`${pointer}\`: ${message}` });
  const text = (v: unknown, pointer: string, what: string): string | undefined => {
    if (v === undefined) {
      missing(pointer, what);
      return undefined;
    }
    if (typeof v !== "string" || plainText(v) === "") {
      invalid(pointer, `${what} must be non-empty text; found ${JSON.stringify(v)?.slice(0, 60)}`);
      return undefined;
    }
    return plainText(v);
  };

  if (!isObject(file)) {
    return { ok: false, errors: [{ code: "ODI_NOT_AN_OBJECT", pointer: "", message: "an ODI maturity model file is a JSON object with title, levels and dimensions; found " + (Array.isArray(file) ? "an array" : typeof file) }] };
  }
  const title = text(file.title, "/title", "the title");
  const description = typeof file.description === "string" && plainText(file.description) !== "" ? plainText(file.description) : undefined;
  const organisation = isObject(file.organisation) ? file.organisation : undefined;
  const source = organisation && typeof organisation.name === "string" && organisation.name.trim() !== "" ? organisation.name.trim() : "The Open Data Institute";

  const levels: MaturityLevel[] = [];
  if (!Array.isArray(file.levels)) {
    if (file.levels === undefined) missing("/levels", "the list of levels");
    else invalid("/levels", "must be a list of level names");
  } else {
    if (file.levels.length < 2 || file.levels.length > 10) invalid("/levels", `a model needs 2 to 10 levels; found ${file.levels.length}`);
    file.levels.forEach((name, i) => {
      const n = text(name, `/levels/${i}`, "a level name");
      if (n !== undefined) levels.push({ level: i + 1, id: slugify(n) || `level-${i + 1}`, name: { en: n } });
    });
  }
  const levelCount = Array.isArray(file.levels) ? file.levels.length : 0;

  const dimensions: MaturityModel["dimensions"] = [];
  const questions: MaturityQuestion[] = [];
  if (!Array.isArray(file.dimensions)) {
    if (file.dimensions === undefined) missing("/dimensions", "the list of dimensions");
    else invalid("/dimensions", "must be a list of dimensions");
  } else {
    file.dimensions.forEach((dim, d) => {
      const at = `/dimensions/${d}`;
      if (!isObject(dim)) return void invalid(at, "a dimension must be an object with name and activities");
      const name = text(dim.name, `${at}/name`, "the dimension's name");
      if (name === undefined) return;
      const id = slugify(name) || `dimension-${d + 1}`;
      dimensions.push({ id, name: { en: name } });
      if (!Array.isArray(dim.activities)) return void (dim.activities === undefined ? missing(`${at}/activities`, "the dimension's activities") : invalid(`${at}/activities`, "must be a list"));
      let number = 0;
      dim.activities.forEach((activity, a) => {
        const aat = `${at}/activities/${a}`;
        if (!isObject(activity)) return void invalid(aat, "an activity must be an object with title and questions");
        const topic = typeof activity.title === "string" ? plainText(activity.title) : "";
        if (!Array.isArray(activity.questions)) return void missing(`${aat}/questions`, "the activity's questions");
        activity.questions.forEach((q, k) => {
          const qat = `${aat}/questions/${k}`;
          if (!isObject(q)) return void invalid(qat, "a question must be an object with text and statements");
          const questionText = text(q.text, `${qat}/text`, "the question's text");
          if (!Array.isArray(q.statements)) return void missing(`${qat}/statements`, "the question's statements");
          const statements: MaturityQuestion["statements"] = [];
          q.statements.forEach((s, j) => {
            const sat = `${qat}/statements/${j}`;
            if (!isObject(s)) return void invalid(sat, "a statement must be an object with text and associatedLevel");
            const statementText = text(s.text, `${sat}/text`, "the statement's text");
            const level = s.associatedLevel;
            if (typeof level !== "number" || !Number.isInteger(level) || level < 1 || level > levelCount) {
              return void invalid(`${sat}/associatedLevel`, `must be a whole number from 1 to ${levelCount} (the number of levels); found ${JSON.stringify(level)}`);
            }
            if (statementText !== undefined) statements.push({ level, text: { en: statementText } });
          });
          if (questionText === undefined) return;
          number += 1;
          questions.push({
            id: `${id}-${number}`.slice(0, 120),
            dimension: id,
            ...(topic !== "" && topic !== name ? { topic: { en: topic } } : {}),
            text: { en: questionText },
            statements: statements.sort((x, y) => x.level - y.level),
          });
        });
      });
    });
  }
  if (errors.length > 0 || title === undefined) return { ok: false, errors };

  const model: MaturityModel = {
    schemaVersion: "1.0",
    id: options.id ?? `odi-${slugify(title) || "maturity-model"}`.slice(0, 120),
    ...(/\b(19|20)\d\d\b/.test(title) ? { version: /\b(?:19|20)\d\d\b/.exec(title)![0] } : {}),
    name: { en: title },
    ...(description !== undefined ? { description: { en: description } } : {}),
    attribution: {
      source,
      title,
      url: options.url ?? ODI_MODEL_URL,
      licence: ODI_LICENCE,
      licenceUrl: ODI_LICENCE_URL,
      changes: "Converted from the ODI maturity-model JSON format to the ethiek model format: HTML removed from texts, ids added, activities kept as question topics. The texts are otherwise unchanged.",
      ...(options.importedAt !== undefined ? { importedAt: options.importedAt } : {}),
    },
    levels,
    dimensions,
    questions,
  };
  const loaded = loadMaturityModel(model);
  if (!loaded.ok) {
    const problems = loaded.errors;
    return {
      ok: false,
      errors: [{ code: "ODI_RESULT_INVALID", pointer: "", message: `the file converts into a model that is not sound: ${problems.map((p) => `${p.pointer}: ${p.message}`).join("; ")}`, modelErrors: problems }],
    };
  }
  return { ok: true, value: model };
}
