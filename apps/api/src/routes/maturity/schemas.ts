// The OpenAPI schemas of the maturity routes. Bodies and responses refer to
// schemas/maturity-model.schema.json, schemas/maturity-assessment.schema.json and schemas/problem.schema.json.
import type { FastifySchema } from "fastify";
import { idParams as idOf, languageProperty, pageProperties, svgResponse } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

const TAG = "volwassenheid";

const idParams = (what: string) => idOf(what, 120);

const language = languageProperty("De taal van de teksten.");

export const listMaturityModels = {
  operationId: "listMaturityModels",
  tags: [TAG],
  summary: "De volwassenheidsmodellen",
  description: "Het meegeleverde provinciale model en de modellen die organisaties invoerden (zoals het ODI-model, met de bronvermelding en licentie van ODI).",
  security: [],
  response: { 200: { description: "De modellen.", ...schemaRef("maturity-model", "MaturityModelList") } },
} satisfies FastifySchema;

export const getMaturityModel = {
  operationId: "getMaturityModel",
  tags: [TAG],
  summary: "Lees een volwassenheidsmodel",
  description: "Eén model met zijn aspecten, niveaus, vragen en acties.",
  security: [],
  params: idParams("Het model, bijvoorbeeld ethiek-provincies."),
  response: { 200: { description: "Het model.", ...schemaRef("maturity-model") } },
} satisfies FastifySchema;

export const createMaturityModel = {
  operationId: "createMaturityModel",
  tags: [TAG],
  summary: "Voeg een eigen volwassenheidsmodel toe",
  description: "Controleert het model: niveaus 1, 2, 3 … zonder gaten, bij elke vraag één stelling per niveau, bekende aspecten en niveaus bij acties en drempels. Modellen zijn openbaar.",
  body: schemaRef("maturity-model"),
  response: {
    201: { description: "Het model is toegevoegd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("maturity-model") },
    409: { description: "Er is al een model met deze id.", ...schemaRef("problem") },
    422: { description: "Het model klopt niet; invalidParams noemt elke fout.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const importOdiMaturityModel = {
  operationId: "importOdiMaturityModel",
  tags: [TAG],
  summary: "Voer een ODI-volwassenheidsmodel in",
  description:
    "Zet een bestand van het Data Ethics Maturity Model van het Open Data Institute (JSON, zoals ODI het aanbiedt) om in een volwassenheidsmodel. De bronvermelding en de licentie (CC BY-SA 4.0) blijven bij het model. ethiek levert de teksten van ODI niet mee; u voert het bestand zelf in.",
  body: { type: "object", description: "Het JSON-bestand van ODI, ongewijzigd." },
  response: {
    201: { description: "Het model is ingevoerd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("maturity-model") },
    409: { description: "Dit model is al ingevoerd.", ...schemaRef("problem") },
    422: { description: "Het bestand is geen bruikbaar ODI-model; invalidParams noemt elke fout.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const createAssessment = {
  operationId: "createAssessment",
  tags: [TAG],
  summary: "Start een meting",
  description: "Start een meting van de volwassenheid van uw organisatie met een model, eventueel met eerste antwoorden en een doelprofiel. Het antwoord bevat de scores.",
  body: schemaRef("maturity-assessment", "MaturityAssessmentInput"),
  response: {
    201: { description: "De meting is gestart.", headers: { Location: { type: "string", description: "Het pad van de meting." } }, ...schemaRef("maturity-assessment") },
    422: { description: "Het model bestaat niet, of een antwoord of doel past niet bij het model.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listAssessments = {
  operationId: "listAssessments",
  tags: [TAG],
  summary: "De metingen van uw organisatie",
  description: "De metingen van uw organisatie, nieuwste eerst, met het totale niveau.",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      ...pageProperties("Het aantal metingen per pagina (1 tot 100)."),
    },
  },
  response: { 200: { description: "Eén pagina metingen.", ...schemaRef("maturity-assessment", "MaturityAssessmentPage") } },
} satisfies FastifySchema;

export const getAssessment = {
  operationId: "getAssessment",
  tags: [TAG],
  summary: "Lees een meting",
  description: "De meting met antwoorden, gemeten cijfers, doelprofiel en scores.",
  params: idParams("De meting."),
  response: { 200: { description: "De meting.", ...schemaRef("maturity-assessment") } },
} satisfies FastifySchema;

export const answerAssessment = {
  operationId: "answerAssessment",
  tags: [TAG],
  summary: "Beantwoord vragen",
  description: "Legt antwoorden vast (niveau, bewijs, toelichting); een nieuw antwoord vervangt het oude op dezelfde vraag. Het antwoord bevat de nieuwe scores.",
  params: idParams("De meting."),
  body: schemaRef("maturity-assessment", "MaturityAnswersInput"),
  response: {
    200: { description: "De bijgewerkte meting.", ...schemaRef("maturity-assessment") },
    409: { description: "De meting is tegelijk door iemand anders gewijzigd.", ...schemaRef("problem") },
    422: { description: "Een antwoord past niet bij het model.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const addAssessmentMeasurements = {
  operationId: "addAssessmentMeasurements",
  tags: [TAG],
  summary: "Voeg gemeten cijfers toe",
  description:
    "Cijfers uit het systeem zelf: het deel van de aanbestedingen dat is getoetst, het deel van de geldende eisen dat wordt gehaald, het aantal afgesloten casussen en het deel van de reflecties dat is opgevolgd. Een cijfer voor dezelfde maatstaf en periode vervangt het oude. Ze staan als 'gemeten' naast de zelfbeoordeling en tellen niet mee in de score.",
  params: idParams("De meting."),
  body: schemaRef("maturity-assessment", "MaturityMeasurementsInput"),
  response: {
    200: { description: "De bijgewerkte meting.", ...schemaRef("maturity-assessment") },
    409: { description: "De meting is tegelijk door iemand anders gewijzigd.", ...schemaRef("problem") },
    422: { description: "Een aandeel is groter dan 1, of een periode eindigt voor zij begint.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const measureAssessmentFromRecords = {
  operationId: "measureAssessmentFromRecords",
  tags: [TAG],
  summary: "Meet cijfers uit de eigen gegevens",
  description:
    "De dienst meet over de periode uit haar eigen gegevens: het deel van de geldende eisen dat de laatste toets per aanbesteding haalt, het deel van de aanbestedingen dat is getoetst (als u het totaal noemt), het aantal afgesloten casussen en het deel van de reflecties waarop een besluit is vastgelegd. De cijfers komen als 'gemeten' bij de meting.",
  params: idParams("De meting."),
  body: schemaRef("maturity-assessment", "MaturitySystemMeasurementInput"),
  response: {
    200: { description: "De bijgewerkte meting.", ...schemaRef("maturity-assessment") },
    409: { description: "De meting is tegelijk door iemand anders gewijzigd.", ...schemaRef("problem") },
    422: { description: "De periode eindigt voor zij begint.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const scoreAssessment = {
  operationId: "scoreAssessment",
  tags: [TAG],
  summary: "De scores van een meting",
  description:
    "Per aspect het laagste niveau dat alle beantwoorde vragen halen, met het gemiddelde ernaast; de methode staat in het antwoord. Vragen zonder antwoord worden genoemd en tellen niet als niveau 1. Gemeten cijfers staan apart als 'gemeten'.",
  params: idParams("De meting."),
  response: { 200: { description: "De scores.", ...schemaRef("maturity-assessment", "MaturityScores") } },
} satisfies FastifySchema;

export const getAssessmentActionPlan = {
  operationId: "getAssessmentActionPlan",
  tags: [TAG],
  summary: "Het actieplan van een meting",
  description: "Per aspect de afstand tot het doelprofiel, wat het volgende niveau vraagt en concrete acties (Nederlands en Engels), de acties met het meeste effect eerst.",
  params: idParams("De meting."),
  response: { 200: { description: "Het actieplan.", ...schemaRef("maturity-assessment", "MaturityActionPlan") } },
} satisfies FastifySchema;

export const compareAssessment = {
  operationId: "compareAssessment",
  tags: [TAG],
  summary: "Vergelijk met de vorige meting",
  description: "Per aspect het niveau en gemiddelde van de vorige meting (previousAssessment) en van deze, en het verschil.",
  params: idParams("De meting."),
  response: {
    200: { description: "De vergelijking.", ...schemaRef("maturity-assessment", "MaturityComparison") },
    422: { description: "De meting noemt geen vorige meting, of die gebruikt een ander model.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const getAssessmentChart = {
  operationId: "getAssessmentChart",
  tags: [TAG],
  summary: "Grafiek van een meting",
  description:
    "Een op zichzelf staande, toegankelijke SVG (titel en beschrijving met alle waarden). radar: het niveau per aspect nu, het doel en de vorige meting. timeline: staafgrafiek van alle metingen van uw organisatie met dit model tot en met deze, oudste eerst.",
  params: idParams("De meting."),
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: { kind: { type: "string", enum: ["radar", "timeline"], default: "radar", description: "Het soort grafiek." }, language },
  },
  response: { 200: svgResponse("De grafiek.") },
} satisfies FastifySchema;

export const exportAssessmentCsv = {
  operationId: "exportAssessmentCsv",
  tags: [TAG],
  summary: "Meting als CSV",
  description: "Eén regel per vraag (ook zonder antwoord), per aspect, per gemeten cijfer en het totaal. Formules in tekstvelden worden onschadelijk gemaakt.",
  params: idParams("De meting."),
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: { language, separator: { type: "string", enum: ["comma", "semicolon"], default: "comma", description: "Het scheidingsteken; semicolon voor Nederlandse spreadsheets." } },
  },
  response: { 200: { description: "De meting als CSV.", content: { "text/csv": { schema: { type: "string", description: "CSV volgens RFC 4180." } } } } },
} satisfies FastifySchema;

export const getMaturityBenchmark = {
  operationId: "getMaturityBenchmark",
  tags: [TAG],
  summary: "Anonieme vergelijking tussen organisaties",
  description:
    "Per aspect de mediaan, kwartielen, het laagste en hoogste niveau van de laatste meting van elke organisatie met dit model, en uw eigen niveau. Alleen als minstens vijf organisaties meedoen; namen alleen van organisaties die dat toestonden (shareInBenchmark).",
  params: idParams("Het model."),
  response: {
    200: { description: "De vergelijking.", ...schemaRef("maturity-assessment", "MaturityBenchmark") },
    422: { description: "Minder dan vijf organisaties doen mee.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

