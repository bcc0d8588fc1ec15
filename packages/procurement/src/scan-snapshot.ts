// A compiled ruleset as plain data. Compiling the built-in ruleset (some 12,000 terms) took most of
// the time of a one-file `ethiek check`; the build compiles it once and ships the result (see
// tsup.config.ts), and restoring it costs a fraction of compiling. See docs/decisions/0057.
import type { ResolvedRuleset } from "./rulesets.js";
import type { CompiledRuleset, Target } from "./scan-compile.js";
import { conceptMask } from "./scan-passage.js";
import { TermIndex, type IndexState } from "./terms.js";
import { KEPT_CONCEPTS, type ConceptName } from "./vocabulary.js";

/** Bumped whenever the shape of {@link CompiledSnapshot} changes. */
const FORMAT = 1;

/** The data of a {@link CompiledRuleset}, JSON-safe and sparse where most terms have nothing. */
export interface CompiledSnapshot {
  readonly format: number;
  /** The ruleset it was compiled from: a snapshot is only restored for the same ruleset. */
  readonly ruleset: { readonly name: string; readonly version: string; readonly requirements: readonly string[] };
  readonly index: IndexState;
  readonly patternRequirement: readonly number[];
  readonly targets: readonly Target[];
  readonly patternFullMask: readonly number[];
  readonly patternTerms: ReadonlyArray<readonly number[]>;
  /** term id → the number of its uses (the runs of `useCodes`). */
  readonly useCounts: readonly number[];
  readonly useCodes: readonly number[];
  /** The concept names `termConcepts` refers to by position. */
  readonly conceptNames: readonly ConceptName[];
  /** `[term id, concept positions …]` for every term with concepts. */
  readonly termConcepts: ReadonlyArray<readonly number[]>;
  /** `[term id, mention terms …]` for every term that conditions mention. */
  readonly termMentions: ReadonlyArray<readonly [number, ...string[]]>;
}

const identity = (ruleset: ResolvedRuleset): CompiledSnapshot["ruleset"] => ({
  name: ruleset.name,
  version: ruleset.version,
  requirements: ruleset.requirements.map((r) => r.definition.id),
});

/** The compiled ruleset as data that {@link restoreCompiled} turns back into it. */
export function snapshotOf(compiled: CompiledRuleset): CompiledSnapshot {
  const size = compiled.index.size;
  const useCounts = Array.from({ length: size }, (_, t) => compiled.useStart[t + 1]! - compiled.useStart[t]!);
  const conceptNames: ConceptName[] = [];
  const position = (name: ConceptName): number => {
    const at = conceptNames.indexOf(name);
    return at >= 0 ? at : conceptNames.push(name) - 1;
  };
  const termConcepts: number[][] = [];
  const termMentions: Array<[number, ...string[]]> = [];
  for (let t = 0; t < size; t++) {
    const concepts = compiled.termConcepts[t];
    if (concepts) termConcepts.push([t, ...concepts.map(position)]);
    const mentions = compiled.termMentions[t];
    if (mentions) termMentions.push([t, ...mentions]);
  }
  return {
    format: FORMAT,
    ruleset: identity(compiled.ruleset),
    index: compiled.index.exportState(),
    patternRequirement: [...compiled.patternRequirement],
    targets: compiled.targets,
    patternFullMask: [...compiled.patternFullMask],
    patternTerms: compiled.patternTerms.map((t) => [...t]),
    useCounts,
    useCodes: [...compiled.useCodes],
    conceptNames,
    termConcepts,
    termMentions,
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The compiled form of `ruleset` from its snapshot, or undefined when the snapshot is of another
 * ruleset (name, version or requirements differ) or of another format: compile it then.
 */
export function restoreCompiled(ruleset: ResolvedRuleset, snapshot: CompiledSnapshot): CompiledRuleset | undefined {
  const want = identity(ruleset);
  const have = snapshot.ruleset;
  if (snapshot.format !== FORMAT || have.name !== want.name || have.version !== want.version || !sameList(have.requirements, want.requirements)) {
    return undefined;
  }
  const size = snapshot.index.terms.length;
  const useStart = new Int32Array(size + 1);
  for (let t = 0; t < size; t++) useStart[t + 1] = useStart[t]! + snapshot.useCounts[t]!;
  const termConcepts = new Array<readonly ConceptName[] | undefined>(size);
  const termConceptLow = new Int32Array(size);
  const termConceptHigh = new Int32Array(size);
  const termClassifies = new Array<boolean>(size).fill(false);
  for (const [t, ...positions] of snapshot.termConcepts) {
    const names = positions.map((p) => snapshot.conceptNames[p]!);
    termConcepts[t!] = names;
    termConceptLow[t!] = conceptMask(names, 0);
    termConceptHigh[t!] = conceptMask(names, 32);
    termClassifies[t!] = names.some((c) => KEPT_CONCEPTS.has(c));
  }
  const termMentions = new Array<readonly string[] | undefined>(size);
  for (const [t, ...mentions] of snapshot.termMentions) termMentions[t] = mentions;
  return {
    ruleset,
    index: TermIndex.fromState(snapshot.index),
    patternRequirement: Int32Array.from(snapshot.patternRequirement),
    targets: snapshot.targets,
    patternFullMask: Int32Array.from(snapshot.patternFullMask),
    patternTerms: snapshot.patternTerms.map((t) => Int32Array.from(t)),
    useStart,
    useCodes: Int32Array.from(snapshot.useCodes),
    termConcepts,
    termConceptLow,
    termConceptHigh,
    termClassifies,
    termMentions,
  };
}
