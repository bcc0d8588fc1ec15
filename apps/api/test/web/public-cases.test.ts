// The public moresprudentie on the web page (/moresprudentie), through HTTP on both databases, in
// keys mode and without a key: it shows exactly the cases of GET /v1/precedents/export, as the
// export shows them, and never an internal, confidential or open case or a person's name. The
// cases are the fixtures of the export tests (packages/cases/test/fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { escapeHtml, type Case, type PublicCase } from "@ethiek/schemas";
import { personNames } from "@ethiek/cases";
import { confidentialCase, makeCase, openCase, precedents } from "../../../../packages/cases/test/fixtures.js";
import { createTenants, databases, signIn, startApp, type Tenants } from "../harness.js";

/** A spec for `makeCase` with the fields every case here shares. */
const spec = (over: Partial<Parameters<typeof makeCase>[0]> & { id: string; title: string; question: string }) => ({
  context: "Achtergrond.",
  technology: "Camera's.",
  commission: "Data-ethyk Kommisje Fryslân",
  organisation: "Provincie Fryslân",
  year: 2025,
  values: ["privacy"],
  technologies: ["camera-toezicht"],
  policyDomains: ["openbare-orde"],
  reflection: "Tellen kan, herkennen niet.",
  advice: "Tel alleen.",
  decision: "We tellen alleen.",
  ...over,
});

/** An internal case, and a public one whose free text names people (the export test's names). */
const internalCase = makeCase(
  spec({
    id: "ov-2025-011",
    title: "Interne verkenning van warmtecamera's",
    question: "Mogen wij warmtecamera's op de dijk testen?",
    context: "INTERN-GEHEIM: alleen voor de leden van de commissie.",
    reflection: "INTERN-GEHEIM",
    confidentiality: "internal",
  }),
);
const namedCase = makeCase(
  spec({
    id: "dkf-2025-012",
    title: "Tellen van bezoekers bij Marieke Visser",
    question: "Vraag van Marieke Visser over tellingen met camera's in het bezoekerscentrum.",
    context: "Bel Marieke op 06-12345678 of mail m.visser@fryslan.frl. Mevrouw Visser weet ervan.",
    reflection: "Anna Jansen en Van der Meer vonden dat de heer Kees van der Meer gelijk had.",
    advice: "Doe het niet, zegt A. Jansen.",
    contact: "Marieke Visser",
  }),
);
const hidden = [confidentialCase, openCase, internalCase];
const all = [...precedents, namedCase, ...hidden];

/** What must never appear on a public page: names, contacts, and the text of hidden cases. */
function leaksIn(body: string): string[] {
  const found: string[] = [];
  for (const c of all) {
    for (const name of personNames(c)) {
      if (body.includes(name)) found.push(name);
      // A surname can be an ordinary word ("boer"), so parts count as capitalised whole words.
      for (const part of name.split(" ").filter((p) => p.length > 3)) if (new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, "u").test(body)) found.push(part);
    }
  }
  for (const secret of ["GEHEIM", "kentekencamera", "Harlingen", "in de tram", "Interne verkenning", "dijk testen", "06-12345678", "m.visser@", "p.deboer@", "Team Data", "user-1"]) {
    if (body.includes(secret)) found.push(secret);
  }
  return found;
}

const caseIds = (html: string) => [...html.matchAll(/href="\/moresprudentie\/([^"?]+)"/g)].map((m) => decodeURIComponent(m[1]!));

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`the public moresprudentie on the web page (${name})`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;
    let exported: PublicCase[];
    const page = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

    const insert = (c: Case, organisation: string, commission: string) =>
      app.storage.db
        .insertInto("cases")
        .values({
          id: c.id,
          organisation_id: organisation,
          commission_id: commission,
          status: c.status,
          confidentiality: c.confidentiality,
          title: c.title,
          event_count: c.events.length,
          document: JSON.stringify(c),
          created_by: "test",
          created_at: c.createdAt,
          updated_at: c.createdAt,
        })
        .execute();

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
      // noord's cases are handled by the commission; the rest belong to no tenant of the test.
      for (const c of all) await insert(c, c.id.startsWith("dkf") ? "noord" : "elders", c.id.startsWith("dkf") ? "commissie" : "elders");
      const now = new Date().toISOString();
      for (const [id, organisation] of [["check-goedgekeurd", "zuid"], ["check-verzocht", "zuid"], ["check-geheim", "noord"]] as const) {
        await app.storage.db
          .insertInto("checks")
          .values({ id, organisation_id: organisation, submitted_by: "t", created_at: now, ruleset_name: "r", ruleset_version: "1", verdict: "fail", tender_title: null, report: "{}", previous_check_id: null, idempotency_key: null, request_hash: "h", deleted_at: null, deleted_by: null })
          .execute();
      }
      const waiver = (id: string, check: string, caseRef: string, status: string) =>
        app.storage.db
          .insertInto("waiver_requests")
          .values({ id, check_id: check, organisation_id: "zuid", requirement: "logging", reason: "r", case_ref: caseRef, requested_by: "t", requested_at: now, status, decided_by: null, decided_at: null, decision_reason: null })
          .execute();
      await waiver("w-1", "check-goedgekeurd", "pzh-2025-003", "approved");
      await waiver("w-2", "check-verzocht", "pzh-2025-003", "pending");
      await waiver("w-3", "check-geheim", confidentialCase.id, "approved");
      const res = await page("/v1/precedents/export");
      expect(res.statusCode).toBe(200);
      exported = res.json().cases;
    });
    afterAll(() => close());

    it("lists every case of the public export, and only those, without a key", async () => {
      const res = await page("/moresprudentie");
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toContain('<h1 class="utrecht-heading-1">Openbare moresprudentie</h1>');
      expect(res.body).toContain(`${exported.length} afgesloten casussen gevonden.`);
      expect(caseIds(res.body).sort()).toEqual(exported.map((c) => c.id).sort());
      expect(exported.map((c) => c.id)).toContain(namedCase.id);
      for (const c of hidden) expect(caseIds(res.body)).not.toContain(c.id);
    });

    it("shows each case as the export does: its texts, reflections and decision, and nothing more", async () => {
      for (const p of exported) {
        const res = await page(`/moresprudentie/${encodeURIComponent(p.id)}`);
        expect(res.statusCode, p.id).toBe(200);
        const texts = [p.title, p.question, p.context ?? "", p.organisation, p.commission, ...p.reflections.flatMap((r) => [r.text, r.advice, ...r.valuesWeighed.map((w) => w.consideration)])];
        if (p.decision) texts.push(p.decision.text, p.decision.decidedBy);
        for (const text of texts) expect(res.body, `${p.id}: ${text}`).toContain(escapeHtml(text));
        expect(leaksIn(res.body), p.id).toEqual([]);
      }
      // The export's placeholders stand where the names were.
      const named = (await page(`/moresprudentie/${namedCase.id}`)).body;
      expect(named).toContain("Bel [naam] op [telefoon] of mail [e-mail]. Mevrouw [naam] weet ervan.");
      expect(named).toContain("Deze reflectie is een advies. Het is niet bindend.");
    });

    it("never shows an internal, confidential or open case, or a person's name, on a list or search page", async () => {
      for (const q of ["", "camera", "Marieke Visser", "Jansen", "kentekencamera", "warmtecamera dijk", "tram gezichtsherkenning", "geheim intern"]) {
        const res = await page(`/moresprudentie?q=${encodeURIComponent(q)}`);
        expect(res.statusCode, q).toBe(200);
        // The visitor's own words come back in the form and the language link; the results follow the count.
        expect(leaksIn(res.body.slice(res.body.indexOf('role="status"'))), q).toEqual([]);
        for (const c of hidden) expect(caseIds(res.body), q).not.toContain(c.id);
      }
    });

    it("answers the same 404 page for an unknown id and for an internal, confidential or open case", async () => {
      const bodyOf = async (id: string) => {
        const res = await page(`/moresprudentie/${encodeURIComponent(id)}`);
        expect(res.statusCode, id).toBe(404);
        expect(res.headers["content-type"]).toMatch(/^text\/html/);
        return res.body.replaceAll(encodeURIComponent(id), "ID");
      };
      const unknown = await bodyOf("bestaat-niet");
      expect(unknown).toContain("Deze pagina bestaat niet, of u mag hem niet zien.");
      expect(unknown).toContain('href="/moresprudentie">Terug naar de openbare moresprudentie');
      for (const c of hidden) expect(await bodyOf(c.id), c.id).toBe(unknown);
      expect(await bodyOf("x".repeat(150))).toBe(unknown);
    });

    it("searches with highlighted snippets, in the anonymised texts only", async () => {
      const drones = (await page("/moresprudentie?q=drone%20natuurgebied")).body;
      expect(caseIds(drones)[0]).toBe("ov-2025-002");
      expect(drones).toContain("<mark>Drones</mark>");
      expect(drones).toContain('value="drone natuurgebied"');
      expect((await page("/moresprudentie?q=kentekencamera")).body).toContain("Geen afgesloten casussen gevonden.");
      expect((await page("/moresprudentie?q=Marieke")).body).toContain("Geen afgesloten casussen gevonden.");
      const tellen = (await page("/moresprudentie?q=bezoekerscentrum")).body;
      expect(caseIds(tellen)).toEqual([namedCase.id]);
      expect(tellen).toContain("Tellen van bezoekers bij [naam]");
    });

    it("counts the checks whose waivers are approved, as the export, and links to none of them", async () => {
      const cited = exported.find((c) => c.id === "pzh-2025-003")!;
      expect(cited.citedByChecks).toEqual(["check-goedgekeurd"]);
      const body = (await page("/moresprudentie/pzh-2025-003")).body;
      expect(body).toContain("1 aanbestedingstoets noemt deze casus als onderbouwing van een uitzondering op een eis.");
      expect(body).toContain("<code>check-goedgekeurd</code>");
      expect(body).not.toContain("check-verzocht");
      expect(body).not.toContain('href="/toetsen/');
      expect((await page("/moresprudentie/dkf-2024-001")).body).toContain("Geen aanbestedingstoets noemt deze casus");
    });

    it("gives a clear page for bad input, never a 500", async () => {
      const long = await page(`/moresprudentie?q=${"privacy ".repeat(300)}`);
      expect(long.statusCode).toBe(200);
      expect(long.body).toContain("Uw zoekvraag was langer dan 500 tekens. Wij zochten met de eerste 500 tekens.");
      const evil = await page(`/moresprudentie?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
      expect(evil.statusCode).toBe(200);
      expect(evil.body).not.toContain("<script>alert");
      expect(evil.body).toContain("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
      for (const url of ["/moresprudentie?q=%zz", "/moresprudentie?q=%E0%A4%A", "/moresprudentie?q=a&q=b", "/moresprudentie?pagina=-1", "/moresprudentie?pagina=abc", "/moresprudentie?pagina=99999999999999999999", "/moresprudentie?q=%F0%9F%98%80&pagina=2", `/moresprudentie?q=${"é".repeat(499)}%F0%9F%98%80`]) {
        const res = await page(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).toContain('role="status"');
      }
      const browser = { accept: "text/html,application/xhtml+xml" };
      for (const [url, status] of [["/moresprudentie/%zz", 400], ["/moresprudentie/%E0%A4%A", 400], [`/moresprudentie/${"x".repeat(250)}`, 414], ["/moresprudentie?q=a%00b", 400], ["/moresprudentie/", 404], ["/moresprudentie/a/b", 404]] as const) {
        const res = await page(url, browser);
        expect(res.statusCode, url).toBe(status);
        expect(res.headers["content-type"], url).toMatch(/^text\/html/);
        expect(res.body, url).toMatch(status === 404 ? /Niet gevonden/ : /Dit adres kunnen wij niet lezen/);
      }
      // Programs (no text/html in Accept) and the API keep their problem+json.
      expect((await page("/moresprudentie/%zz")).headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect((await page("/v1/cases/%zz", browser)).headers["content-type"]).toMatch(/^application\/problem\+json/);
    });

    it("shows a case as soon as it is closed and public, and hides it again when it is made confidential", async () => {
      const later = makeCase(spec({ id: "pzh-2025-013", title: "Slimme waterschapsdrempel", question: "Mag een algoritme de waterschapsdrempel verlagen?", status: "decision-recorded" }));
      await insert(later, "elders", "elders");
      const search = async () => caseIds((await page("/moresprudentie?q=waterschapsdrempel")).body);
      expect(await search()).toEqual([]);
      expect((await page(`/moresprudentie/${later.id}`)).statusCode).toBe(404);
      const closed = makeCase(spec({ id: later.id, title: later.title, question: later.question }));
      const stamp = (ms: number) => new Date(Date.now() + ms).toISOString();
      await app.storage.db.updateTable("cases").set({ status: "closed", event_count: closed.events.length, document: JSON.stringify(closed), updated_at: stamp(1000) }).where("id", "=", later.id).execute();
      expect(await search()).toEqual([later.id]);
      expect((await page(`/moresprudentie/${later.id}`)).statusCode).toBe(200);
      await app.storage.db.updateTable("cases").set({ confidentiality: "confidential", updated_at: stamp(2000) }).where("id", "=", later.id).execute();
      expect(await search()).toEqual([]);
      expect((await page(`/moresprudentie/${later.id}`)).statusCode).toBe(404);
    });

    it("is in the menu of visitors without a key, on the sign-in page, and in English", async () => {
      const signInPage = (await page("/aanmelden")).body;
      expect(signInPage).toContain('<li><a class="utrecht-link" href="/moresprudentie">Moresprudentie</a></li>');
      expect(signInPage).toContain("Geen API-sleutel? De afgesloten openbare casussen kan iedereen lezen.");
      const en = await page("/moresprudentie/dkf-2024-001?lang=en");
      expect(en.body).toContain('<html lang="en">');
      expect(en.body).toContain("This reflection is advice. It is not binding.");
      expect(en.body).toContain("Decided by Gedeputeerde Staten on 10 May 2024.");
    });

    it("shows signed-in readers the public page too, with a way to the full case they may read", async () => {
      const noord = await signIn(app, keys.noord.officer);
      const list = (await page("/moresprudentie", { cookie: noord })).body;
      expect(list).toContain('href="/casussen">Naar alle casussen die u mag lezen</a>');
      expect(caseIds(list).sort()).toEqual(exported.map((c) => c.id).sort());
      const own = (await page(`/moresprudentie/${namedCase.id}`, { cookie: noord })).body;
      expect(own).toContain(`href="/casussen/${namedCase.id}">Open de volledige casus</a>`);
      expect(leaksIn(own)).toEqual([]);
      // The confidential case stays hidden here even for the organisation that may read it in full.
      expect((await page(`/moresprudentie/${confidentialCase.id}`, { cookie: noord })).statusCode).toBe(404);
      expect((await page(`/moresprudentie/${namedCase.id}`)).body).not.toContain("Open de volledige casus");
    });
  });
}
