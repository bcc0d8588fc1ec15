import type { MaturityAssessment, MaturityModel, MaturityScores } from "@ethiek/schemas";
import { textIn, type Language } from "./text.js";

/** Options of {@link assessmentToCsv}. */
export interface CsvOptions {
  /** Language of headers, texts and record kinds; default Dutch. */
  readonly language?: Language;
  /** Field separator; default `,`. Dutch spreadsheet programs often expect `;`. */
  readonly separator?: "," | ";";
}

const headers: Record<Language, string[]> = {
  nl: ["soort", "aspect", "vraag", "tekst", "niveau", "niveaunaam", "gemiddelde", "waarde", "bron", "beantwoord_door", "beantwoord_op", "bewijs", "toelichting"],
  en: ["record", "dimension", "question", "text", "level", "level_name", "mean", "value", "source", "answered_by", "answered_at", "evidence", "comment"],
};

const kinds: Record<Language, Record<"answer" | "unanswered" | "dimension" | "measured" | "overall", string>> = {
  nl: { answer: "antwoord", unanswered: "niet-beantwoord", dimension: "aspect", measured: "gemeten", overall: "totaal" },
  en: { answer: "answer", unanswered: "unanswered", dimension: "dimension", measured: "measured", overall: "overall" },
};

const sources: Record<Language, Record<"self" | "measured", string>> = {
  nl: { self: "zelfbeoordeling", measured: "gemeten" },
  en: { self: "self-assessed", measured: "measured" },
};

/**
 * Quotes a CSV field (RFC 4180) and defuses spreadsheet formulas: a field that starts with `=`,
 * `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, so that opening the file never
 * runs a formula someone typed into a comment.
 *
 * @example
 * csvField("=SUM(A1)") // "'=SUM(A1)"
 * csvField("a, b") // "\"a, b\""
 */
export function csvField(value: string | number | null | undefined, separator = ","): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Exports an assessment as CSV (CRLF line ends, header row first): one row per question in the
 * model's order (unanswered questions included, with an empty level), then per dimension its
 * self-assessed score and every measured indicator, then the overall score.
 *
 * @example
 * const csv = assessmentToCsv(provincialModel, assessment, scores, { language: "nl", separator: ";" });
 */
export function assessmentToCsv(model: MaturityModel, assessment: MaturityAssessment, scores: MaturityScores, options: CsvOptions = {}): string {
  const language = options.language ?? "nl";
  const sep = options.separator ?? ",";
  const kind = kinds[language];
  const source = sources[language];
  const levelName = (level: number | null | undefined) => (level == null ? "" : textIn(model.levels.find((l) => l.level === level)?.name, language));
  const answers = new Map(assessment.answers.map((a) => [a.question, a] as const));
  const rows: (string | number | null | undefined)[][] = [headers[language]];
  for (const question of model.questions) {
    const answer = answers.get(question.id);
    rows.push([
      answer ? kind.answer : kind.unanswered,
      question.dimension,
      question.id,
      textIn(question.text, language),
      answer?.level,
      levelName(answer?.level),
      null,
      null,
      answer ? source.self : "",
      answer?.answeredBy,
      answer?.answeredAt,
      answer?.evidence?.map((e) => e.url).join(" "),
      answer?.comment,
    ]);
  }
  for (const d of scores.dimensions) {
    const name = textIn(model.dimensions.find((x) => x.id === d.dimension)?.name, language);
    rows.push([kind.dimension, d.dimension, null, name, d.level, levelName(d.level), d.mean, null, source.self, null, null, null, null]);
    for (const indicator of d.measured?.indicators ?? []) {
      rows.push([kind.measured, d.dimension, null, indicator.metric, indicator.level, levelName(indicator.level), null, indicator.value, source.measured, null, indicator.periodEndDate, null, null]);
    }
  }
  rows.push([kind.overall, null, null, textIn(model.name, language), scores.overall.level, levelName(scores.overall.level), scores.overall.mean, null, source.self, null, null, null, null]);
  return rows.map((row) => row.map((v) => csvField(v, sep)).join(sep)).join("\r\n") + "\r\n";
}
