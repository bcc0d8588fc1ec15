// GET /v1/checks/{id}/annex: the annex of model clauses for a stored check, as DOCX, Markdown or
// HTML, and the loop through HTTP: the tender checked again with its annex meets what it addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Check } from "@ethiek/schemas";
import type { FastifyInstance } from "fastify";
import { bearer, createTenants, form, startApp, tender, type Tenants } from "./harness.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("GET /v1/checks/{id}/annex", () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let keys: Tenants;
  let check: Check;

  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite"));
    keys = await createTenants(app);
    const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: "leidraad.md", bytes: tender("cv-screening-werving.md") }]) });
    expect(res.statusCode, res.body).toBe(201);
    check = res.json();
  });
  afterAll(() => close());

  it("answers a DOCX download by default, and the tender with that annex meets every requirement it addresses", async () => {
    const res = await app.inject({ url: `/v1/checks/${check.id}/annex`, headers: bearer(keys.noord.officer) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe(DOCX);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="bijlage-ai-${check.id}.docx"`);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const again = await app.inject({
      method: "POST",
      url: "/v1/checks",
      headers: bearer(keys.noord.officer),
      payload: form([
        { name: "leidraad.md", bytes: tender("cv-screening-werving.md") },
        { name: "bijlage-ai.docx", bytes: res.rawPayload, type: DOCX },
      ]),
    });
    expect(again.statusCode, again.body).toBe(201);
    const before = check.report.results.filter((r) => (r.status === "missing" || r.status === "partial") && r.reason !== "contradicted").map((r) => r.requirement);
    expect(before.length).toBeGreaterThan(30);
    const after = new Map((again.json() as Check).report.results.map((r) => [r.requirement, r.status]));
    expect(before.filter((id) => after.get(id) !== "satisfied")).toEqual([]);
  });

  it("answers Markdown and HTML by format or Accept, in the language asked", async () => {
    const md = await app.inject({ url: `/v1/checks/${check.id}/annex?format=markdown&language=en`, headers: bearer(keys.noord.officer) });
    expect(md.statusCode).toBe(200);
    expect(md.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(md.body).toMatch(/^# Additional requirements for algorithms and AI$/m);
    const html = await app.inject({ url: `/v1/checks/${check.id}/annex`, headers: { ...bearer(keys.noord.officer), accept: "text/html" } });
    expect(html.statusCode).toBe(200);
    const nonce = /script-src 'nonce-([^']+)'/.exec(String(html.headers["content-security-policy"]))?.[1];
    expect(nonce).toBeDefined();
    expect(html.body).toContain(`<script nonce="${nonce}">`);
    expect(html.body).toContain('class="copy"');
    const plain = await app.inject({ url: `/v1/checks/${check.id}/annex?format=markdown&notes=false`, headers: bearer(keys.noord.officer) });
    expect(plain.body).not.toContain("*Toelichting:*");
  });

  it("answers 404 for another organisation's check, 406 for a format it does not have, 400 for a bad format", async () => {
    expect((await app.inject({ url: `/v1/checks/${check.id}/annex`, headers: bearer(keys.zuid.officer) })).statusCode).toBe(404);
    const pdf = await app.inject({ url: `/v1/checks/${check.id}/annex`, headers: { ...bearer(keys.noord.officer), accept: "application/pdf" } });
    expect(pdf.statusCode).toBe(406);
    expect(pdf.json().code).toBe("not-acceptable");
    expect((await app.inject({ url: `/v1/checks/${check.id}/annex?format=pdf`, headers: bearer(keys.noord.officer) })).statusCode).toBe(400);
  });
});
