// Maturity models: the public list and one model, adding an organisation's own model or an ODI
// import, and the anonymous benchmark across organisations.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { benchmark, importOdiModel, loadMaturityModel } from "@ethiek/maturity";
import type { MaturityModel } from "@ethiek/schemas";
import { bodyInvalid, kebab, sendProblem } from "../../problems.js";
import { allMaturityModels, assessmentsOfModel, findMaturityModel, insertMaturityModel } from "../../storage/maturity.js";
import { scoresOf } from "../../storage/maturity-views.js";
import { modelCatalogueReads } from "../model-catalogue.js";
import * as schemas from "./schemas.js";

const notFound = (id: string) => ({ status: 404, code: "maturity-model-not-found", detail: `Er is geen volwassenheidsmodel ${id}.` });

/** Stores a checked model unless its id is taken (409). */
async function storeModel(request: FastifyRequest, reply: FastifyReply, model: MaturityModel, source: "custom" | "odi-import") {
  const db = request.server.storage.db;
  if ((await findMaturityModel(db, model.id)) !== undefined) {
    return sendProblem(request, reply, { status: 409, code: "maturity-model-exists", detail: `Er is al een volwassenheidsmodel ${model.id}. Gebruik dat model, of kies een andere id.` });
  }
  await insertMaturityModel(db, model, source, request.actor, request.id);
  return reply.code(201).header("Location", `/v1/maturity-models/${model.id}`).send(model);
}

/** Registers the model routes: public reads, and adding or importing by admin or ethics. */
export async function maturityModelRoutes(app: FastifyInstance): Promise<void> {
  modelCatalogueReads(app, {
    path: "/v1/maturity-models",
    listSchema: schemas.listMaturityModels,
    getSchema: schemas.getMaturityModel,
    all: allMaturityModels,
    find: findMaturityModel,
    notFound,
  });

  app.post("/v1/maturity-models", { config: { access: ["admin", "ethics"] }, schema: schemas.createMaturityModel }, async (request, reply) => {
    const loaded = loadMaturityModel(request.body);
    if (!loaded.ok) return sendProblem(request, reply, bodyInvalid("maturity-model-invalid", "Het model bevat", loaded.errors));
    return storeModel(request, reply, loaded.value, "custom");
  });

  app.post("/v1/maturity-model-imports", { config: { access: ["admin", "ethics"] }, schema: schemas.importOdiMaturityModel }, async (request, reply) => {
    const imported = importOdiModel(request.body, { importedAt: new Date().toISOString() });
    if (!imported.ok) return sendProblem(request, reply, bodyInvalid("odi-file-invalid", "Het bestand is geen bruikbaar ODI-volwassenheidsmodel:", imported.errors));
    return storeModel(request, reply, imported.value, "odi-import");
  });
}

/** Registered after the assessment routes, where the OpenAPI document has always listed it. */
export async function benchmarkRoutes(app: FastifyInstance): Promise<void> {
  app.get("/v1/maturity-models/:id/benchmark", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.getMaturityBenchmark }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const model = await findMaturityModel(app.storage.db, id);
    if (model === undefined) return sendProblem(request, reply, notFound(id));
    const entries = (await assessmentsOfModel(app.storage.db, id)).map((assessment) => ({ assessment, scores: scoresOf(model, assessment) }));
    const result = benchmark(entries, { own: request.actor.organisation });
    if (!result.ok) return sendProblem(request, reply, { status: 422, code: kebab(result.errors[0]!.code), detail: result.errors[0]!.messageNl });
    return reply.send(result.value);
  });
}
