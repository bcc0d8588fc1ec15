// The OpenAPI schemas of the share routes. Bodies and responses refer to
// schemas/check.schema.json (CheckShareInput, CheckShare, CheckShareList) and schemas/problem.schema.json.
import type { FastifySchema } from "fastify";
import { idParams } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

// Shares hang off a check, so they are listed with the checks in the OpenAPI document.
const TAG = "toetsen";

const checkParams = idParams("De identificatie van de toets.");

export const shareCheck = {
  operationId: "shareCheck",
  tags: [TAG],
  summary: "Deel een toets met een andere organisatie",
  description: "Alleen voor een inkoper of beheerder van de eigen organisatie. De andere organisatie kan de toets daarna lezen via haar id; delen is vastgelegd in het auditlog.",
  params: checkParams,
  body: schemaRef("check", "CheckShareInput"),
  response: {
    201: { description: "De toets is gedeeld.", headers: { Location: { type: "string", description: "Het pad van de deellijst." } }, ...schemaRef("check", "CheckShare") },
    422: { description: "De organisatie bestaat niet, of is uw eigen organisatie.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listCheckShares = {
  operationId: "listCheckShares",
  tags: [TAG],
  summary: "Met wie een toets is gedeeld",
  description: "De organisaties die deze toets van uw organisatie mogen lezen.",
  params: checkParams,
  response: { 200: { description: "De deellijst.", ...schemaRef("check", "CheckShareList") } },
} satisfies FastifySchema;

export const unshareCheck = {
  operationId: "unshareCheck",
  tags: [TAG],
  summary: "Stop het delen van een toets",
  description: "De andere organisatie kan de toets daarna niet meer lezen.",
  // Two path parameters, so not idParams: the check and the organisation it is no longer shared with.
  params: {
    type: "object",
    additionalProperties: false,
    required: ["id", "organisation"],
    properties: {
      id: checkParams.properties.id,
      organisation: { type: "string", minLength: 1, maxLength: 100, description: "De organisatie waarmee niet meer wordt gedeeld." },
    },
  },
  response: { 204: { description: "Niet meer gedeeld.", type: "null" } },
} satisfies FastifySchema;
