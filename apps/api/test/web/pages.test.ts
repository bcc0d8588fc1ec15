// The web page through HTTP (fastify.inject), on SQLite and PostgreSQL: sign-in and sessions,
// CSRF, upload without JavaScript, the report, filters, downloads, language, and escaping of
// document text. The browser suite (browser.test.ts) covers what needs a real browser.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { validateCheckReport } from "@ethiek/schemas";
import { revokeApiKey } from "../../src/auth.js";
import { createTenants, databases, startApp, tender, type Tenants, jar, tokenOf } from "../harness.js";


function uploadForm(files: { name: string; bytes: Buffer | string; type?: string }[], fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  for (const f of files) data.append("files", new Blob([typeof f.bytes === "string" ? f.bytes : new Uint8Array(f.bytes)], { type: f.type ?? "text/markdown" }), f.name);
  return data;
}

const malicious = `# Aanbesteding <script>alert("x")</script>

Opdrachtnemer levert een AI-systeem <img src=x onerror="alert(1)"> dat aanvragen beoordeelt.
Opdrachtnemer zorgt voor automatische logging <script>document.title="pwned"</script> en de Provincie heeft toegang tot de logs.
`;

for (const { name, skip } of databases) {
  describe.skipIf(skip)(`web page in local mode on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let cookies = "";
    let csrf = "";
    let reportUrl = "";

    beforeAll(async () => {
      ({ app, close } = await startApp(name, { auth: "local" }));
      const res = await app.inject({ method: "GET", url: "/" });
      cookies = jar(res);
      csrf = tokenOf(res.body);
    });
    afterAll(() => close());

    it("serves the upload form without sign-in, with a strict CSP and a CSRF cookie", async () => {
      const res = await app.inject({ method: "GET", url: "/" });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(res.headers["content-security-policy"]).not.toContain("unsafe-inline");
      expect(res.body).toContain('<html lang="nl">');
      expect(res.body).toContain('type="file" id="bestanden" name="files" multiple');
      expect(res.body).toContain("Lokale modus");
      const setCookie = String(res.headers["set-cookie"]);
      expect(setCookie).toMatch(/ethiek_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
      expect(setCookie).not.toContain("Secure");
    });

    it("serves the NL Design System styles and the script from the app itself, cached", async () => {
      const page = (await app.inject({ method: "GET", url: "/" })).body;
      const links = [...page.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, "&"));
      expect(links).toHaveLength(3);
      for (const url of links) {
        const res = await app.inject({ method: "GET", url });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers["cache-control"]).toContain("immutable");
      }
      const nlds = await app.inject({ method: "GET", url: links[0] as string });
      expect(nlds.body).toContain(".utrecht-button");
      const zipped = await app.inject({ method: "GET", url: links[0] as string, headers: { "accept-encoding": "gzip, br" } });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.rawPayload.length).toBeLessThan(nlds.rawPayload.length / 5);
      expect(gunzipSync(zipped.rawPayload).toString("utf8")).toBe(nlds.body);
      expect(nlds.body).toContain(".voorbeeld-theme");
      expect(nlds.body).not.toMatch(/@import|url\(["']?https?:/);
    });

    it("refuses an upload without the form token", async () => {
      const res = await app.inject({ method: "POST", url: "/toetsen", headers: { cookie: cookies }, payload: uploadForm([{ name: "a.md", bytes: malicious }], {}) });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain("Het formulier is verlopen");
      expect(await app.storage.db.selectFrom("checks").select("id").execute()).toHaveLength(0);
    });

    it("asks for a document when none was chosen, and says so in an alert linked to the field", async () => {
      const data = uploadForm([], { csrf, title: "Leeg" });
      const res = await app.inject({ method: "POST", url: "/toetsen", headers: { cookie: cookies }, payload: data });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('role="alert"');
      expect(res.body).toContain('href="#bestanden"');
      expect(res.body).toContain('aria-invalid="true"');
      expect(res.body).toContain('value="Leeg"');
    });

    it("checks an uploaded tender with declarations, redirects to the report and stores it for the organisation", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/toetsen",
        headers: { cookie: cookies },
        payload: uploadForm([{ name: "cv-screening-werving.md", bytes: tender("cv-screening-werving.md") }], {
          csrf,
          title: "Wervingsplatform Zeeland",
          ai: "ja",
          persoonsgegevens: "ja",
          bijlageIII: "4",
          ruleset: "ethiek:recommended",
        }),
      });
      expect(res.statusCode, res.body).toBe(303);
      reportUrl = String(res.headers.location);
      expect(reportUrl).toMatch(/^\/toetsen\/[0-9a-f-]{36}$/);
      const row = await app.storage.db.selectFrom("checks").selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ organisation_id: "local", tender_title: "Wervingsplatform Zeeland", verdict: "fail" });
      const report = JSON.parse(row.report);
      expect(report.classification.find((c: { tag: string }) => c.tag === "high-risk")).toMatchObject({ holds: true, detail: "4", source: "declared" });
    });

    it("offers the annex of model clauses: a page with a copy button per clause, and Word and Markdown downloads", async () => {
      const report = await app.inject({ method: "GET", url: reportUrl, headers: { cookie: cookies } });
      expect(report.body).toContain(`href="${reportUrl}/bijlage"`);
      expect(report.body).toContain(`href="${reportUrl}/bijlage.docx" download`);
      const page = await app.inject({ method: "GET", url: `${reportUrl}/bijlage`, headers: { cookie: cookies } });
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-security-policy"]).not.toContain("unsafe-inline");
      expect(page.body).not.toContain("<script>");
      expect(page.body).toContain(`<h2 class="utrecht-heading-2">Aanvullende eisen voor algoritmen en AI</h2>`);
      // The copy buttons wait for the page's script (no JavaScript: no dead buttons).
      expect(page.body.match(/<button type="button" class="copy utrecht-button utrecht-button--secondary-action" data-copy-text="[^"]+" data-text-copied="[^"]+" hidden>/g)?.length).toBeGreaterThan(30);
      expect(page.body).toContain("bijlage III, punt 4,");
      const md = await app.inject({ method: "GET", url: `${reportUrl}/bijlage.md`, headers: { cookie: cookies } });
      expect(md.headers["content-disposition"]).toMatch(/^attachment; filename="bijlage-ai-[0-9a-f-]{36}\.md"$/);
      expect(md.body).toMatch(/^### 1\.1 /m);
      const docx = await app.inject({ method: "GET", url: `${reportUrl}/bijlage.docx`, headers: { cookie: cookies } });
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");
      expect((await app.inject({ method: "GET", url: "/toetsen/00000000-0000-0000-0000-000000000000/bijlage", headers: { cookie: cookies } })).statusCode).toBe(404);
    });

    it("shows the summary first, then requirements grouped by status and severity with evidence and remediation", async () => {
      const res = await app.inject({ method: "GET", url: reportUrl, headers: { cookie: cookies } });
      expect(res.statusCode).toBe(200);
      const html = res.body;
      const summary = html.indexOf('id="samenvatting"');
      const requirements = html.indexOf('id="eisen"');
      expect(summary).toBeGreaterThan(0);
      expect(requirements).toBeGreaterThan(summary);
      expect(html).toContain("Oordeel: Voldoet niet.");
      expect(html).toContain("hoog-risico-AI (bijlage III punt 4)");
      expect(html).toContain("u gaf dit zelf op");
      // Groups in order: missing before partial before satisfied; errors before warnings.
      const order = [...html.matchAll(/id="groep-([a-z-]+)-(error|warning|info)"/g)].map((m) => `${m[1]}/${m[2]}`);
      expect(order[0]).toBe("missing/error");
      expect(order.indexOf("missing/warning")).toBeLessThan(order.findIndex((g) => g.startsWith("satisfied")));
      expect(html).toMatch(/<article class="requirement requirement--missing requirement--error" id="eis-logging" data-status="missing" data-severity="error" data-reason="[a-z-]+">/);
      expect(html).toContain("Waarom dit ertoe doet:");
      expect(html).toContain("Wat u toevoegt:");
      // One document: its name stands in the title, each passage gives its place and section.
      expect(html).toMatch(/<span class="evidence__loc">r\. \d+( — [^<]+)?<\/span>/);
      // Errors first, what is met folded away; the counts as a chart; an absolute share link.
      expect(html).toMatch(/<details class="report-fold" data-fold="satisfied">/);
      expect(html).toMatch(/<svg [^>]*role="img"/);
      expect(html).toMatch(/id="rapportlink" type="text" readonly value="http:\/\/[^"]+\/toetsen\/[^"]+"/);
      expect(html).toContain('href="/eisen/logging?regelset=ethiek%3Arecommended"');
    });

    it("filters by status and severity with query parameters when JavaScript is off", async () => {
      const res = await app.inject({ method: "GET", url: `${reportUrl}?status=missing&severity=error`, headers: { cookie: cookies } });
      const visible = [...res.body.matchAll(/<article [^>]*data-status="([a-z-]+)" data-severity="([a-z]+)" data-reason="[a-z-]+"(?! hidden)>/g)].map((m) => `${m[1]}/${m[2]}`);
      expect(visible.length).toBeGreaterThan(0);
      expect(new Set(visible)).toEqual(new Set(["missing/error"]));
      expect(res.body).toMatch(/<input [^>]*name="status" value="missing" checked>/);
      expect(res.body).toMatch(/<input [^>]*name="status" value="satisfied">/);
      expect(res.body).toMatch(new RegExp(`${visible.length} van de \\d+ eisen worden getoond`));
    });

    it("explains a requirement on its own page", async () => {
      const res = await app.inject({ method: "GET", url: "/eisen/logging?regelset=ethiek%3Arecommended", headers: { cookie: cookies } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("Waarom dit ertoe doet");
      expect(res.body).toContain("Bronnen");
      expect((await app.inject({ method: "GET", url: "/eisen/bestaat-niet" })).statusCode).toBe(404);
    });

    it("downloads the report as JSON, SARIF and the formatter's HTML page", async () => {
      const json = await app.inject({ method: "GET", url: `${reportUrl}/rapport.json` });
      expect(json.headers["content-disposition"]).toMatch(/^attachment; filename="ethiek-toets-[0-9a-f-]+\.json"$/);
      expect(validateCheckReport(json.json()).ok).toBe(true);
      const sarif = await app.inject({ method: "GET", url: `${reportUrl}/rapport.sarif` });
      expect(sarif.headers["content-type"]).toMatch(/^application\/sarif\+json/);
      expect(sarif.json()).toMatchObject({ version: "2.1.0" });
      const page = await app.inject({ method: "GET", url: `${reportUrl}/rapport.html` });
      expect(page.headers["content-type"]).toMatch(/^text\/html/);
      // The formatter's document wraps the same report view the page shows.
      expect(page.body).toContain('<main class="ethiek-report">');
      expect(page.body).toContain('<section aria-labelledby="samenvatting" class="report-summary">');
      expect(page.headers["content-security-policy"]).not.toContain("script-src");
    });

    it("switches the language with ?lang=en and remembers it in a cookie", async () => {
      const res = await app.inject({ method: "GET", url: `${reportUrl}?lang=en`, headers: { cookie: cookies } });
      expect(res.body).toContain('<html lang="en">');
      expect(res.body).toContain("Verdict: Fails.");
      expect(res.body).toContain('hreflang="nl"');
      // The report was made in Dutch: its own texts are marked as Dutch inside the English page.
      expect(res.body).toMatch(/<p class="utrecht-paragraph" lang="nl">/);
      const next = await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: jar(res, cookies) } });
      expect(next.body).toContain("Earlier checks");
    });

    it("lists the organisation's earlier checks with date, title and verdict", async () => {
      const res = await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: cookies } });
      expect(res.body).toContain("Eerdere toetsen");
      expect(res.body).toContain(`href="${reportUrl}">Wervingsplatform Zeeland</a>`);
      expect(res.body).toContain("Voldoet niet");
      expect(res.body).toMatch(/<time datetime="20\d\d-/);
    });

    it("escapes document text: a tender with <script> and event handlers is shown as text", async () => {
      const post = await app.inject({
        method: "POST",
        url: "/toetsen",
        headers: { cookie: cookies },
        payload: uploadForm([{ name: 'kwaad<script>.md', bytes: malicious }], { csrf, title: "<b>Titel</b>" }),
      });
      expect(post.statusCode, post.body).toBe(303);
      const res = await app.inject({ method: "GET", url: String(post.headers.location) });
      expect(res.body).not.toContain("<script>alert");
      expect(res.body).not.toContain("<img src=x");
      expect(res.body).not.toContain("<b>Titel</b>");
      expect(res.body).toContain("&lt;b&gt;Titel&lt;/b&gt;");
      expect(res.body).toContain("kwaad&lt;script&gt;.md");
      expect((res.body.match(/<script/g) ?? []).length).toBe(1);
    });

    it("names an unreadable document in the error summary, and keeps what the officer filled in", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/toetsen",
        headers: { cookie: cookies },
        payload: uploadForm([{ name: "kapot.pdf", bytes: "dit is geen pdf", type: "application/pdf" }], { csrf, title: "Kapot", ai: "nee" }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.body).toMatch(/<li><a class="utrecht-link" href="#bestanden">kapot\.pdf: [^<]+<\/a><\/li>/);
      expect(res.body).toContain('value="Kapot"');
      expect(res.body).toMatch(/id="ai-nee" name="ai" value="nee" checked/);
    });

    it("answers a too large file with the upload page and a clear message, not a crash", async () => {
      const small = await startApp(name, { auth: "local", limits: { ...app.config.limits, maxFileBytes: 2000 } });
      try {
        const page = await small.app.inject({ method: "GET", url: "/" });
        const res = await small.app.inject({
          method: "POST",
          url: "/toetsen",
          headers: { cookie: jar(page) },
          payload: uploadForm([{ name: "groot.md", bytes: tender("cv-screening-werving.md") }], { csrf: tokenOf(page.body) }),
        });
        expect(res.statusCode).toBe(413);
        expect(res.headers["content-type"]).toMatch(/^text\/html/);
        expect(res.body).toContain("Een bestand is te groot");
      } finally {
        await small.close();
      }
    });

    it("answers 404 for a check that does not exist", async () => {
      const res = await app.inject({ method: "GET", url: "/toetsen/bestaat-niet" });
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain("Niet gevonden");
    });
  });

  describe.skipIf(skip)(`web page with API keys on ${name}`, () => {
    let app: FastifyInstance;
    let close: () => Promise<void>;
    let keys: Tenants;
    let zuidCheck = "";

    /** Signs in with a key through the form and returns the cookie jar. */
    async function signIn(key: string): Promise<{ res: LightMyRequestResponse; cookies: string }> {
      const page = await app.inject({ method: "GET", url: "/aanmelden" });
      let cookies = jar(page);
      const data = new FormData();
      data.append("csrf", tokenOf(page.body));
      data.append("terug", "/toetsen");
      data.append("sleutel", key);
      const res = await app.inject({ method: "POST", url: "/aanmelden", headers: { cookie: cookies }, payload: data });
      cookies = jar(res, cookies);
      return { res, cookies };
    }

    beforeAll(async () => {
      ({ app, close } = await startApp(name));
      keys = await createTenants(app);
      const zuid = await signIn(keys.zuid.officer);
      const home = await app.inject({ method: "GET", url: "/", headers: { cookie: zuid.cookies } });
      const post = await app.inject({
        method: "POST",
        url: "/toetsen",
        headers: { cookie: zuid.cookies },
        payload: uploadForm([{ name: "t.md", bytes: tender("chatbot-publieksvragen.md") }], { csrf: tokenOf(home.body) }),
      });
      expect(post.statusCode, post.body).toBe(303);
      zuidCheck = String(post.headers.location);
    });
    afterAll(() => close());

    it("sends a visitor without a session to the sign-in page", async () => {
      const res = await app.inject({ method: "GET", url: "/toetsen" });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/aanmelden?terug=%2Ftoetsen");
      const page = await app.inject({ method: "GET", url: "/aanmelden" });
      expect(page.body).toContain('type="password" id="sleutel" name="sleutel"');
    });

    it("refuses a wrong key with a message on the field, and sets no session", async () => {
      const { res } = await signIn("ethiek_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain("Deze sleutel werkt niet");
      expect(String(res.headers["set-cookie"] ?? "")).not.toContain("ethiek_sessie");
    });

    it("refuses a sign-in without the form token", async () => {
      const data = new FormData();
      data.append("sleutel", keys.noord.officer);
      const res = await app.inject({ method: "POST", url: "/aanmelden", payload: data });
      expect(res.statusCode).toBe(403);
    });

    it("signs in with a key: an HttpOnly, SameSite=Strict session cookie that does not contain the key", async () => {
      const { res, cookies } = await signIn(keys.noord.officer);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/toetsen");
      const session = (res.headers["set-cookie"] as string[]).find((c) => c.startsWith("ethiek_sessie="));
      expect(session).toMatch(/; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
      // The key's secret part (after `ethiek_<prefix>_`) never leaves the server.
      const secretPart = keys.noord.officer.slice("ethiek_".length + 13);
      expect(secretPart.length).toBe(43);
      expect(decodeURIComponent(String(session))).not.toContain(secretPart);
      expect(Buffer.from(String(session).split("=")[1]?.split(".")[0] ?? "", "base64url").toString()).not.toContain(secretPart);
      const list = await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: cookies } });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain("Provincie Noord");
      expect(list.body).toContain("Uw organisatie heeft nog geen toetsen gedaan.");
    });

    it("marks the cookies Secure when the service is reached over HTTPS", async () => {
      const secureApp = await startApp(name, { publicUrl: "https://ethiek.example.nl" });
      try {
        const res = await secureApp.app.inject({ method: "GET", url: "/aanmelden" });
        expect(String(res.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Strict; Secure/);
      } finally {
        await secureApp.close();
      }
    });

    it("never shows another organisation's check", async () => {
      const { cookies } = await signIn(keys.noord.officer);
      for (const url of [zuidCheck, `${zuidCheck}/rapport.json`, `${zuidCheck}/rapport.sarif`, `${zuidCheck}/rapport.html`]) {
        const res = await app.inject({ method: "GET", url, headers: { cookie: cookies } });
        expect(res.statusCode, url).toBe(404);
      }
    });

    it("lets an ethics key read but not submit", async () => {
      const { cookies } = await signIn(keys.noord.ethics);
      const home = await app.inject({ method: "GET", url: "/", headers: { cookie: cookies } });
      const res = await app.inject({
        method: "POST",
        url: "/toetsen",
        headers: { cookie: cookies },
        payload: uploadForm([{ name: "t.md", bytes: "tekst" }], { csrf: tokenOf(home.body) }),
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain("de rol officer");
    });

    it("ends the session when the key is revoked, and on sign-out", async () => {
      const { cookies } = await signIn(keys.noord.officer2);
      expect((await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: cookies } })).statusCode).toBe(200);
      const prefix = keys.noord.officer2.split("_")[1] as string;
      await revokeApiKey(app.storage.db, prefix, "test");
      expect((await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: cookies } })).statusCode).toBe(303);

      const other = await signIn(keys.noord.admin);
      const home = await app.inject({ method: "GET", url: "/", headers: { cookie: other.cookies } });
      const data = new FormData();
      data.append("csrf", tokenOf(home.body));
      const out = await app.inject({ method: "POST", url: "/afmelden", headers: { cookie: other.cookies }, payload: data });
      expect(out.statusCode).toBe(303);
      const after = jar(out, other.cookies);
      expect(after).not.toContain("ethiek_sessie");
      expect((await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: after } })).statusCode).toBe(303);
    });

    it("rejects a forged session cookie", async () => {
      const forged = `ethiek_sessie=${Buffer.from(JSON.stringify({ k: "x", e: 9999999999 })).toString("base64url")}.AAAA`;
      expect((await app.inject({ method: "GET", url: "/toetsen", headers: { cookie: forged } })).statusCode).toBe(303);
    });
  });
}
