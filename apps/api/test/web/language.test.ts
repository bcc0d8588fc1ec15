// One language per screen: every page family in Dutch shows no English words in its visible text
// (code, requirement ids and the quoted tender text aside), and the English pages no Dutch labels
// of the page itself. A word list, not a dictionary: it catches the kind of slip that reached users
// before ("Ernst: error als hoog-risico-AI, anders warning", "MCC-AI art. 5 (high-risk)").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { englishIn, withoutCode } from "@ethiek/messages";
import { precedents } from "../../../../packages/cases/test/fixtures.js";
import { jar, startApp, tender, tokenOf } from "../harness.js";

/** English words that never occur in Dutch B1 text (checked case-insensitively, as whole words). */
const ENGLISH = /\b(the|and|error|errors|warning|warnings|high-risk|requirement|requirements|satisfied|missing|partial|should|must|which|please|choose|submit|search|assessment|reflection|waived|not applicable)\b/i;

/** The visible text of a page: without scripts, styles, code, attributes and quoted tender text. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|code|blockquote|svg|title)\b[^]*?<\/\1>/gi, " ")
    .replace(/<[^>]*lang="en"[^>]*>[^<]*/g, " ") // the language switch names the other language
    .replace(/<[^>]+>/g, " ")
    .replace(/\bethiek:[a-z0-9-]+/g, " ") // ruleset names are identifiers, as typed in a config file
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ");
}

describe("one language per screen", () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let cookies = "";
  const pages: string[] = ["/", "/toetsen", "/eisen/logging", "/eisen/dpia", "/volwassenheid", "/volwassenheid/nieuw", "/bestuur", "/bestuur/routes", "/casussen", "/casussen/nieuw", "/moresprudentie", "/moresprudentie?q=camera", "/moresprudentie/dkf-2024-001"];

  beforeAll(async () => {
    ({ app, close } = await startApp("sqlite", { auth: "local" }));
    const first = await app.inject({ method: "GET", url: "/" });
    cookies = jar(first);
    const csrf = tokenOf(first.body);
    const data = new FormData();
    data.append("csrf", csrf);
    data.append("files", new Blob([new Uint8Array(tender("subsidie-risicoscore.docx"))]), "subsidie-risicoscore.docx");
    const res = await app.inject({ method: "POST", url: "/toetsen", headers: { cookie: cookies }, payload: data });
    expect(res.statusCode).toBe(303);
    pages.push(String(res.headers.location));
    const form = new FormData();
    for (const [k, v] of Object.entries({ csrf, title: "Camera's", question: "Mogen we tellen?" })) form.append(k, v);
    const created = await app.inject({ method: "POST", url: "/casussen", headers: { cookie: cookies }, payload: form });
    pages.push(String(created.headers.location));
    // A closed public case (Dutch, from the export tests' fixtures) for the public moresprudentie.
    const c = precedents[0]!;
    await app.storage.db
      .insertInto("cases")
      .values({ id: c.id, organisation_id: "local", commission_id: "local", status: c.status, confidentiality: c.confidentiality, title: c.title, event_count: c.events.length, document: JSON.stringify(c), created_by: "test", created_at: c.createdAt, updated_at: c.createdAt })
      .execute();
  });
  afterAll(() => close());

  it("shows no English word on a Dutch page", async () => {
    const found: string[] = [];
    for (const url of pages) {
      const res = await app.inject({ method: "GET", url, headers: { cookie: cookies } });
      expect(res.statusCode, url).toBe(200);
      const text = visibleText(res.body);
      const hit = ENGLISH.exec(text);
      if (hit) found.push(`${url}: "${text.slice(Math.max(0, hit.index - 40), hit.index + 40).trim()}"`);
    }
    expect(found).toEqual([]);
  });

  it("shows no English word or English text of the message catalogue on a Dutch page", async () => {
    const found: string[] = [];
    for (const url of pages) {
      const res = await app.inject({ method: "GET", url, headers: { cookie: cookies } });
      found.push(...englishIn(withoutCode(visibleText(res.body))).map((hit) => `${url}: ${hit}`));
    }
    expect(found).toEqual([]);
  });

  it("catches an English word in Dutch text (the check itself works)", () => {
    expect(ENGLISH.test(visibleText("<p>Ernst: error als hoog-risico-AI, anders warning</p>"))).toBe(true);
    expect(ENGLISH.test(visibleText("<p>Ernst: fout als hoog-risico-AI</p><code>error</code>"))).toBe(false);
  });
});
