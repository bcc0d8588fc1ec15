// Governance models: the public list, one model and its diagram, and publishing an organisation's own.
import type { FastifyInstance } from "fastify";
import { loadGovernanceModel, modelToSvg } from "@ethiek/governance";
import type { GovernanceModel } from "@ethiek/schemas";
import { bodyInvalid, sendProblem } from "../../problems.js";
import { allGovernanceModels, findGovernanceModel, findOrganisation, insertGovernanceModel } from "../../storage/governance-models.js";
import { modelCatalogueReads } from "../model-catalogue.js";
import * as schemas from "./schemas.js";

/** A name or id as publishers write it, compared without case and outer spaces. */
const own = (value: string) => value.normalize("NFC").trim().toLocaleLowerCase("nl");

/** The 404 of an id that is neither shipped nor published. */
const notFound = (id: string) => ({ status: 404, code: "governance-model-not-found", detail: `Er is geen bestuursmodel ${id}.` });

/** Registers the governance model routes: public reads, and publishing by an admin in its own name. */
export async function governanceModelRoutes(app: FastifyInstance): Promise<void> {
  modelCatalogueReads(app, {
    path: "/v1/governance-models",
    listSchema: schemas.listGovernanceModels,
    getSchema: schemas.getGovernanceModel,
    all: allGovernanceModels,
    find: findGovernanceModel,
    notFound,
  });

  app.post("/v1/governance-models", { config: { access: ["admin"] }, schema: schemas.createGovernanceModel }, async (request, reply) => {
    const loaded = loadGovernanceModel(request.body);
    if (!loaded.ok) return sendProblem(request, reply, bodyInvalid("governance-model-invalid", "Het bestuursmodel bevat", loaded.errors));
    const model = loaded.value;
    const db = app.storage.db;
    if ((await findGovernanceModel(db, model.id)) !== undefined) {
      return sendProblem(request, reply, { status: 409, code: "governance-model-exists", detail: `Er is al een bestuursmodel ${model.id}. Kies een andere id.` });
    }
    // Only an organisation may publish a model in its own name, and the model says who did.
    const publisher = await findOrganisation(db, request.actor.organisation);
    if (publisher === undefined || (own(model.organisation) !== own(publisher.name) && own(model.organisation) !== own(publisher.id))) {
      return sendProblem(request, reply, {
        status: 403,
        code: "governance-model-not-yours",
        detail: `U publiceert namens ${publisher?.name ?? request.actor.organisation}, maar het model noemt organisatie '${model.organisation}'. Zet in organisation de naam van uw eigen organisatie; een ander publiceert haar eigen model.`,
        invalidParams: [{ name: "body/organisation", reason: `moet ${publisher?.name ?? request.actor.organisation} zijn`, code: "not-your-organisation" }],
      });
    }
    const published: GovernanceModel = { ...model, publishedBy: { organisation: publisher.id, name: publisher.name } };
    await insertGovernanceModel(db, published, request.actor, request.id);
    return reply.code(201).header("Location", `/v1/governance-models/${model.id}`).send(published);
  });

  app.get("/v1/governance-models/:id/diagram.svg", { config: { access: "public" }, schema: schemas.getGovernanceModelDiagram }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { language } = request.query as { language: "nl" | "en" };
    const model = await findGovernanceModel(app.storage.db, id);
    if (model === undefined) return sendProblem(request, reply, notFound(id));
    return reply.type("image/svg+xml; charset=utf-8").header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'").send(modelToSvg(model, language));
  });
}
