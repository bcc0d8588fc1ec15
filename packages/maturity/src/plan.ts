import type {
  MaturityActionPlan,
  MaturityAssessment,
  MaturityDimensionGap,
  MaturityModel,
  MaturityPlannedAction,
  MaturityScores,
  MaturityTargetLevel,
} from "@ethiek/schemas";

/**
 * The target profile used for an action plan: the assessment's own target where it names a
 * dimension; a dimension it leaves out keeps its current level (the organisation chose not to
 * grow there). Without any target, every dimension aims one level up (capped at the top level).
 *
 * @example
 * targetProfile(model, assessment, scores).levels.get("beleid") // 4 when the assessment aims for level 4 there
 */
export function targetProfile(model: MaturityModel, assessment: MaturityAssessment, scores: MaturityScores): { source: MaturityActionPlan["targetSource"]; levels: Map<string, number> } {
  const max = model.levels.length;
  const current = new Map(scores.dimensions.map((d) => [d.dimension, d.level ?? 0] as const));
  const own = assessment.target ?? [];
  const levels = new Map<string, number>();
  for (const dimension of model.dimensions) {
    const now = current.get(dimension.id) ?? 0;
    if (own.length > 0) {
      const set = own.find((t: MaturityTargetLevel) => t.dimension === dimension.id);
      levels.set(dimension.id, set?.level ?? Math.max(now, 1));
    } else {
      levels.set(dimension.id, Math.min(max, now + 1));
    }
  }
  return { source: own.length > 0 ? "assessment" : "next-level", levels };
}

/**
 * Gap analysis and action lines: for every dimension its level, target and distance; what the
 * next level requires (the next level's statement of every question below it, or unanswered);
 * and the actions that lead from the current level to the target — the model's own action lines
 * for those levels, highest effect first, or, for a model without action lines (such as an
 * imported ODI model), a step per requirement. All actions also come as one ordered list: by
 * the level they help reach, then effect, then the dimension's distance to its target.
 *
 * @example
 * const scored = scoreAssessment(provincialModel, assessment);
 * if (scored.ok) {
 *   const plan = actionPlan(provincialModel, assessment, scored.value);
 *   plan.actions[0]?.text.nl; // the first thing to do
 * }
 */
export function actionPlan(model: MaturityModel, assessment: MaturityAssessment, scores: MaturityScores): MaturityActionPlan {
  const { source, levels: targets } = targetProfile(model, assessment, scores);
  const answers = new Map(assessment.answers.map((a) => [a.question, a.level] as const));
  const order = new Map(model.dimensions.map((d, i) => [d.id, i] as const));

  const dimensions: MaturityDimensionGap[] = scores.dimensions.map((score) => {
    const current = score.level ?? 0;
    const targetLevel = targets.get(score.dimension) ?? Math.max(current, 1);
    const distance = Math.max(0, targetLevel - current);
    if (distance === 0) return { dimension: score.dimension, level: score.level, targetLevel, distance, requirements: [], actions: [] };
    const nextLevel = current + 1;
    const requirements = model.questions
      .filter((q) => q.dimension === score.dimension && (answers.get(q.id) ?? 0) < nextLevel)
      .flatMap((q) => {
        const statement = q.statements.find((s) => s.level === nextLevel);
        return statement === undefined ? [] : [{ question: q.id, currentLevel: answers.get(q.id) ?? null, level: nextLevel, statement: statement.text }];
      });
    const own = (model.actions ?? []).filter((a) => a.dimension === score.dimension && a.level > current && a.level <= targetLevel);
    let actions: MaturityPlannedAction[];
    if (own.length > 0) {
      actions = own.map((a) => ({ id: a.id, dimension: a.dimension, level: a.level, effect: a.effect, text: a.text, ...(a.result !== undefined ? { result: a.result } : {}) }));
    } else {
      // Without action lines, each statement above an answer is a step: make it true, level by level.
      // Unanswered questions get no steps (their level is unknown); they are listed as requirements.
      actions = model.questions
        .filter((q) => q.dimension === score.dimension && answers.has(q.id))
        .flatMap((q) =>
          q.statements
            .filter((s) => s.level > answers.get(q.id)! && s.level <= targetLevel)
            .map((s) => ({
              id: `${q.id}-${s.level}`.slice(0, 120),
              dimension: score.dimension,
              level: s.level,
              effect: 2,
              question: q.id,
              text: {
                ...(s.text.nl !== undefined ? { nl: `Zorg dat dit klopt: ${s.text.nl}` } : {}),
                ...(s.text.en !== undefined ? { en: `Make this true: ${s.text.en}` } : {}),
              },
            })),
        );
    }
    actions.sort((a, b) => a.level - b.level || b.effect - a.effect);
    return { dimension: score.dimension, level: score.level, targetLevel, nextLevel, distance, requirements, actions };
  });

  const distanceOf = new Map(dimensions.map((d) => [d.dimension, d.distance] as const));
  const all = dimensions
    .flatMap((d) => d.actions)
    .sort(
      (a, b) =>
        a.level - b.level ||
        b.effect - a.effect ||
        (distanceOf.get(b.dimension) ?? 0) - (distanceOf.get(a.dimension) ?? 0) ||
        (order.get(a.dimension) ?? 0) - (order.get(b.dimension) ?? 0),
    );
  return {
    assessment: assessment.id,
    model: scores.model,
    targetSource: source,
    totalDistance: dimensions.reduce((sum, d) => sum + d.distance, 0),
    dimensions,
    actions: all,
  };
}
