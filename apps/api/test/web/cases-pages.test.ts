// The cases pages through HTTP (fastify.inject), in local mode on SQLite: submit a case, move it
// through the statuses, give a reflection, find it in the moresprudentie once closed; the forms'
// unhappy paths (missing fields, a step that is not allowed, a wrong form token).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { jar, startApp, tokenOf } from "../harness.js";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

describe("cases on the web page (local mode)", () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let cookies = "";
  let csrf = "";
  let caseUrl = "";

  const post = (url: string, fields: Record<string, string>) => app.inject({ method: "POST", url, headers: { cookie: cookies }, body: form({ csrf, ...fields }) });

  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite", { auth: "local" }));
    const res = await app.inject({ method: "GET", url: "/casussen/nieuw" });
    cookies = jar(res);
    csrf = tokenOf(res.body);
  });
  afterAll(() => close());

  it("lists cases from the menu, with a search form and no open cases yet", async () => {
    const res = await app.inject({ method: "GET", url: "/casussen", headers: { cookie: cookies } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<a class="utrecht-link" href="/casussen">Casussen</a>');
    expect(res.body).toContain('<h1 class="utrecht-heading-1">Casussen en moresprudentie</h1>');
    expect(res.body).toContain("Er zijn geen lopende casussen die u mag zien.");
  });

  it("refuses a case without title or question, and keeps what was typed", async () => {
    const res = await post("/casussen", { title: "", question: "", context: "Een <b>achtergrond</b>" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Vul een titel in.");
    expect(res.body).toContain("Vul uw vraag in.");
    expect(res.body).toContain("Een &lt;b&gt;achtergrond&lt;/b&gt;");
  });

  it("refuses a form with a wrong token", async () => {
    const res = await app.inject({ method: "POST", url: "/casussen", headers: { cookie: cookies }, body: form({ csrf: "fout", title: "x", question: "y" }) });
    expect(res.statusCode).toBe(403);
  });

  it("records a case and shows it with its question, values and first step", async () => {
    const res = await post("/casussen", { title: "Camera's <op> straat", question: "Mogen we camera's gebruiken om drukte te meten?", values: "Privacy, Rechtvaardigheid", confidentiality: "public" });
    expect(res.statusCode).toBe(303);
    caseUrl = String(res.headers.location);
    expect(caseUrl).toMatch(/^\/casussen\/casus-[0-9a-f-]{36}$/);
    const page = (await app.inject({ method: "GET", url: caseUrl, headers: { cookie: cookies } })).body;
    expect(page).toContain("<h1 class=\"utrecht-heading-1\">Camera&#39;s &lt;op&gt; straat</h1>");
    expect(page).toContain("privacy, rechtvaardigheid");
    expect(page).toContain("<strong>ingediend</strong>");
    expect(page).toContain("Een reflectie kan als de casus in analyse is.");
    // The commission's next steps (local mode is asker and commission at once).
    expect(page).toContain('<option value="accepted">in behandeling genomen</option>');
  });

  it("refuses a step that is not allowed from the current status, and a reflection before the analysis", async () => {
    expect((await post(`${caseUrl}/stap`, { to: "closed" })).statusCode).toBe(403);
    const early = await post(`${caseUrl}/reflectie`, { authors: "A. Lid", text: "Tekst", value: "privacy", consideration: "Zwaar", advice: "Doen" });
    expect(early.statusCode).toBe(409);
  });

  it("moves the case to analysis, takes a reflection, and finds the case in the moresprudentie once closed", async () => {
    for (const to of ["accepted", "in-analysis"]) expect((await post(`${caseUrl}/stap`, { to })).statusCode).toBe(303);
    const missing = await post(`${caseUrl}/reflectie`, { authors: "A. Lid", text: "", value: "privacy", consideration: "x", advice: "y" });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Vul alle velden van de reflectie in.");
    const given = await post(`${caseUrl}/reflectie`, {
      authors: "A. Lid, B. Lid",
      text: "Meet drukte zonder gezichten vast te leggen.",
      value: "Privacy",
      consideration: "Weegt zwaar: mensen op straat kunnen niet kiezen.",
      advice: "Tel alleen, bewaar geen beelden.",
    });
    expect(given.statusCode).toBe(303);
    const page = (await app.inject({ method: "GET", url: caseUrl, headers: { cookie: cookies } })).body;
    expect(page).toContain("Door A. Lid, B. Lid");
    expect(page).toContain("<strong>privacy</strong>: Weegt zwaar");
    expect(page).toContain("<strong>Advies:</strong> Tel alleen, bewaar geen beelden.");
    expect(page).toContain("<strong>reflectie gegeven</strong>");
    // A reason is needed to withdraw: the error says so on the page.
    const noReason = await post(`${caseUrl}/stap`, { to: "withdrawn" });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('role="alert"');

    const search = (await app.inject({ method: "GET", url: "/casussen?q=drukte", headers: { cookie: cookies } })).body;
    expect(search).toContain("Geen afgesloten casussen gevonden.");
    // The owner records the decision through the API (a form for it is later work), then the commission closes.
    const decided = await app.inject({
      method: "PUT",
      url: `/v1/cases/${caseUrl.split("/").pop()}`,
      payload: {
        title: "Camera's <op> straat",
        question: "Mogen we camera's gebruiken om drukte te meten?",
        requester: { organisation: { name: "Lokaal" } },
        confidentiality: "public",
        tags: { values: ["privacy"], technologies: [], policyDomains: [] },
        decision: { decidedDate: "2026-12-05", decidedBy: "Gedeputeerde Staten", text: "We tellen alleen.", followsAdvice: "yes" },
      },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    for (const to of ["decision-recorded", "closed"]) expect((await post(`${caseUrl}/stap`, { to })).statusCode).toBe(303);
    const closed = (await app.inject({ method: "GET", url: "/casussen?q=drukte", headers: { cookie: cookies } })).body;
    expect(closed).toContain("1 afgesloten casus gevonden.");
    expect(closed).toContain("<mark>drukte</mark>");
    expect(closed).toContain("Er zijn geen lopende casussen die u mag zien.");
  });
});

describe("filling in a maturity assessment on the web page (local mode)", () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let cookies = "";
  let csrf = "";

  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite", { auth: "local" }));
    const res = await app.inject({ method: "GET", url: "/volwassenheid/nieuw" });
    cookies = jar(res);
    csrf = tokenOf(res.body);
  });
  afterAll(() => close());

  const submit = (fields: Record<string, string>) => app.inject({ method: "POST", url: "/volwassenheid/nieuw", headers: { cookie: cookies }, body: form({ csrf, model: "ethiek-provincies", ...fields }) });

  it("offers every question with its level statements and 'weet ik niet'", async () => {
    const page = (await app.inject({ method: "GET", url: "/volwassenheid/nieuw", headers: { cookie: cookies } })).body;
    expect(page).toContain('<h1 class="utrecht-heading-1">Een meting invullen</h1>');
    expect(page).toContain('name="vraag-kennis-training" value="" checked');
    expect(page).toContain('name="vraag-kennis-training" value="5"');
    expect(page).toContain("weet ik niet");
  });

  it("stores two assessments; the second follows the first, so its chart over time has two points", async () => {
    // As a browser sends it: every question, "" for "weet ik niet".
    const all = Object.fromEntries(
      ["kennis-training", "kennis-werkvormen", "verantwoordelijkheden-rollen", "verantwoordelijkheden-opvolging", "processen-toetsing", "processen-register", "inkoop-eisen", "inkoop-samenwerking", "beleid-visie", "beleid-wetgeving"].map((q) => [`vraag-${q}`, ""]),
    );
    const first = await submit({ ...all, title: "Nulmeting", "vraag-kennis-training": "1", "vraag-beleid-visie": "2" });
    expect(first.statusCode).toBe(303);
    const second = await submit({ title: "Meting 2027", "vraag-kennis-training": "4", "vraag-beleid-visie": "3" });
    expect(second.statusCode).toBe(303);
    const page = (await app.inject({ method: "GET", url: String(second.headers.location), headers: { cookie: cookies } })).body;
    expect(page).toContain("<h1 class=\"utrecht-heading-1\">Meting 2027</h1>");
    const bars = /<g data-dimension="kennis-en-vaardigheden">[^]*?<\/g>/.exec(page)?.[0] ?? "";
    expect([...bars.matchAll(/data-point="(\d)"/g)].map((m) => m[1])).toEqual(["0", "1"]);
  });

  it("refuses a level the model does not have, and a wrong token", async () => {
    const wrong = await submit({ title: "Fout", "vraag-kennis-training": "9" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('role="alert"');
    const forged = await app.inject({ method: "POST", url: "/volwassenheid/nieuw", headers: { cookie: cookies }, body: form({ csrf: "x", model: "ethiek-provincies" }) });
    expect(forged.statusCode).toBe(403);
  });
});
