// Body-role grants: an admin gives a key of its organisation a role at a body of a governance
// model (decision 0010), lists and revokes them.
import type { FastifyInstance } from "fastify";
import type { BodyRoleGrantInput, BodyRoleGrantList } from "@ethiek/schemas";
import { belongsToBody } from "../../access.js";
import { sendProblem } from "../../problems.js";
import { findActiveGrant, findActiveKey, insertGrant, listGrants, revokeGrant } from "../../storage/body-role-grants.js";
import { findGovernanceModel, organisationOf } from "../../storage/governance-models.js";
import * as schemas from "./schemas.js";

/** Registers giving, listing and revoking body-role grants. */
export async function grantRoutes(app: FastifyInstance): Promise<void> {
  app.post("/v1/body-role-grants", { config: { access: ["admin"] }, schema: schemas.createBodyRoleGrant }, async (request, reply) => {
    const input = request.body as BodyRoleGrantInput;
    const db = app.storage.db;
    const actor = request.actor;
    const key = await findActiveKey(db, input.keyId, actor.organisation);
    if (key === undefined) {
      return sendProblem(request, reply, { status: 404, code: "api-key-not-found", detail: `Er is geen actieve sleutel ${input.keyId} van uw organisatie.` });
    }
    if (!key.roles.includes("officer") && !key.roles.includes("ethics")) {
      return sendProblem(request, reply, {
        status: 422,
        code: "api-key-cannot-record",
        detail: `Sleutel ${input.keyId} heeft de rol ${key.roles.join(", ")}. Alleen een sleutel met de rol officer of ethics kan gebeurtenissen vastleggen; geef de rol bij het orgaan aan zo'n sleutel.`,
      });
    }
    const model = await findGovernanceModel(db, input.modelId);
    if (model === undefined) {
      return sendProblem(request, reply, { status: 404, code: "governance-model-not-found", detail: `Er is geen bestuursmodel ${input.modelId}.` });
    }
    const body = model.bodies.find((b) => b.id === input.bodyId);
    if (body === undefined) {
      return sendProblem(request, reply, {
        status: 422,
        code: "unknown-body",
        detail: `Bestuursmodel ${model.id} heeft geen orgaan ${input.bodyId}. Kies uit: ${model.bodies.map((b) => b.id).join(", ")}.`,
        invalidParams: [{ name: "body/bodyId", reason: "onbekend orgaan in dit model", code: "unknown-body" }],
      });
    }
    if (!body.roles.includes(input.role)) {
      return sendProblem(request, reply, {
        status: 422,
        code: "role-not-allowed",
        detail: `${body.name.nl} kent de rol ${input.role} niet. Kies uit: ${body.roles.join(", ")}.`,
        invalidParams: [{ name: "body/role", reason: "geen rol van dit orgaan", code: "role-not-allowed" }],
      });
    }
    const org = await organisationOf(db, actor.organisation);
    if (!belongsToBody(org, body)) {
      return sendProblem(request, reply, {
        status: 403,
        code: "organisation-not-at-body",
        detail: `${org.name} hoort volgens bestuursmodel ${model.id} niet bij ${body.name.nl}: dat orgaan is van ${body.parentOrganisation}${
          body.memberOrganisations.length > 0 ? `, met als leden ${body.memberOrganisations.join(", ")}` : ""
        }. U kunt daar geen rol geven.`,
      });
    }
    const existing = await findActiveGrant(db, { keyId: input.keyId, modelId: model.id, bodyId: body.id, role: input.role });
    if (existing !== undefined) {
      return sendProblem(request, reply, {
        status: 409,
        code: "body-role-grant-exists",
        detail: `Sleutel ${input.keyId} heeft de rol ${input.role} bij ${body.name.nl} al (toekenning ${existing}).`,
      });
    }
    const grant = await insertGrant(db, { keyId: input.keyId, modelId: model.id, bodyId: body.id, role: input.role }, actor, request.id);
    return reply.code(201).send(grant);
  });

  app.get("/v1/body-role-grants", { config: { access: ["officer", "ethics", "admin"] }, schema: schemas.listBodyRoleGrants }, async (request, reply) => {
    const actor = request.actor;
    // An admin sees every grant of its organisation; another key only its own.
    const list: BodyRoleGrantList = { items: await listGrants(app.storage.db, actor.organisation, actor.roles.has("admin") ? undefined : actor.id) };
    return reply.send(list);
  });

  app.delete("/v1/body-role-grants/:id", { config: { access: ["admin"] }, schema: schemas.revokeBodyRoleGrant }, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!(await revokeGrant(app.storage.db, id, request.actor, request.id))) {
      return sendProblem(request, reply, { status: 404, code: "body-role-grant-not-found", detail: `Er is geen geldende toekenning ${id} van uw organisatie.` });
    }
    return reply.code(204).send();
  });
}
