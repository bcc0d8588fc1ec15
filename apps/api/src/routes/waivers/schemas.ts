// The OpenAPI schemas of the waiver routes. Bodies and responses refer to
// schemas/waiver-request.schema.json and schemas/problem.schema.json.
import type { FastifySchema } from "fastify";
import { idParams } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

export const createWaiverRequest = {
  operationId: "createWaiverRequest",
  tags: ["uitzonderingen"],
  summary: "Maak bezwaar tegen een bevinding",
  description:
    "Vraag om een eis voor deze aanbesteding buiten beschouwing te laten. Alleen eisen die gedeeltelijk of niet zijn vervuld komen in aanmerking. De ethiekrol van uw organisatie of haar commissie beslist.",
  params: idParams("De identificatie van de toets."),
  body: schemaRef("waiver-request", "WaiverRequestInput"),
  response: {
    201: { description: "Het verzoek is ingediend.", headers: { Location: { type: "string", description: "Het pad van het verzoek." } }, ...schemaRef("waiver-request") },
    409: { description: "Er loopt al een verzoek voor deze eis.", ...schemaRef("problem") },
    422: { description: "De eis heeft in deze toets geen open bevinding.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listWaiverRequests = {
  operationId: "listWaiverRequests",
  tags: ["uitzonderingen"],
  summary: "Verzoeken om uitzondering bij een toets",
  description: "Alle verzoeken om uitzondering bij deze toets, oudste eerst.",
  params: idParams("De identificatie van de toets."),
  response: { 200: { description: "De verzoeken.", ...schemaRef("waiver-request", "WaiverRequestList") } },
} satisfies FastifySchema;

export const getWaiverRequest = {
  operationId: "getWaiverRequest",
  tags: ["uitzonderingen"],
  summary: "Lees een verzoek om uitzondering",
  description: "Het verzoek met, als er al is beslist, het besluit en de motivering.",
  params: idParams("De identificatie van het verzoek."),
  response: { 200: { description: "Het verzoek.", ...schemaRef("waiver-request") } },
} satisfies FastifySchema;

export const decideWaiverRequest = {
  operationId: "decideWaiverRequest",
  tags: ["uitzonderingen"],
  summary: "Beslis over een verzoek om uitzondering",
  description:
    "Alleen voor de ethiekrol van de organisatie of van haar commissie, en nooit door wie het verzoek indiende. Toekennen vraagt een ethiekcasus die de uitzondering onderbouwt; de uitzondering geldt voor de hertoetsen van dezelfde aanbesteding.",
  params: idParams("De identificatie van het verzoek."),
  body: schemaRef("waiver-request", "WaiverDecisionInput"),
  response: {
    200: { description: "Het besluit is vastgelegd.", ...schemaRef("waiver-request") },
    409: { description: "Over dit verzoek is al beslist.", ...schemaRef("problem") },
    422: { description: "Toekennen zonder ethiekcasus.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

