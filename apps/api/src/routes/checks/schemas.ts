// The OpenAPI schemas of the checks routes. Bodies and responses refer to schemas/check.schema.json
// and schemas/problem.schema.json; only parameters and the multipart upload are described here.
import type { FastifySchema } from "fastify";
import { idParams as idOf, pageProperties } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

/** The media type of a Word document. */
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const idParams = idOf("De identificatie van de toets.");

export const createCheck = {
  operationId: "createCheck",
  tags: ["toetsen"],
  summary: "Toets een aanbesteding",
  description:
    "Upload de documenten van een aanbesteding (veld files, herhaalbaar), eventueel met een manifest en de naam van een regelset. Het antwoord is de opgeslagen toets met het rapport. Met dezelfde Idempotency-Key en dezelfde inhoud ontstaat nooit een tweede toets. Met previousCheck is het een hertoets: het antwoord noemt wat er veranderde.",
  headers: {
    type: "object",
    properties: {
      "idempotency-key": { type: "string", minLength: 1, maxLength: 255, description: "Een unieke sleutel per toets; een herhaling met dezelfde sleutel geeft dezelfde toets terug." },
    },
  },
  response: {
    201: {
      description: "De toets is gedaan en opgeslagen; Location wijst naar de toets.",
      headers: { Location: { type: "string", description: "Het pad van de nieuwe toets." } },
      ...schemaRef("check"),
    },
    400: { description: "Een veld is ongeldig, of de inhoud is geen geldige multipart/form-data (malformed-multipart).", ...schemaRef("problem") },
    413: { description: "Een bestand is te groot (payload-too-large), alle bestanden samen zijn te groot (request-too-large), of er zijn te veel bestanden.", ...schemaRef("problem") },
    415: { description: "De inhoud is geen multipart/form-data.", ...schemaRef("problem") },
    422: { description: "Een document kan niet worden gelezen, de regelset bestaat niet, of de toets duurde te lang.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const getCheck = {
  operationId: "getCheck",
  tags: ["toetsen"],
  summary: "Lees een toets",
  description:
    "De opgeslagen toets met het rapport. Met Accept: application/sarif+json krijgt u het rapport als SARIF 2.1.0, met Accept: text/html als leesbare pagina.",
  params: idParams,
  response: {
    200: {
      description: "De toets.",
      content: {
        "application/json": { schema: schemaRef("check") },
        "application/sarif+json": { schema: { type: "object", description: "Het rapport als SARIF 2.1.0-log." } },
        "text/html": { schema: { type: "string", description: "Het rapport als HTML-pagina." } },
      },
    },
    406: { description: "Het gevraagde formaat is niet beschikbaar.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const getCheckAnnex = {
  operationId: "getCheckAnnex",
  tags: ["toetsen"],
  summary: "Bijlage met modelbepalingen voor een toets",
  description:
    "De bijlage 'Aanvullende eisen voor algoritmen en AI': voor elke eis die in de toets ontbrak of niet volledig was een modelbepaling (eis, contractbepaling of gunningscriterium) met bronnen, in de woorden en met de parameters van de regelset. Kies het formaat met format of met de Accept-header: DOCX (standaard), Markdown of HTML met een kopieerknop per bepaling. Voeg de bijlage toe aan de aanbesteding en toets opnieuw: wat de bijlage regelt, is dan vervuld.",
  params: idParams,
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      format: { type: "string", enum: ["docx", "markdown", "html"], description: "Het formaat; gaat voor op de Accept-header." },
      language: { type: "string", enum: ["nl", "en"], description: "De taal van de bijlage; standaard die van de toets." },
      notes: { type: "boolean", default: true, description: "Met de toelichting voor de inkoper onder elke bepaling." },
    },
  },
  response: {
    200: {
      description: "De bijlage. DOCX en Markdown komen als download (Content-Disposition: attachment).",
      content: {
        [DOCX]: { schema: { type: "string", format: "binary", description: "De bijlage als Word-document." } },
        "text/markdown": { schema: { type: "string", description: "De bijlage als Markdown." } },
        "text/html": { schema: { type: "string", description: "De bijlage als HTML-pagina met een kopieerknop per bepaling." } },
      },
    },
    406: { description: "Het gevraagde formaat is niet beschikbaar.", ...schemaRef("problem") },
    409: { description: "De regelset van de toets is niet meer op de server geïnstalleerd.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listChecks = {
  operationId: "listChecks",
  tags: ["toetsen"],
  summary: "Zoek toetsen",
  description:
    "De toetsen die u mag zien, nieuwste eerst, per pagina: die van uw organisatie en die een andere organisatie met u heeft gedeeld. Filter op organisatie, periode, oordeel (status) en eis (toetsen met een open bevinding op die eis).",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      ...pageProperties("Het aantal toetsen per pagina (1 tot 100)."),
      organisation: { type: "string", minLength: 1, description: "Alleen toetsen van deze organisatie." },
      createdFrom: { type: "string", format: "date", description: "Alleen toetsen op of na deze dag (JJJJ-MM-DD)." },
      createdUntil: { type: "string", format: "date", description: "Alleen toetsen op of vóór deze dag (JJJJ-MM-DD)." },
      status: { type: "string", enum: ["pass", "pass-with-warnings", "fail"], description: "Alleen toetsen met dit oordeel." },
      requirement: {
        type: "string",
        pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
        description: "Alleen toetsen waarin deze eis gedeeltelijk of niet is vervuld.",
      },
    },
  },
  response: { 200: { description: "Eén pagina toetsen.", ...schemaRef("check", "CheckPage") } },
} satisfies FastifySchema;

export const deleteCheck = {
  operationId: "deleteCheck",
  tags: ["toetsen"],
  summary: "Verwijder een toets",
  description: "Alleen voor een beheerder van de organisatie. De toets verdwijnt uit de lijsten; het auditlog houdt vast wie hem wanneer verwijderde.",
  params: idParams,
  response: { 204: { description: "De toets is verwijderd.", type: "null" } },
} satisfies FastifySchema;

/**
 * The request body of createCheck, which Fastify's schema cannot express (a streamed multipart
 * upload, read in read-request.ts); the OpenAPI document adds it by operationId.
 */
export const createCheckBody = {
  required: true,
  description: "De documenten van de aanbesteding, met optioneel een manifest en de naam van een regelset.",
  content: {
    "multipart/form-data": {
      schema: {
        type: "object",
        required: ["files"],
        properties: {
          files: {
            type: "array",
            items: { type: "string", contentEncoding: "binary" },
            description: "Eén of meer documenten: PDF, DOCX, ODT, HTML, Markdown, tekst, CSV, OCDS-JSON of eForms-XML. Herhaal het veld voor elk bestand.",
          },
          manifest: { $ref: "#/components/schemas/Tender", description: "Wat u al weet van de aanbesteding (tender.schema.json), als JSON." },
          ruleset: { type: "string", description: "De naam van een regelset die op de server is geïnstalleerd." },
          language: { type: "string", enum: ["nl", "en"], description: "De taal van het rapport; standaard nl." },
          previousCheck: { type: "string", description: "Een eerdere toets van dezelfde aanbesteding: het antwoord laat zien wat er veranderde." },
        },
      },
      encoding: {
        files: { contentType: "application/octet-stream" },
        manifest: { contentType: "application/json" },
      },
    },
  },
};
