// Issue 18: what an attacker or a careless client sends must get a 4xx problem+json answer with a
// specific code, never a 500 and never the framework's own error format; on both databases.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { bearer, createTenants, databases, form, startApp, tender, type Tenants } from "./harness.js";

/** Asserts a problem+json answer with this status and code. */
function expectProblem(res: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(typeof body.detail).toBe("string");
  expect(String(body.detail)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  return body;
}

for (const { name: kind, skip } of databases) {
  describe.skipIf(skip)(`hostile and careless requests on ${kind}`, () => {
    let app: FastifyInstance;
    let keys: Tenants;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const started = await startApp(kind);
      app = started.app;
      close = started.close;
      keys = await createTenants(app);
    });
    afterAll(async () => close?.());

    const post = (headers: Record<string, string>, payload: string | Buffer) =>
      app.inject({ method: "POST", url: "/v1/checks", headers: { ...bearer(keys.noord.officer), ...headers }, payload });

    describe("finding 3: malformed multipart", () => {
      it("answers 400 malformed-multipart when the boundary is missing", async () => {
        const res = await post({ "content-type": "multipart/form-data" }, "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\n\r\nhallo\r\n--x--\r\n");
        expectProblem(res, 400, "malformed-multipart");
      });
      it("answers 400 malformed-multipart when the body uses another boundary", async () => {
        const res = await post(
          { "content-type": "multipart/form-data; boundary=abc" },
          "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\n\r\nhallo\r\n--xyz--\r\n",
        );
        expectProblem(res, 400, "malformed-multipart");
      });
      it("answers 400 malformed-multipart for a truncated part", async () => {
        const res = await post(
          { "content-type": "multipart/form-data; boundary=abc" },
          "--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\nContent-Type: text/markdown\r\n\r\nhallo, dit stopt mid",
        );
        expectProblem(res, 400, "malformed-multipart");
      });
      it("answers 415 unsupported-media-type for curl -d x (a form-urlencoded body)", async () => {
        const res = await post({ "content-type": "application/x-www-form-urlencoded" }, "x");
        expectProblem(res, 415, "unsupported-media-type");
      });
      it("answers 400 malformed-multipart for curl -d x sent as multipart", async () => {
        const res = await post({ "content-type": "multipart/form-data; boundary=----x" }, "x");
        expectProblem(res, 400, "malformed-multipart");
      });
      it("answers 400 malformed-multipart for a part without headers", async () => {
        const res = await post({ "content-type": "multipart/form-data; boundary=abc" }, "--abc\r\nnonsense\r\n\r\nx\r\n--abc--\r\n");
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      });
      it("still accepts a well-formed upload afterwards", async () => {
        const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: "chatbot.md", bytes: tender("chatbot-publieksvragen.md") }]) });
        expect(res.statusCode, res.body).toBe(201);
      });
    });

    describe("finding 4: a huge page number", () => {
      for (const url of ["/v1/checks", "/v1/audit-events", "/v1/routes", "/v1/assessments", "/v1/cases"]) {
        for (const page of ["99999999999999999999", "9223372036854775807", "1e400", "1000001"]) {
          it(`answers 400 invalid-input for ${url}?page=${page}`, async () => {
            const res = await app.inject({ url: `${url}?page=${page}`, headers: bearer(keys.noord.admin) });
            const body = expectProblem(res, 400, "invalid-input");
            expect(JSON.stringify(body.invalidParams)).toContain("query/page");
          });
        }
        it(`still serves the last allowed page of ${url}`, async () => {
          const res = await app.inject({ url: `${url}?page=1000000`, headers: bearer(keys.noord.admin) });
          expect(res.statusCode, res.body).toBe(200);
          expect(res.json().items).toEqual([]);
        });
      }
    });

    describe("finding 5: a NUL byte in a path", () => {
      for (const url of ["/v1/checks/a%00b", "/v1/cases/a%00b", "/v1/routes/a%00b", "/v1/assessments/a%00b", "/v1/checks/a%00b/shares"]) {
        it(`answers 400 invalid-input for ${url}`, async () => {
          const res = await app.inject({ url, headers: bearer(keys.noord.admin) });
          const body = expectProblem(res, 400, "invalid-input");
          expect(JSON.stringify(body.invalidParams)).toContain("path");
        });
      }
      it("answers 400 invalid-input for a NUL byte in a query string", async () => {
        const res = await app.inject({ url: "/v1/checks?organisation=a%00b", headers: bearer(keys.noord.admin) });
        expectProblem(res, 400, "invalid-input");
      });
    });

    /** A multipart body built by hand, so that file names can hold any character. */
    const rawUpload = (filename: string, content = "# Aanbesteding\n\nDe leverancier logt elke beslissing.\n") =>
      Buffer.concat([
        Buffer.from(`--b0undary\r\nContent-Disposition: form-data; name="files"; filename="${filename}"\r\nContent-Type: text/markdown\r\n\r\n`, "utf8"),
        Buffer.from(content, "utf8"),
        Buffer.from("\r\n--b0undary--\r\n"),
      ]);
    const upload = (filename: string) => post({ "content-type": "multipart/form-data; boundary=b0undary" }, rawUpload(filename));

    it("finding 5: a NUL byte in an uploaded file name is stripped, never a 500", async () => {
      const res = await upload("a\u0000b.md");
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().documents[0].name).toBe("ab.md");
    });

    it("finding 5: a NUL character in a JSON body answers 400 invalid-input naming the field", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/v1/governance-models",
        headers: { ...bearer(keys.noord.admin), "content-type": "application/json" },
        payload: JSON.stringify({ id: "model\u0000x", name: "x" }),
      });
      const body = expectProblem(res, 400, "invalid-input");
      expect(body.invalidParams).toEqual([expect.objectContaining({ name: "body/id", code: "nul-character" })]);
    });

    describe("finding 9: file names", () => {
      it("shortens a 5,003-character name to 255 characters, keeping the extension", async () => {
        const res = await upload(`${"a".repeat(5000)}.md`);
        expect(res.statusCode, res.body).toBe(201);
        const name = res.json().documents[0].name as string;
        expect([...name].length).toBe(255);
        expect(name.endsWith("….md")).toBe(true);
        const html = await app.inject({ url: res.headers.location as string, headers: { ...bearer(keys.noord.officer), accept: "text/html" } });
        expect(html.body).not.toContain("a".repeat(300));
      });
      it("strips a right-to-left override and records the name as sent, escaped, in the audit log", async () => {
        const res = await upload("evil\u202Edm.exe");
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json().documents[0].name).toBe("evildm.exe");
        const id = res.json().id as string;
        const events = await app.inject({ url: `/v1/audit-events?targetId=${id}`, headers: bearer(keys.noord.admin) });
        const detail = JSON.stringify(events.json().items);
        expect(detail).toContain("evil\\\\u{202E}dm.exe");
        expect(detail).not.toContain("\u202E");
      });
    });

    describe("finding 10: a bad %-escape in a path", () => {
      for (const url of ["/v1/checks/%E0%A4%A", "/v1/checks/%zz", "/v1/%"]) {
        it(`answers 400 bad-path for ${url}`, async () => {
          const res = await app.inject({ url, headers: bearer(keys.noord.admin) });
          expectProblem(res, 400, "bad-path");
        });
      }
    });
  });
}

describe("finding 2: the total size of one request", () => {
  let app: FastifyInstance;
  let keys: Tenants;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const started = await startApp("sqlite");
    const limits = { ...started.app.config.limits, maxFileBytes: 1000, maxRequestBytes: 2500 };
    await started.close();
    const small = await startApp("sqlite", { limits });
    app = small.app;
    close = small.close;
    keys = await createTenants(app);
  });
  afterAll(async () => close?.());

  it("answers 413 request-too-large when the files together exceed the limit, each under its own", async () => {
    const file = (n: number) => ({ name: `deel-${n}.md`, bytes: `# Deel ${n}\n\n${"De leverancier logt elke beslissing. ".repeat(25)}` });
    const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([file(1), file(2), file(3)]) });
    const body = expectProblem(res, 413, "request-too-large");
    expect(String(body.detail)).toContain("MiB");
  });
  it("answers 413 request-too-large from the declared Content-Length before reading the body", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/v1/checks",
      headers: { ...bearer(keys.noord.officer), "content-type": "multipart/form-data; boundary=x", "content-length": "999999" },
      payload: "--x--\r\n",
    });
    expectProblem(res, 413, "request-too-large");
  });
  it("still accepts two files under the total", async () => {
    const res = await app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: "a.md", bytes: "# A\n\nDe leverancier logt." }, { name: "b.md", bytes: "# B\n\nTekst." }]) });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe("finding 8: a trickled upload is cut off", () => {
  let app: FastifyInstance;
  let keys: Tenants;
  let port = 0;
  let close: () => Promise<void>;
  const requestTimeoutMs = 1500;
  beforeAll(async () => {
    const started = await startApp("sqlite");
    const limits = { ...started.app.config.limits, checkTimeoutMs: 1000, requestTimeoutMs, idleTimeoutMs: 1000 };
    await started.close();
    const timed = await startApp("sqlite", { limits });
    app = timed.app;
    close = timed.close;
    keys = await createTenants(app);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    port = typeof address === "object" && address !== null ? address.port : 0;
  });
  afterAll(async () => close?.());

  /** Sends headers, then one byte of body every 100 ms; resolves with what came back and when the socket closed. */
  function trickle(headers: string): Promise<{ response: string; ms: number }> {
    return new Promise((resolve) => {
      const started = Date.now();
      const socket = connect(port, "127.0.0.1");
      let response = "";
      let timer: NodeJS.Timeout | undefined;
      socket.setEncoding("utf8");
      socket.on("data", (d) => (response += d));
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearInterval(timer);
        resolve({ response, ms: Date.now() - started });
      });
      socket.write(`POST /v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\n`);
      timer = setInterval(() => socket.write("a"), 100);
      // The test's own bound, far beyond the service's: the socket must be closed long before.
      setTimeout(() => socket.destroy(), 15_000);
    });
  }

  it("closes a trickled upload with 408 after the request timeout", async () => {
    const { response, ms } = await trickle(`Authorization: Bearer ${keys.noord.officer}\r\n`);
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(response).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4))).toMatchObject({ status: 408, code: "request-timeout" });
    expect(ms).toBeGreaterThanOrEqual(requestTimeoutMs - 100);
    expect(ms).toBeLessThan(requestTimeoutMs + 2000);
  });
  it("answers bytes that are no HTTP with a 400 problem, then closes", async () => {
    const response = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let data = "";
      socket.setEncoding("utf8");
      socket.on("data", (d) => (data += d));
      socket.on("error", () => undefined);
      socket.on("close", () => resolve(data));
      socket.write("THIS IS NOT HTTP\r\n\r\n");
      setTimeout(() => socket.destroy(), 5000);
    });
    expect(response).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4))).toMatchObject({ status: 400, code: "malformed-request" });
  });
  it("also closes a trickled upload that was already answered 401", async () => {
    const { response, ms } = await trickle("");
    expect(response).toMatch(/^HTTP\/1\.1 401/);
    expect(ms).toBeLessThan(requestTimeoutMs + 2000);
  });
});

describe("finding 12: query strings are not logged", () => {
  it("logs the route and the parameter names of a search, never the terms", async () => {
    const started = await startApp("sqlite");
    try {
      const keys = await createTenants(started.app);
      const res = await started.app.inject({ url: "/v1/precedents?q=geheime-camerazaak&pageSize=5", headers: bearer(keys.noord.ethics) });
      expect(res.statusCode, res.body).toBe(200);
      await started.app.inject({ url: "/v1/checks?requirement=menselijk-toezicht-xyz", headers: bearer(keys.noord.officer) });
      const text = started.logs();
      expect(text).toContain('"url":"/v1/precedents?q=[redacted]&pageSize=[redacted]"');
      expect(text).not.toContain("geheime-camerazaak");
      expect(text).not.toContain("menselijk-toezicht-xyz");
    } finally {
      await started.close();
    }
  });
});

describe("finding 13: rate limits per key and per client address", () => {
  let app: FastifyInstance;
  let keys: Tenants;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const started = await startApp("sqlite", { rateLimit: { perKey: 5, perAddress: 8, windowMs: 60_000 } });
    app = started.app;
    close = started.close;
    keys = await createTenants(app);
  });
  afterAll(async () => close?.());

  it("answers 429 rate-limited with Retry-After and RateLimit headers once a key is over its limit", async () => {
    const statuses: number[] = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 6; i++) {
      last = await app.inject({ url: "/v1/checks", headers: bearer(keys.noord.officer), remoteAddress: "10.0.0.1" });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const res = last as LightMyRequestResponse;
    const body = expectProblem(res, 429, "rate-limited");
    expect(String(body.detail)).toContain("Retry-After");
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.headers["ratelimit-limit"]).toBe("5");
    expect(res.headers["ratelimit-remaining"]).toBe("0");
    // Another key from the same address still gets through.
    const other = await app.inject({ url: "/v1/checks", headers: bearer(keys.zuid.officer), remoteAddress: "10.0.0.1" });
    expect(other.statusCode).toBe(200);
    expect(other.headers["ratelimit-remaining"]).toBe("1");
  });

  it("limits one client address before authentication, also a flood of wrong keys", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await app.inject({ url: "/v1/checks", headers: bearer(`ethiek_AAAAAAAAAAA${i}_x`), remoteAddress: "10.0.0.2" });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
    expect((await app.inject({ url: "/v1/health", remoteAddress: "10.0.0.2" })).statusCode).toBe(200);
  });

  it("documents 429 with Retry-After on every operation but the readiness probe", async () => {
    const doc = (await app.inject({ url: "/v1/openapi.json" })).json() as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { headers?: Record<string, unknown> }> }>> };
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        if (op.operationId === "getHealth") expect(op.responses["429"]).toBeUndefined();
        else expect(Object.keys(op.responses["429"]?.headers ?? {})).toContain("Retry-After");
      }
    }
  });
});

describe("finding 1 (service side): the check timeout holds while a document is read", () => {
  let app: FastifyInstance;
  let keys: Tenants;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const started = await startApp("sqlite");
    const limits = { ...started.app.config.limits, checkTimeoutMs: 800 };
    await started.close();
    // A reader that never returns for "bom.docx", as a worker stuck inflating a lying zip.
    const stuck = await startApp("sqlite", { limits }, (real) => ({
      ...real,
      extract: (bytes, options) => (options.name === "bom.docx" ? new Promise(() => undefined) : real.extract(bytes, options)),
    }));
    app = stuck.app;
    close = stuck.close;
    keys = await createTenants(app);
  });
  afterAll(async () => close?.());

  it("answers 422 check-timeout within the budget, and a normal check sent meanwhile succeeds", async () => {
    const started = Date.now();
    const bomb = app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.noord.officer), payload: form([{ name: "bom.docx", bytes: "PK", type: "application/octet-stream" }]) });
    const normal = app.inject({ method: "POST", url: "/v1/checks", headers: bearer(keys.zuid.officer), payload: form([{ name: "t.md", bytes: tender("chatbot-publieksvragen.md") }]) });
    const [b, n] = await Promise.all([bomb, normal]);
    const body = expectProblem(b, 422, "check-timeout");
    expect(JSON.stringify(body.invalidParams)).toContain("files/bom.docx");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(n.statusCode, n.body).toBe(201);
    // Nothing half-written: the refused check left no record.
    const list = await app.inject({ url: "/v1/checks", headers: bearer(keys.noord.officer) });
    expect(list.json().total).toBe(0);
  });
});
