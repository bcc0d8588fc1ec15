// The OpenAPI schemas of the governance routes. Bodies and responses refer to
// schemas/governance-model.schema.json, schemas/route.schema.json and schemas/problem.schema.json.
import type { FastifySchema } from "fastify";
import { idParams, languageProperty, pageProperties, svgResponse } from "../schema-parts.js";
import { schemaRef } from "../../validation.js";

const TAG = "bestuursroutes";

const languageQuery = {
  type: "object",
  additionalProperties: false,
  properties: { language: languageProperty("De taal van de teksten in de tekening.") },
} as const;

export const listGovernanceModels = {
  operationId: "listGovernanceModels",
  tags: [TAG],
  summary: "De bestuursmodellen",
  description:
    "De organen (niveau, soort, mandaat) en routes van IPO, Zuid-Holland, Overijssel en DataFryslân, en de modellen die organisaties toevoegden. Bij elk onderdeel staat of de bron het noemt (seed) of dat het is aangenomen (assumed).",
  security: [],
  response: { 200: { description: "De modellen.", ...schemaRef("governance-model", "GovernanceModelList") } },
} satisfies FastifySchema;

export const createGovernanceModel = {
  operationId: "createGovernanceModel",
  tags: [TAG],
  summary: "Voeg een bestuursmodel toe",
  description:
    "Voegt het bestuursmodel van uw organisatie toe, op naam van uw organisatie (organisation is de naam of id van de organisatie van uw sleutel; publishedBy zet de dienst). De dienst controleert of elke route te lopen is: bestaande organen en stappen, geen kringloop, elke stap bereikbaar, geen voorwaarde die nooit kan gelden, geen besluit door een orgaan zonder formele plek. Bestuursmodellen zijn openbaar.",
  body: schemaRef("governance-model"),
  response: {
    201: { description: "Het model is toegevoegd.", headers: { Location: { type: "string", description: "Het pad van het model." } }, ...schemaRef("governance-model") },
    403: { description: "Het model noemt een andere organisatie dan die van uw sleutel (governance-model-not-yours), of uw sleutel heeft de rol admin niet.", ...schemaRef("problem") },
    409: { description: "Er is al een model met deze id.", ...schemaRef("problem") },
    422: { description: "Het model klopt niet; invalidParams noemt elke fout.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const getGovernanceModel = {
  operationId: "getGovernanceModel",
  tags: [TAG],
  summary: "Lees een bestuursmodel",
  description: "Eén bestuursmodel met zijn organen en routes.",
  security: [],
  params: idParams("Het bestuursmodel, bijvoorbeeld ipo."),
  response: { 200: { description: "Het model.", ...schemaRef("governance-model") } },
} satisfies FastifySchema;

export const getGovernanceModelDiagram = {
  operationId: "getGovernanceModelDiagram",
  tags: [TAG],
  summary: "Tekening van een bestuursmodel",
  description: "De organen per niveau met de routes als pijlen. Gestreept: geen formele plek. Grijs: aangenomen, niet uit de bron.",
  security: [],
  params: idParams("Het bestuursmodel, bijvoorbeeld ipo."),
  querystring: languageQuery,
  response: { 200: svgResponse("De tekening.") },
} satisfies FastifySchema;

export const planRoute = {
  operationId: "planRoute",
  tags: [TAG],
  summary: "Plan een route",
  description: "Berekent langs welke organen een stuk moet, met bij elke stap waarom. Slaat niets op.",
  body: schemaRef("route", "RoutePlanInput"),
  response: {
    200: { description: "De geplande route.", ...schemaRef("route", "RoutePlan") },
    422: { description: "Het model kent deze soort stuk niet, of de gegevens van het stuk spreken elkaar tegen.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const routeEthicsCase = {
  operationId: "routeEthicsCase",
  tags: [TAG],
  summary: "Zoek de bevoegde commissie",
  description:
    "Welke commissie of welke adviseurs een ethische vraag of casus behandelen, en waarom de andere niet. De IEC adviseert bestuurders over vragen maar behandelt geen losse casussen.",
  body: schemaRef("route", "CaseRoutingRequest"),
  response: {
    200: { description: "De bevoegde commissie met haar route.", ...schemaRef("route", "CaseRoutingResult") },
    422: { description: "Geen enkel orgaan is bevoegd.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const createRoute = {
  operationId: "createRoute",
  tags: [TAG],
  summary: "Start een route",
  description: "Plant de route van een stuk (of van een toets met hoog risico) en slaat haar op; met start: true is de eerste stap meteen aan de beurt.",
  body: schemaRef("route", "RouteInput"),
  response: {
    201: { description: "De route is aangemaakt.", headers: { Location: { type: "string", description: "Het pad van de route." } }, ...schemaRef("route", "RouteResource") },
    422: { description: "De route kan niet worden gepland.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listRoutes = {
  operationId: "listRoutes",
  tags: [TAG],
  summary: "De routes",
  description:
    "De routes van uw organisatie (en voor de ethiekrol van een commissie: van de organisaties die zij bedient), nieuwste eerst. " +
    "Ook de routes van andere organisaties waarop uw sleutel een rol heeft bij een orgaan (zie /body-role-grants): dezelfde routes die u met hun id kunt lezen.",
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      status: { type: "string", enum: ["planned", "in-progress", "ready-to-complete", "completed", "rejected", "withdrawn"], description: "Alleen routes met deze status." },
      ...pageProperties("Het aantal routes per pagina.", { pageDescription: "De pagina, vanaf 1." }),
    },
  },
  response: { 200: { description: "Een pagina routes.", ...schemaRef("route", "RoutePage") } },
} satisfies FastifySchema;

export const getRoute = {
  operationId: "getRoute",
  tags: [TAG],
  summary: "Lees een route",
  description: "De route met haar plan, gebeurtenissen en de stand van nu, met de stappen die te laat zijn.",
  params: idParams("De identificatie van de route."),
  response: { 200: { description: "De route.", ...schemaRef("route", "RouteResource") } },
} satisfies FastifySchema;

export const getRouteDiagram = {
  operationId: "getRouteDiagram",
  tags: [TAG],
  summary: "Tekening van een route",
  description: "De stappen met hun stand: klaar, aan de beurt, wacht, te laat of afgewezen.",
  params: idParams("De identificatie van de route."),
  querystring: languageQuery,
  response: { 200: svgResponse("De tekening.") },
} satisfies FastifySchema;

export const listRouteEvents = {
  operationId: "listRouteEvents",
  tags: [TAG],
  summary: "Gebeurtenissen van een route",
  description: "Alle gebeurtenissen, oudste eerst. Gebeurtenissen worden nooit gewijzigd of verwijderd.",
  params: idParams("De identificatie van de route."),
  response: { 200: { description: "De gebeurtenissen.", ...schemaRef("route", "RouteEventList") } },
} satisfies FastifySchema;

export const createRouteEvent = {
  operationId: "createRouteEvent",
  tags: [TAG],
  summary: "Leg een gebeurtenis vast",
  description:
    "Start, een uitkomst bij de stap die aan de beurt is, terugsturen naar een eerdere stap met opmerkingen, intrekken of afronden. " +
    "Een uitkomst of terugsturen legt u vast namens een orgaan van de stap. De dienst bepaalt zelf namens welk orgaan en in welke rol: uit de rollen die een beheerder van uw organisatie aan uw sleutel gaf (zie /body-role-grants). " +
    "Uw organisatie moet de organisatie van het orgaan zijn of er lid van zijn. bodyId en role hoeft u alleen mee te sturen als u bij de stap meer dan één orgaan of rol hebt; " +
    "noemt u een orgaan of rol die uw sleutel niet heeft, dan volgt 403. Starten, intrekken en afronden kan alleen de organisatie die de route startte, zonder bodyId en role. " +
    "Een gebeurtenis die niet mag, verandert niets. Elke gebeurtenis wordt bewaard met wie (de sleutel, het orgaan en de rol) en wanneer.",
  params: idParams("De identificatie van de route."),
  // allOf: @fastify/swagger drops a description next to a bare $ref.
  body: {
    allOf: [schemaRef("route", "RouteEventRequest")],
    description:
      "Een gebeurtenis op een route. Wie (de sleutel, en bij een uitkomst of terugsturen het orgaan en de rol) en wanneer (nu) vult de dienst zelf in. " +
      "bodyId en role zijn alleen nodig om te kiezen als uw sleutel bij de stap meer dan één orgaan of rol heeft; een orgaan of rol die uw sleutel niet heeft, geeft 403.",
  },
  response: {
    201: { description: "De gebeurtenis is vastgelegd; de route met de nieuwe stand.", ...schemaRef("route", "RouteResource") },
    403: {
      description:
        "U mag deze gebeurtenis niet vastleggen: uw sleutel heeft geen rol bij een orgaan van de stap, het genoemde orgaan of de genoemde rol is niet van u, of alleen de organisatie van de route mag dit.",
      ...schemaRef("problem"),
    },
    409: { description: "De gebeurtenis past niet bij de stand van de route.", ...schemaRef("problem") },
    422: { description: "De gebeurtenis is onvolledig of niet toegestaan bij deze stap, of u moet kiezen namens welk orgaan of in welke rol.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const createBodyRoleGrant = {
  operationId: "createBodyRoleGrant",
  tags: [TAG],
  summary: "Geef een sleutel een rol bij een orgaan",
  description:
    "Alleen voor een beheerder. Geeft een sleutel van uw eigen organisatie (met de rol officer of ethics) een rol bij een orgaan van een bestuursmodel, bijvoorbeeld chair bij aac-digitalisering. " +
    "Uw organisatie moet volgens het model de organisatie van het orgaan zijn of er lid van zijn; de rol moet een van de rollen zijn die het model bij het orgaan noemt. " +
    "Daarna legt die sleutel bij een route namens dat orgaan een uitkomst vast of stuurt het stuk terug.",
  body: schemaRef("route", "BodyRoleGrantInput"),
  response: {
    201: { description: "De rol is gegeven.", ...schemaRef("route", "BodyRoleGrant") },
    403: { description: "Uw organisatie hoort volgens het bestuursmodel niet bij dit orgaan, of u bent geen beheerder.", ...schemaRef("problem") },
    404: { description: "Er is geen actieve sleutel van uw organisatie met deze id, of geen bestuursmodel met deze id.", ...schemaRef("problem") },
    409: { description: "De sleutel heeft deze rol bij dit orgaan al.", ...schemaRef("problem") },
    422: { description: "Het orgaan of de rol bestaat niet in het model, of de sleutel kan geen gebeurtenissen vastleggen.", ...schemaRef("problem") },
  },
} satisfies FastifySchema;

export const listBodyRoleGrants = {
  operationId: "listBodyRoleGrants",
  tags: [TAG],
  summary: "De rollen bij organen",
  description: "Voor een beheerder: alle rollen bij organen die de sleutels van uw organisatie hebben. Voor andere sleutels: de rollen van uw eigen sleutel. Ingetrokken rollen staan er niet bij.",
  response: {
    200: { description: "De rollen, oudste eerst.", ...schemaRef("route", "BodyRoleGrantList") },
  },
} satisfies FastifySchema;

export const revokeBodyRoleGrant = {
  operationId: "revokeBodyRoleGrant",
  tags: [TAG],
  summary: "Trek een rol bij een orgaan in",
  description:
    "Alleen voor een beheerder van de organisatie van de sleutel. De sleutel kan daarna niet meer namens het orgaan optreden. Eerder vastgelegde gebeurtenissen blijven staan; het auditlog houdt vast wie de rol wanneer introk.",
  params: idParams("De identificatie van de toekenning."),
  response: { 204: { description: "De rol is ingetrokken.", type: "null" } },
} satisfies FastifySchema;

