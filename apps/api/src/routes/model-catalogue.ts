// The public reads that every catalogue of models offers (governance models, maturity models): the
// list, shipped models first, and one model by its id. Adding or importing a model stays with its
// area, because each checks a model differently.
import type { FastifyInstance, FastifySchema } from "fastify";
import type { Db } from "../db/database.js";
import { sendProblem, type ProblemInit } from "../problems.js";

/** A catalogue as its reads need it: where it lives, its two operations and how storage finds its models. */
export interface ModelCatalogue<T> {
  /** The path of the list, e.g. `/v1/maturity-models`; one model is at `<path>/:id`. */
  readonly path: string;
  readonly listSchema: FastifySchema;
  readonly getSchema: FastifySchema;
  all(db: Db): Promise<T[]>;
  find(db: Db, id: string): Promise<T | undefined>;
  /** The 404 for an id that is neither shipped nor stored. */
  notFound(id: string): ProblemInit;
}

/**
 * Registers `GET <path>` and `GET <path>/:id`, both public: models are published for everyone.
 *
 * @example
 * modelCatalogueReads(app, { path: "/v1/maturity-models", listSchema, getSchema, all: allMaturityModels, find: findMaturityModel, notFound });
 */
export function modelCatalogueReads<T>(app: FastifyInstance, catalogue: ModelCatalogue<T>): void {
  app.get(catalogue.path, { config: { access: "public" }, schema: catalogue.listSchema }, async (_request, reply) =>
    reply.send({ items: await catalogue.all(app.storage.db) }),
  );

  app.get(`${catalogue.path}/:id`, { config: { access: "public" }, schema: catalogue.getSchema }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const model = await catalogue.find(app.storage.db, id);
    if (model === undefined) return sendProblem(request, reply, catalogue.notFound(id));
    return reply.send(model);
  });
}
