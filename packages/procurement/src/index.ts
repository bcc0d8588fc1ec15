/**
 * @ethiek/procurement: the requirement catalogue for buying algorithms and AI, the tender
 * classifier and the evidence engine. Pure: takes `Document` values, returns a `CheckReport`.
 */
export { check, classify, checkerVersion, checkerName, guessLanguage, type CheckOptions, type Language } from "./check.js";
export { summarize, verdictOf, type FindingCounts, type Verdict } from "./summary.js";
export { diffReports } from "./diff.js";
export { builtinRulesets, resolveRuleset, RulesetError, type RulesetIssue, type ResolvedRuleset, type ResolvedRequirement, type ResolveResult } from "./rulesets.js";
export { listRequirements, type RequirementDoc } from "./requirements.js";
export { describeCondition, describeSeverity, evaluate as evaluateCondition, type ConditionContext } from "./conditions.js";
export { milestones as aiActMilestones } from "./catalogue/milestones.js";
export { TAGS as classificationTags } from "./classify.js";
