// The OpenAPI schemas of the routes to the province's ZGW case system. Bodies and responses refer
// to schemas/zgw-sync.schema.json (ZgwPushInput, ZgwPushResult, ZgwPullResult).
import type { FastifySchema } from "fastify";
import { schemaRef } from "../../validation.js";

const TAG = "zaaksysteem";

export const pushCasesToZgw = {
  operationId: "pushCasesToZgw",
  tags: [TAG],
  summary: "Zet casussen in het zaaksysteem",
  description:
    "Zet de casussen van uw organisatie in het zaaksysteem van de provincie (ZGW Zaken-API en Catalogi-API): het zaaktype eenmalig, en per casus de zaak, rollen, het resultaat en de statussen. Nog een keer zetten verandert niets; een onderbroken keer gaat de volgende keer verder waar hij stopte. Elke stap staat in het auditlog.",
  body: schemaRef("zgw-sync", "ZgwPushInput"),
  response: { 200: { description: "Alle casussen staan in het zaaksysteem.", ...schemaRef("zgw-sync") } },
} satisfies FastifySchema;

export const pullCasesFromZgw = {
  operationId: "pullCasesFromZgw",
  tags: [TAG],
  summary: "Haal casussen uit het zaaksysteem",
  description:
    "Haalt de zaken van het zaaktype voor ethische casussen uit het zaaksysteem, met hun statussen, rollen en resultaat, en voegt ze als casussen van uw organisatie toe aan de moresprudentie. Casussen die hier al staan, blijven zoals ze zijn. Alles of niets: bij een fout wordt niets toegevoegd.",
  response: { 200: { description: "De zaken zijn opgehaald.", ...schemaRef("zgw-sync", "ZgwPullResult") } },
} satisfies FastifySchema;
