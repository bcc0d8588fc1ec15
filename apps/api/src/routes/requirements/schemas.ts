// The OpenAPI schemas of the requirement and ruleset routes. Responses refer to
// schemas/requirement-info.schema.json (RequirementInfo, RequirementInfoList, RulesetInfo, RulesetInfoList).
import type { FastifySchema } from "fastify";
import { languageProperty } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

const TAG = "eisen";

const language = languageProperty("De taal van de teksten: nl (standaard) of en.");

export const listRequirements = {
  operationId: "listRequirements",
  tags: [TAG],
  summary: "De eisen van een regelset",
  description: "Alle eisen van een regelset met uitleg, wat u toevoegt als een eis ontbreekt, en de bronnen.",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      ruleset: { type: "string", minLength: 1, description: "De regelset; standaard de standaardregelset van de server." },
      language,
    },
  },
  response: { 200: { description: "De eisen.", ...schemaRef("requirement-info", "RequirementInfoList") } },
} satisfies FastifySchema;

export const getRequirement = {
  operationId: "getRequirement",
  tags: [TAG],
  summary: "Eén eis",
  description: "De uitleg van één eis uit een regelset.",
  // Requirement ids are kebab-case, so the pattern refuses anything else before a lookup.
  params: {
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: { id: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: "De identificatie van de eis, bijvoorbeeld logging." } },
  },
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: { ruleset: { type: "string", minLength: 1, description: "De regelset; standaard de standaardregelset." }, language },
  },
  response: { 200: { description: "De eis.", ...schemaRef("requirement-info") } },
} satisfies FastifySchema;

export const listRulesets = {
  operationId: "listRulesets",
  tags: [TAG],
  summary: "De geïnstalleerde regelsets",
  description: "De regelsets waaruit u bij een toets kunt kiezen: meegeleverd of door een beheerder op de server gezet.",
  response: { 200: { description: "De regelsets.", ...schemaRef("requirement-info", "RulesetInfoList") } },
} satisfies FastifySchema;

export const getRuleset = {
  operationId: "getRuleset",
  tags: [TAG],
  summary: "Eén regelset",
  description: "Een geïnstalleerde regelset met haar volledige definitie.",
  params: {
    type: "object",
    additionalProperties: false,
    required: ["name"],
    properties: { name: { type: "string", minLength: 1, maxLength: 200, description: "De naam van de regelset, bijvoorbeeld ethiek:recommended." } },
  },
  response: { 200: { description: "De regelset.", ...schemaRef("requirement-info", "RulesetInfo") } },
} satisfies FastifySchema;
