import type { Instrument, InstrumentAnalysis, InstrumentLink, InstrumentQuestion } from "@ethiek/schemas";
import { parse, YAMLParseError } from "yaml";
import { fail, ok, type AnswerError, type InstrumentError, type Result } from "./errors.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i;

function strings(v: unknown): string[] {
  if (typeof v === "string") return v === "" ? [] : [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x !== "") : [];
}

/**
 * Reads an instrument file in the format of the Dutch government's task registry (MinBZK
 * `task-registry`, e.g. the IAMA): its questions with URN, topics, suggested roles and lifecycle
 * stages. The YAML text is passed in; nothing is read from disk. All problems are returned at once.
 *
 * @example
 * const r = loadInstrument(await readFile("iama.yaml", "utf8"));
 * if (r.ok) console.log(r.value.questions.length, r.value.questions[0].urn);
 */
export function loadInstrument(yamlText: string): Result<Instrument, InstrumentError> {
  let data: unknown;
  try {
    // Aliases are normal in these files (each task reuses the answer template); the limit stops
    // alias bombs without rejecting real instruments.
    data = parse(yamlText, { maxAliasCount: 5000, uniqueKeys: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      return fail({
        code: "YAML_SYNTAX",
        path: line ? `line ${line}` : "",
        message: `Het bestand is geen geldige YAML${line ? ` (regel ${line})` : ""}: ${error.message.split("\n")[0]}`,
      });
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return fail({
        code: "YAML_TOO_COMPLEX",
        path: "",
        message: "Het bestand verwijst te vaak naar herhaalde stukken (YAML-aliassen). Dat lijkt op een aanval; het bestand is niet gelezen.",
      });
    }
    throw error;
  }
  if (!isObj(data) || !Array.isArray(data.tasks)) {
    return fail({
      code: "NOT_AN_INSTRUMENT",
      path: "tasks",
      message: "Dit is geen instrumentbestand van het taakregister: er is geen lijst 'tasks' met vragen.",
    });
  }
  const errors: InstrumentError[] = [];
  const need = (key: string, value: unknown, path: string): string => {
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    errors.push({ code: "MISSING_FIELD", path, message: `'${path}' ontbreekt of is leeg; vul de ${key} in.` });
    return "";
  };
  const urn = need("URN van het instrument", data.urn, "urn");
  if (urn && !URN.test(urn)) errors.push({ code: "INVALID_URN", path: "urn", message: `'${urn}' is geen URN (urn:…).` });
  const name = need("naam", data.name, "name");
  const seen = new Map<string, number>();
  const questions: InstrumentQuestion[] = [];
  data.tasks.forEach((task, i) => {
    const at = `tasks[${i}]`;
    if (!isObj(task)) {
      errors.push({ code: "MISSING_FIELD", path: at, message: `'${at}' is geen vraag (verwacht: question, urn, …).` });
      return;
    }
    const text = need("vraag", task.question, `${at}.question`);
    const qUrn = need("URN van de vraag", task.urn, `${at}.urn`);
    if (qUrn && !URN.test(qUrn)) {
      errors.push({ code: "INVALID_URN", path: `${at}.urn`, message: `'${qUrn}' in ${at} is geen URN (urn:…).` });
    } else if (qUrn && seen.has(qUrn)) {
      errors.push({
        code: "DUPLICATE_URN",
        path: `${at}.urn`,
        message: `De URN '${qUrn}' staat twee keer in het bestand (tasks[${seen.get(qUrn)}] en ${at}); elke vraag heeft een eigen URN.`,
      });
    }
    if (qUrn) seen.set(qUrn, i);
    const labels = Array.isArray(task.labels) ? task.labels.filter(isObj) : [];
    const links: InstrumentLink[] = (Array.isArray(task.links) ? task.links.filter(isObj) : []).map((l) => ({
      ...(typeof l.text === "string" ? { text: l.text } : {}),
      ...(typeof l.urn === "string" ? { urn: l.urn } : {}),
    }));
    questions.push({
      urn: qUrn,
      text,
      topics: labels.filter((l) => l.key === "topic").flatMap((l) => strings(l.value)),
      roles: strings(task.suggested_roles),
      lifecycle: strings(task.lifecycle),
      types: strings(task.type),
      links,
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return ok({
    urn,
    name,
    language: typeof data.language === "string" && data.language !== "" ? data.language : "nl",
    ...(typeof data.description === "string" ? { description: data.description } : {}),
    ...(typeof data.schema_version === "string" ? { schemaVersion: data.schema_version } : {}),
    ...(typeof data.url === "string" && data.url !== "" ? { url: data.url } : {}),
    questions,
  });
}

/**
 * Checks the answers of an instrument analysis against the loaded instrument: the instrument's
 * URN must match, every answer must name one of its questions, and each question is answered once.
 *
 * @example
 * const problems = checkAnswers(iama, analysis); // [] when all answers fit
 */
export function checkAnswers(instrument: Instrument, analysis: InstrumentAnalysis): AnswerError[] {
  const errors: AnswerError[] = [];
  if (analysis.instrumentUrn !== instrument.urn) {
    errors.push({
      code: "WRONG_INSTRUMENT",
      questionUrn: analysis.instrumentUrn,
      message: `De analyse hoort bij instrument '${analysis.instrumentUrn}', niet bij '${instrument.urn}' (${instrument.name}).`,
    });
  }
  const known = new Set(instrument.questions.map((q) => q.urn));
  const answered = new Set<string>();
  for (const a of analysis.answers) {
    if (!known.has(a.questionUrn)) {
      errors.push({
        code: "UNKNOWN_QUESTION",
        questionUrn: a.questionUrn,
        message: `'${a.questionUrn}' is geen vraag van ${instrument.name}. Controleer de URN.`,
      });
    } else if (answered.has(a.questionUrn)) {
      errors.push({
        code: "DUPLICATE_ANSWER",
        questionUrn: a.questionUrn,
        message: `Vraag '${a.questionUrn}' is twee keer beantwoord; voeg de antwoorden samen.`,
      });
    }
    answered.add(a.questionUrn);
  }
  return errors;
}

/**
 * The questions of the instrument that the analysis has not answered yet (empty answers count as
 * unanswered), optionally only those of one lifecycle stage or role.
 *
 * @example
 * unansweredQuestions(iama, analysis, { lifecycle: "Probleemanalyse" }).map((q) => q.urn);
 */
export function unansweredQuestions(
  instrument: Instrument,
  analysis: InstrumentAnalysis,
  filter: { readonly lifecycle?: string; readonly role?: string; readonly topic?: string } = {},
): InstrumentQuestion[] {
  const answered = new Set(analysis.answers.filter((a) => a.answer.trim() !== "").map((a) => a.questionUrn));
  return instrument.questions.filter(
    (q) =>
      !answered.has(q.urn) &&
      (filter.lifecycle === undefined || q.lifecycle.includes(filter.lifecycle)) &&
      (filter.role === undefined || q.roles.includes(filter.role)) &&
      (filter.topic === undefined || q.topics.includes(filter.topic)),
  );
}
