import type { FastifyInstance } from "fastify";
import type { RequirementInfo, RulesetInfo } from "@ethiek/schemas";
import type { InstalledRuleset } from "../engine.js";
import { sendProblem } from "../problems.js";
import { schemaRef } from "../validation.js";

const everyRole = ["officer", "ethics", "admin"] as const;

const languageQuery = {
  language: { type: "string", enum: ["nl", "en"], default: "nl", description: "De taal van de teksten: nl (standaard) of en." },
} as const;

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
    {
      config: { access: [...everyRole] },
      schema: {
        operationId: "listRequirements",
        tags: ["eisen"],
        summary: "De eisen van een regelset",
        description: "Alle eisen van een regelset met uitleg, wat u toevoegt als een eis ontbreekt, en de bronnen.",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            ruleset: { type: "string", minLength: 1, description: "De regelset; standaard de standaardregelset van de server." },
            ...languageQuery,
          },
        },
        response: { 200: { description: "De eisen.", ...schemaRef("requirement-info", "RequirementInfoList") } },
      },
    },
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
    {
      config: { access: [...everyRole] },
      schema: {
        operationId: "getRequirement",
        tags: ["eisen"],
        summary: "Eén eis",
        description: "De uitleg van één eis uit een regelset.",
        params: {
          type: "object",
          additionalProperties: false,
          required: ["id"],
          properties: { id: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: "De identificatie van de eis, bijvoorbeeld logging." } },
        },
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { ruleset: { type: "string", minLength: 1, description: "De regelset; standaard de standaardregelset." }, ...languageQuery },
        },
        response: { 200: { description: "De eis.", ...schemaRef("requirement-info") } },
      },
    },
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
    {
      config: { access: [...everyRole] },
      schema: {
        operationId: "listRulesets",
        tags: ["eisen"],
        summary: "De geïnstalleerde regelsets",
        description: "De regelsets waaruit u bij een toets kunt kiezen: meegeleverd of door een beheerder op de server gezet.",
        response: { 200: { description: "De regelsets.", ...schemaRef("requirement-info", "RulesetInfoList") } },
      },
    },
    async (_request, reply) => reply.send({ items: app.engine.rulesets().map(info) }),
  );

  app.get(
    "/v1/rulesets/:name",
    {
      config: { access: [...everyRole] },
      schema: {
        operationId: "getRuleset",
        tags: ["eisen"],
        summary: "Eén regelset",
        description: "Een geïnstalleerde regelset met haar volledige definitie.",
        params: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: { name: { type: "string", minLength: 1, maxLength: 200, description: "De naam van de regelset, bijvoorbeeld ethiek:recommended." } },
        },
        response: { 200: { description: "De regelset.", ...schemaRef("requirement-info", "RulesetInfo") } },
      },
    },
    async (request, reply) => {
      const { name } = request.params as { name: string };
      const found = app.engine.rulesets().find((r) => r.name === name);
      if (found === undefined) return sendProblem(request, reply, { status: 404, code: "ruleset-not-found", detail: `De regelset '${name}' is niet op deze server geïnstalleerd.` });
      return reply.send({ ...info(found), definition: found.definition });
    },
  );
}
