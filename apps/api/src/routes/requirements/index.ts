import type { FastifyInstance } from "fastify";
import type { RequirementInfo, RulesetInfo } from "@ethiek/schemas";
import type { InstalledRuleset } from "../../engine.js";
import { sendProblem } from "../../problems.js";
import * as schemas from "./schemas.js";

const everyRole = ["officer", "ethics", "admin"] as const;

/** Requirements and the rulesets installed on this server (read-only; admins install rulesets as files). */
export default async function requirementRoutes(app: FastifyInstance): Promise<void> {
  const info = (r: InstalledRuleset): RulesetInfo => ({
    name: r.name,
    version: r.version,
    description: r.description,
    extends: [...r.extends],
    source: r.source,
    requirementCount: app.engine.listRequirements(r.name, "nl").length,
    default: r.name === app.engine.defaultRuleset,
  });

  app.get(
    "/v1/requirements",
    { config: { access: [...everyRole] }, schema: schemas.listRequirements },
    async (request, reply) => {
      const q = request.query as { ruleset?: string; language: "nl" | "en" };
      const ruleset = q.ruleset ?? app.engine.defaultRuleset;
      if (!app.engine.rulesets().some((r) => r.name === ruleset)) {
        return sendProblem(request, reply, {
          status: 404,
          code: "ruleset-not-found",
          detail: `De regelset '${ruleset}' is niet op deze server geïnstalleerd.`,
        });
      }
      const items: readonly RequirementInfo[] = app.engine.listRequirements(ruleset, q.language);
      return reply.send({ ruleset, language: q.language, items });
    },
  );

  app.get(
    "/v1/requirements/:id",
    { config: { access: [...everyRole] }, schema: schemas.getRequirement },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const q = request.query as { ruleset?: string; language: "nl" | "en" };
      const ruleset = q.ruleset ?? app.engine.defaultRuleset;
      const found = app.engine.rulesets().some((r) => r.name === ruleset)
        ? app.engine.listRequirements(ruleset, q.language).find((r) => r.id === id)
        : undefined;
      if (found === undefined) {
        return sendProblem(request, reply, { status: 404, code: "requirement-not-found", detail: `De regelset '${ruleset}' heeft geen eis '${id}'.` });
      }
      return reply.send(found);
    },
  );

  app.get(
    "/v1/rulesets",
    { config: { access: [...everyRole] }, schema: schemas.listRulesets },
    async (_request, reply) => reply.send({ items: app.engine.rulesets().map(info) }),
  );

  app.get(
    "/v1/rulesets/:name",
    { config: { access: [...everyRole] }, schema: schemas.getRuleset },
    async (request, reply) => {
      const { name } = request.params as { name: string };
      const found = app.engine.rulesets().find((r) => r.name === name);
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "ruleset-not-found", detail: `De regelset '${name}' is niet op deze server geïnstalleerd.` });
      return reply.send({ ...info(found), definition: found.definition });
    },
  );
}
