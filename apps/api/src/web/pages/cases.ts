// Cases and moresprudentie for ethics staff: search and open cases, submitting a case, one case
// with the steps and reflection the visitor may give. The same data and access rules as
// /v1/cases and /v1/precedents (storage/cases.ts and @ethiek/cases).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addReflection, allowedTransitions, checksCitingCase, isHandlingCommission, mayMoveCase, transition } from "@ethiek/cases";
import { kebabId, validateCase, type Case, type CaseInput, type CaseStatus } from "@ethiek/schemas";
import { visibleOrganisations } from "../../access.js";
import { citationsOfCase, loadVisible, partiesOf, precedentsFor, storeCase, submitCase, visibleRows } from "../../storage/cases.js";
import { casePage, casesPage, newCasePage, type CaseFormValues } from "../cases.js";
import { sendHtml, type SignedInVisit, type WebContext } from "../context.js";
import { textsFor, type Texts } from "../i18n.js";
import { messagePage, type FormError } from "../render.js";
import { verifyCsrf } from "../session.js";

/** Registers /casussen and its pages, for readers. */
export function casePages(app: FastifyInstance, web: WebContext): void {
  const db = () => app.storage.db;
  const title = (t: Texts) => t("web.casesTitle");

  app.get("/casussen", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const raw = (request.query as { q?: unknown }).q;
    const query = typeof raw === "string" ? raw.slice(0, 500) : "";
    const index = await precedentsFor(db(), v.actor);
    const result = index.search(query, { limit: 20, filters: {} });
    const open = (await visibleRows(db(), v.actor))
      .filter((r) => r.status !== "closed")
      .slice(0, 100)
      .map((r) => ({ id: r.id, title: r.title, status: r.status as CaseStatus, createdAt: r.created_at }));
    return sendHtml(reply, 200, casesPage(v.ctx, { query, result, open }));
  });

  app.get("/casussen/nieuw", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    return sendHtml(reply, 200, newCasePage(v.ctx));
  });

  app.post("/casussen", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    const t = textsFor(v.ctx.lang);
    const fields = await web.formFields(request);
    if (!verifyCsrf(web.secret, v.csrfSeed, fields.csrf)) return sendHtml(reply, 403, newCasePage(v.ctx, { errors: [{ message: t("web.errorCsrf") }] }));
    if (!v.actor.roles.has("officer") && !v.actor.roles.has("ethics")) return sendHtml(reply, 403, messagePage(v.ctx, t("web.casesTitle"), t("web.errorNoRole")));
    const values: CaseFormValues = {
      title: (fields.title ?? "").trim(),
      question: (fields.question ?? "").trim(),
      context: (fields.context ?? "").trim(),
      values: fields.values ?? "",
      confidentiality: fields.confidentiality ?? "internal",
    };
    const errors: FormError[] = [];
    if (!values.title) errors.push({ message: t("web.caseErrorTitle"), field: "titel" });
    if (!values.question) errors.push({ message: t("web.caseErrorQuestion"), field: "vraag" });
    const confidentiality = (["public", "internal", "confidential"] as const).find((c) => c === values.confidentiality) ?? "internal";
    if (errors.length > 0) return sendHtml(reply, 400, newCasePage(v.ctx, { errors, values }));
    const input: CaseInput = {
      title: values.title!.slice(0, 300),
      question: values.question!,
      ...(values.context ? { context: values.context } : {}),
      requester: { organisation: { name: v.ctx.signedIn?.organisation ?? v.actor.organisation } },
      confidentiality,
      tags: { values: [...new Set((values.values ?? "").split(",").map(kebabId).filter(Boolean))], technologies: [], policyDomains: [] },
    };
    const c = await submitCase(db(), v.actor, input, request.id);
    return reply.redirect(`/casussen/${encodeURIComponent(c.id)}`, 303);
  });

  /** The case page with what this visitor may do on it. */
  async function showCase(reply: FastifyReply, v: SignedInVisit, id: string, status = 200, errors: FormError[] = []) {
    const row = id.length <= 100 ? await loadVisible(db(), id, v.actor) : undefined;
    if (row === undefined) return web.notFound(reply, v);
    const c = JSON.parse(row.document) as Case;
    const citing = checksCitingCase(id, await citationsOfCase(db(), id, await visibleOrganisations(db(), v.actor)));
    const nextSteps = allowedTransitions(c.status).filter((to) => mayMoveCase(partiesOf(row), v.actor, to));
    return sendHtml(reply, status, casePage(v.ctx, c, { citing, nextSteps, commission: isHandlingCommission(partiesOf(row), v.actor), errors }));
  }

  /**
   * What every case form starts with: a reader, a valid CSRF token and a case the reader may see.
   * Answers the request itself (sign-in, 403, 404) and returns `sent` when one of them fails.
   */
  async function openCaseForm(request: FastifyRequest, reply: FastifyReply) {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return { sent: reply };
    const t = textsFor(v.ctx.lang);
    const { id } = request.params as { id: string };
    const fields = await web.formFields(request);
    if (!verifyCsrf(web.secret, v.csrfSeed, fields.csrf)) return { sent: await showCase(reply, v, id, 403, [{ message: t("web.errorCsrf") }]) };
    const row = id.length <= 100 ? await loadVisible(db(), id, v.actor) : undefined;
    if (row === undefined) return { sent: web.notFound(reply, v) };
    return { v, t, id, fields, row };
  }

  app.get("/casussen/:id", { config: { access: "public" } }, async (request, reply) => {
    const v = await web.requireReader(request, reply, title);
    if (v === null) return reply;
    return showCase(reply, v, (request.params as { id: string }).id);
  });

  app.post("/casussen/:id/stap", { config: { access: "public" } }, async (request, reply) => {
    const form = await openCaseForm(request, reply);
    if ("sent" in form) return form.sent;
    const { v, t, id, fields, row } = form;
    const to = fields.to as CaseStatus;
    const allowed = allowedTransitions(row.status as CaseStatus).includes(to) && mayMoveCase(partiesOf(row), v.actor, to);
    if (!allowed) return showCase(reply, v, id, 403, [{ message: t("web.errorNoRole") }]);
    const reason = (fields.reason ?? "").trim();
    const result = transition(JSON.parse(row.document) as Case, to, { actor: v.actor.id, at: new Date().toISOString(), ...(reason ? { reason } : {}) });
    if (!result.ok) return showCase(reply, v, id, 422, [{ message: result.errors[0]!.message, field: "reden" }]);
    if (!(await storeCase(db(), row, result.value, v.actor, `case.${to}`, request.id))) return showCase(reply, v, id, 409, [{ message: t("web.errorCsrf") }]);
    return reply.redirect(`/casussen/${encodeURIComponent(id)}`, 303);
  });

  app.post("/casussen/:id/reflectie", { config: { access: "public" } }, async (request, reply) => {
    const form = await openCaseForm(request, reply);
    if ("sent" in form) return form.sent;
    const { v, t, id, fields, row } = form;
    if (!isHandlingCommission(partiesOf(row), v.actor)) return showCase(reply, v, id, 403, [{ message: t("web.errorNoRole") }]);
    const [firstAuthor, ...otherAuthors] = (fields.authors ?? "").split(",").map((a) => a.trim()).filter(Boolean);
    const [text, value, consideration, advice] = [fields.text, fields.value, fields.consideration, fields.advice].map((x) => (x ?? "").trim());
    const tag = kebabId(value ?? "");
    if (firstAuthor === undefined || !text || !tag || !consideration || !advice) return showCase(reply, v, id, 400, [{ message: t("web.caseErrorFields"), field: "auteurs" }]);
    const result = addReflection(JSON.parse(row.document) as Case, {
      authors: [{ name: firstAuthor }, ...otherAuthors.map((name) => ({ name }))],
      givenDate: new Date().toISOString().slice(0, 10),
      text,
      valuesWeighed: [{ value: tag, consideration }],
      advice,
    });
    if (!result.ok) return showCase(reply, v, id, 409, [{ message: result.errors[0]!.message }]);
    // On the page, saving the first reflection also gives it: the case moves to "reflection given".
    const now = new Date().toISOString();
    const given = result.value.status === "in-analysis" ? transition(result.value, "reflection-given", { actor: v.actor.id, at: now }) : result;
    if (!given.ok) return showCase(reply, v, id, 409, [{ message: given.errors[0]!.message }]);
    const next = { ...given.value, updatedAt: now };
    const valid = validateCase(next);
    if (!valid.ok) return showCase(reply, v, id, 400, [{ message: t("web.caseErrorFields"), field: "auteurs" }]);
    if (!(await storeCase(db(), row, next, v.actor, "case.reflection", request.id))) return showCase(reply, v, id, 409, [{ message: t("web.errorCsrf") }]);
    return reply.redirect(`/casussen/${encodeURIComponent(id)}#reflecties`, 303);
  });
}
