import type { MaturityAssessment, MaturityBenchmark, MaturityChange, MaturityComparison, MaturityScores } from "@ethiek/schemas";
import type { CompareError, Result } from "./errors.js";

/** An assessment together with its scores. */
export interface ScoredAssessment {
  readonly assessment: MaturityAssessment;
  readonly scores: MaturityScores;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const momentOf = (a: MaturityAssessment) => a.assessedAt ?? a.createdAt;

function change(fromLevel: number | null, toLevel: number | null, fromMean: number | null, toMean: number | null): MaturityChange {
  return {
    fromLevel,
    toLevel,
    levelChange: fromLevel !== null && toLevel !== null ? toLevel - fromLevel : null,
    fromMean,
    toMean,
    meanChange: fromMean !== null && toMean !== null ? round2(toMean - fromMean) : null,
  };
}

/**
 * Compares two assessments of the same organisation with the same model, earlier first (by
 * `assessedAt`, else `createdAt`, whatever order they are passed in): per dimension and overall,
 * the level and mean before and after and the change.
 *
 * @example
 * const diff = compareAssessments({ assessment: a2025, scores: s2025 }, { assessment: a2026, scores: s2026 });
 * if (diff.ok) diff.value.dimensions.find((d) => d.dimension === "beleid")?.levelChange; // e.g. 1
 */
export function compareAssessments(a: ScoredAssessment, b: ScoredAssessment): Result<MaturityComparison, CompareError> {
  if (a.assessment.organisation !== b.assessment.organisation) {
    return {
      ok: false,
      errors: [{ code: "DIFFERENT_ORGANISATIONS", message: "only assessments of the same organisation can be compared over time; use a benchmark to compare organisations", messageNl: "Alleen metingen van dezelfde organisatie zijn over de tijd te vergelijken. Gebruik een benchmark om organisaties te vergelijken." }],
    };
  }
  if (a.scores.model.id !== b.scores.model.id) {
    return {
      ok: false,
      errors: [{ code: "DIFFERENT_MODELS", message: `the assessments use different models ('${a.scores.model.id}' and '${b.scores.model.id}'); levels of different models cannot be compared`, messageNl: "De metingen gebruiken verschillende modellen. Hun niveaus zijn niet te vergelijken." }],
    };
  }
  const [from, to] = momentOf(a.assessment) <= momentOf(b.assessment) ? [a, b] : [b, a];
  const before = new Map(from.scores.dimensions.map((d) => [d.dimension, d] as const));
  return {
    ok: true,
    value: {
      organisation: to.assessment.organisation,
      from: from.assessment.id,
      to: to.assessment.id,
      overall: change(from.scores.overall.level, to.scores.overall.level, from.scores.overall.mean, to.scores.overall.mean),
      dimensions: to.scores.dimensions.map((d) => {
        const old = before.get(d.dimension);
        return { dimension: d.dimension, ...change(old?.level ?? null, d.level, old?.mean ?? null, d.mean) };
      }),
    },
  };
}

/** At least this many organisations must take part in a benchmark: with twelve provinces, a smaller group reveals who is who. */
export const MIN_BENCHMARK_PARTICIPANTS = 5;

/**
 * A value at quantile `q` (0..1) of sorted values, interpolating between neighbours.
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low]!;
  const b = sorted[high]!;
  return round2(a + (b - a) * (position - low));
}

/** Options of {@link benchmark}. */
export interface BenchmarkOptions {
  /** The organisation asking: its own level is added per dimension (it may see its own data). */
  readonly own?: string;
}

/**
 * An anonymised benchmark across organisations: per dimension the median, quartiles, minimum and
 * maximum of the levels, from each organisation's latest assessment. Refused when fewer than
 * {@link MIN_BENCHMARK_PARTICIPANTS} organisations take part; a dimension that fewer than five
 * organisations answered gets no figures. Names are listed only of organisations that agreed to
 * share them (`shareInBenchmark`), sorted, so the list order says nothing about the figures.
 *
 * @example
 * const result = benchmark(allScoredAssessments, { own: "Provincie Overijssel" });
 * if (result.ok) result.value.dimensions[0]?.median;
 */
export function benchmark(entries: readonly ScoredAssessment[], options: BenchmarkOptions = {}): Result<MaturityBenchmark, CompareError> {
  const models = new Set(entries.map((e) => e.scores.model.id));
  if (models.size > 1) {
    return { ok: false, errors: [{ code: "DIFFERENT_MODELS", message: `a benchmark needs assessments of one model; found ${[...models].sort().join(", ")}`, messageNl: "Een benchmark vergelijkt metingen met hetzelfde model. Kies één model." }] };
  }
  const latest = new Map<string, ScoredAssessment>();
  for (const entry of entries) {
    const known = latest.get(entry.assessment.organisation);
    if (known === undefined || momentOf(entry.assessment) > momentOf(known.assessment)) latest.set(entry.assessment.organisation, entry);
  }
  const participants = latest.size;
  if (participants < MIN_BENCHMARK_PARTICIPANTS) {
    return {
      ok: false,
      errors: [{
        code: "TOO_FEW_ORGANISATIONS",
        message: `a benchmark needs at least ${MIN_BENCHMARK_PARTICIPANTS} organisations so that no one can be recognised; ${participants} took part`,
        messageNl: `Een benchmark kan pas als minstens ${MIN_BENCHMARK_PARTICIPANTS} organisaties meedoen. Anders is te herkennen wie wie is. Nu doen er ${participants} mee.`,
        participants,
        required: MIN_BENCHMARK_PARTICIPANTS,
      }],
    };
  }
  const first = [...latest.values()][0]!;
  const ownEntry = options.own === undefined ? undefined : latest.get(options.own);
  return {
    ok: true,
    value: {
      model: first.scores.model,
      participants,
      namedParticipants: [...latest.values()].filter((e) => e.assessment.shareInBenchmark === true).map((e) => e.assessment.organisation).sort(),
      dimensions: first.scores.dimensions.map(({ dimension }) => {
        const levels = [...latest.values()]
          .flatMap((e) => e.scores.dimensions.filter((d) => d.dimension === dimension && d.level !== null).map((d) => d.level as number))
          .sort((x, y) => x - y);
        const enough = levels.length >= MIN_BENCHMARK_PARTICIPANTS;
        const own = ownEntry?.scores.dimensions.find((d) => d.dimension === dimension);
        return {
          dimension,
          count: levels.length,
          median: enough ? quantile(levels, 0.5) : null,
          lowerQuartile: enough ? quantile(levels, 0.25) : null,
          upperQuartile: enough ? quantile(levels, 0.75) : null,
          minimum: enough ? levels[0]! : null,
          maximum: enough ? levels.at(-1)! : null,
          ...(options.own !== undefined ? { ownLevel: own?.level ?? null } : {}),
        };
      }),
    },
  };
}
