// Set-up shared by the suites of the checking API (checks.test.ts and checks-access.test.ts): an
// app on a fresh database with two provinces and a commission, and one check each for noord and
// zuid to read, list, share and contest.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Check } from "@ethiek/schemas";
import { bearer, createTenants, expectProblem as expectAnyProblem, form, startApp, tender, type Tenants } from "./harness.js";

/** A tender with many open findings. */
export const weak = () => tender("cv-screening-werving.md");
/** A tender that meets most requirements. */
export const strong = () => tender("subsidie-risicoscore.md");

/** A problem of the checking API: on top of the general rules, `instance` is the request's /v1 path. */
export function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  const body = expectAnyProblem(res, status, code);
  expect(body).toMatchObject({ status, instance: expect.stringMatching(/^\/v1\//) });
  return body;
}

/** Sends files (by default the weak tender) to POST /v1/checks with a key. */
export type Submit = (
  key: string,
  files?: { name: string; bytes: Buffer | string; type?: string }[],
  fields?: Record<string, string>,
  headers?: Record<string, string>,
) => Promise<LightMyRequestResponse>;

/** What the suites share: the app, its log, the keys, the two first checks and `submit`. */
export interface ChecksApp {
  readonly app: FastifyInstance;
  readonly logs: () => string;
  readonly close: () => Promise<void>;
  readonly keys: Tenants;
  readonly noordCheck: Check;
  readonly zuidCheck: Check;
  readonly submit: Submit;
}

/** Starts the app on a fresh database of the given kind with its tenants and their first checks. */
export async function startChecks(name: "sqlite" | "postgres"): Promise<ChecksApp> {
  const { app, logs, close } = await startApp(name);
  const submit: Submit = (key, files = [{ name: "leidraad.md", bytes: weak() }], fields = {}, headers = {}) =>
    app.inject({ method: "POST", url: "/v1/checks", headers: { ...bearer(key), ...headers }, payload: form(files, fields) });
  const keys = await createTenants(app);
  const a = await submit(keys.noord.officer);
  expect(a.statusCode, a.body).toBe(201);
  const b = await submit(keys.zuid.officer);
  expect(b.statusCode, b.body).toBe(201);
  return { app, logs, close, keys, noordCheck: a.json(), zuidCheck: b.json(), submit };
}
