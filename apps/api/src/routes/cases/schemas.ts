// The OpenAPI schemas of the cases and moresprudentie routes. Bodies and responses refer to
// schemas/case.schema.json, schemas/precedent.schema.json, schemas/case-export.schema.json and
// schemas/problem.schema.json.
import type { FastifySchema } from "fastify";
import { idParams as idOf, pageProperties } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

const TAG = "casussen";
const MORES = "moresprudentie";

const idParams = idOf("De sleutel van de casus.");

const tagFilter = (what: string) => ({ type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: `Alleen casussen met dit label (${what}).` }) as const;

export const createCase = {
  operationId: "createCase",
  tags: [TAG],
  summary: "Leg een casus voor",
  description:
    "Legt een ethische vraag of casus voor aan de commissie van uw organisatie (of, als uw organisatie geen commissie heeft, aan uw eigen ethiek-adviseurs). De casus krijgt de status 'ingediend'.",
  body: schemaRef("case", "CaseInput"),
  response: {
    201: { description: "De casus is ingediend.", headers: { Location: { type: "string", description: "Het adres van de nieuwe casus." } }, ...schemaRef("case") },
  },
} satisfies FastifySchema;

export const listCases = {
  operationId: "listCases",
  tags: [TAG],
  summary: "Casussen zoeken",
  description: "De casussen die u mag zien: van uw organisatie, die uw commissie behandelt, interne casussen van uw commissie en openbare casussen. Nieuwste eerst.",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      ...pageProperties("Het aantal casussen per pagina (1 tot 100)."),
      status: { type: "string", enum: ["submitted", "accepted", "declined", "in-analysis", "reflection-given", "decision-recorded", "closed", "withdrawn"], description: "Alleen casussen met deze status." },
      confidentiality: { type: "string", enum: ["public", "internal", "confidential"], description: "Alleen casussen met deze vertrouwelijkheid." },
      organisation: { type: "string", minLength: 1, description: "Alleen casussen van deze organisatie." },
      value: tagFilter("waarde"),
      technology: tagFilter("technologie"),
      domain: tagFilter("beleidsdomein"),
    },
  },
  response: { 200: { description: "Een pagina casussen.", ...schemaRef("case", "CasePage") } },
} satisfies FastifySchema;

export const getCase = {
  operationId: "getCase",
  tags: [TAG],
  summary: "Een casus lezen",
  description: "De casus met analyse, reflecties, besluit en alle stappen. Een casus die u niet mag zien, bestaat voor u niet (404).",
  params: idParams,
  response: { 200: { description: "De casus.", ...schemaRef("case") } },
} satisfies FastifySchema;

export const updateCase = {
  operationId: "updateCase",
  tags: [TAG],
  summary: "Een casus bijwerken",
  description:
    "Vervangt de gegevens van een open casus (vraag, context, technologie, labels, analyse, besluit). De indienende organisatie en de behandelende commissie mogen dat. Afgesloten, afgewezen en ingetrokken casussen veranderen niet meer (409).",
  params: idParams,
  body: schemaRef("case", "CaseInput"),
  response: {
    200: { description: "De bijgewerkte casus.", ...schemaRef("case") },
    409: { description: "De casus is afgerond of net gewijzigd.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const transitionCase = {
  operationId: "transitionCase",
  tags: [TAG],
  summary: "De status van een casus veranderen",
  description:
    "Zet de casus een stap verder. De behandelende commissie (rol ethics) neemt in behandeling, wijst af (met reden), start de analyse, geeft de reflectie en sluit af. De indienende organisatie legt het besluit vast en kan intrekken (met reden). Elke stap wordt vastgelegd met wie en wanneer.",
  params: idParams,
  body: schemaRef("case", "CaseTransitionInput"),
  response: {
    200: { description: "De casus na de stap.", ...schemaRef("case") },
    409: { description: "Deze stap kan niet vanuit de huidige status.", ...schemaRef("problem") },
    422: { description: "Er ontbreekt een reden.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const addCaseReflection = {
  operationId: "addCaseReflection",
  tags: [TAG],
  summary: "Een reflectie geven",
  description: "De behandelende commissie voegt haar reflectie toe: auteurs, datum, tekst, de gewogen waarden en het advies. Een reflectie is nooit bindend. Kan als de casus in analyse is of al een reflectie heeft.",
  params: idParams,
  body: schemaRef("case", "ReflectionInput"),
  response: {
    201: { description: "De casus met de nieuwe reflectie.", ...schemaRef("case") },
    409: { description: "De casus is niet in analyse.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listCaseCitingChecks = {
  operationId: "listCaseCitingChecks",
  tags: [TAG],
  summary: "Toetsen die deze casus aanhalen",
  description:
    "De aanbestedingstoetsen waarin een uitzondering op een eis (of een verzoek daartoe) deze casus als onderbouwing noemt, met de eisen en de stand van het besluit. Alleen toetsen die u mag zien.",
  params: idParams,
  response: { 200: { description: "De toetsen, toegekende eerst.", ...schemaRef("case", "CitingCheckList") } },
} satisfies FastifySchema;

export const listSimilarPrecedents = {
  operationId: "listSimilarPrecedents",
  tags: [MORES],
  summary: "Vergelijkbare eerdere casussen",
  description: "Afgesloten casussen die lijken op deze casus (dezelfde woorden, waarden, technologie of beleidsdomein), de meest vergelijkbare eerst. Alleen casussen die u mag zien.",
  params: idParams,
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: { limit: { type: "integer", minimum: 1, maximum: 20, default: 5, description: "Het aantal casussen (1 tot 20)." } },
  },
  response: { 200: { description: "De vergelijkbare casussen en hun facetten.", ...schemaRef("precedent") } },
} satisfies FastifySchema;

export const searchPrecedents = {
  operationId: "searchPrecedents",
  tags: [MORES],
  summary: "Zoeken in de moresprudentie",
  description:
    "Zoekt in de afgesloten casussen die u mag zien, in het Nederlands en Engels (ook andere woordvormen), gerangschikt, met gemarkeerde fragmenten en aantallen per waarde, technologie, beleidsdomein, commissie en jaar.",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      q: { type: "string", maxLength: 500, default: "", description: "De zoekvraag; leeg geeft alle casussen, nieuwste eerst." },
      value: tagFilter("waarde"),
      technology: tagFilter("technologie"),
      domain: tagFilter("beleidsdomein"),
      commission: { type: "string", minLength: 1, description: "Alleen casussen van deze commissie (naam)." },
      year: { type: "integer", minimum: 1900, maximum: 2999, description: "Alleen casussen die in dit jaar zijn afgesloten." },
      ...pageProperties("Het aantal treffers per pagina (1 tot 100).", { defaultSize: 10 }),
    },
  },
  response: { 200: { description: "De treffers en facetten.", ...schemaRef("precedent") } },
} satisfies FastifySchema;

export const exportPrecedents = {
  operationId: "exportPrecedents",
  tags: [MORES],
  summary: "De openbare moresprudentie",
  description:
    "De ethische leidraad: alle afgesloten openbare casussen, zonder namen van personen en zonder vertrouwelijke of interne casussen, als JSON, Markdown of HTML. Zie docs/cases.md voor de regels.",
  security: [],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      format: { type: "string", enum: ["json", "markdown", "html"], default: "json", description: "json (standaard), markdown of html." },
    },
  },
  response: {
    200: {
      description: "De export.",
      content: {
        "application/json": { schema: schemaRef("case-export") },
        "text/markdown": { schema: { type: "string", description: "Het boekje in Markdown." } },
        "text/html": { schema: { type: "string", description: "Het boekje als HTML-pagina." } },
      },
    },
  },
} satisfies FastifySchema;

