import { randomUUID } from "node:crypto";
import cors from "@fastify/cors";
import multipart from "@fastify/multipart";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { InvalidParam, Role } from "@ethiek/schemas";
import { authenticate, ensureOrganisation, localActor, localOrganisation, type Actor } from "./auth.js";
import type { Config } from "./config.js";
import { openStorage, type Storage } from "./db/database.js";
import { migrate } from "./db/migrations.js";
import type { Engine } from "./engine.js";
import { apiVersion } from "./openapi.js";
import { clientErrorResponse, errorHandler, sendProblem, type ProblemInit } from "./problems.js";
import { registerRateLimits, type Limiter } from "./ratelimit.js";
import { applyRetention } from "./retention.js";
import { registerRoutes } from "./routes/index.js";
import { createValidatorCompiler } from "./validation.js";

/** Per-route access rule, set as `config: { access: … }` on a route. */
export type Access = "public" | readonly Role[];

declare module "fastify" {
  interface FastifyInstance {
    readonly config: Config;
    readonly storage: Storage;
    readonly engine: Engine;
    /** Checks in progress; graceful shutdown waits for them. */
    readonly inflight: Set<Promise<unknown>>;
    /**
     * Ways to find the caller of a request, tried in order until one answers; the first is the
     * `Authorization: Bearer` key. The web page (src/web) adds its session cookie here.
     */
    readonly credentialReaders: CredentialReader[];
    /**
     * How a browser is answered when no route runs (a path that is not there, that cannot be
     * decoded, or that is too long): the web page (src/web) sets `render`, so a person sees a page
     * instead of problem+json. API paths (`/v1/…`) always get problem+json.
     */
    readonly webErrorPages: { render?: WebErrorPage };
  }
  interface FastifyRequest {
    /** Who is calling; set for every route that is not public. */
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** `public`, or the roles of which the caller needs at least one. Default: any role. */
    access?: Access;
  }
}

/**
 * Finds the actor of a request from one kind of credential: an actor, `null` when the credential
 * is present but not valid (answered 401), or `undefined` when this kind is absent.
 */
export type CredentialReader = (request: FastifyRequest) => Promise<Actor | null | undefined>;

/** Sends an HTML page with `status` (400, 404 or 414) for a request no route answered. */
export type WebErrorPage = (request: FastifyRequest, reply: FastifyReply, status: 400 | 404 | 414) => FastifyReply;

/** Whether a request no route answered comes from a person's browser asking for a web page. */
function wantsWebPage(request: FastifyRequest): boolean {
  const path = request.url.split("?")[0] ?? "";
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !/^\/v1(?:\/|$)/.test(path) &&
    /\btext\/html\b/.test(request.headers.accept ?? "") &&
    request.server.webErrorPages.render !== undefined
  );
}

/** What `buildApp` needs besides the configuration. */
export interface AppDependencies {
  /** The check engine; `createEngine()` binds the real packages. */
  readonly engine: Engine;
  /** An already-open storage (tests share one); otherwise opened from `config.database`. */
  readonly storage?: Storage;
  /** Where log lines go (default stdout); tests capture them to prove what is never logged. */
  readonly logStream?: NodeJS.WritableStream;
}

/**
 * Builds the service: opens the database and migrates it, wires validation, problems, security
 * headers, access control, the OpenAPI document and every route. Does not listen; call
 * `app.listen()` (see `main.ts`) or `app.inject()` in tests.
 *
 * @example
 * const app = await buildApp(defaultConfig(), { engine: await createEngine() });
 * await app.listen({ port: 3000, host: "127.0.0.1" });
 */
export async function buildApp(config: Config, deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Keys and cookies never reach the logs; bodies are never logged at all.
      redact: { paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'], censor: "[redacted]" },
      // Query strings carry search terms and filters (what an officer looked for); a log line
      // keeps the path and the names of the parameters, never their values.
      serializers: {
        req: (req: { method?: string; url?: string; hostname?: string; ip?: string; socket?: { remotePort?: number } }) => ({
          method: req.method,
          url: redactQuery(req.url ?? ""),
          host: req.hostname,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
      ...(deps.logStream !== undefined ? { stream: deps.logStream } : {}),
    },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // A trickled upload or slowly sent headers end after requestTimeoutMs (Node answers 408 and
    // closes the connection), also after a 401; a connection with no traffic at all after
    // idleTimeoutMs. Node looks for overdue requests every connectionsCheckingInterval.
    requestTimeout: config.limits.requestTimeoutMs,
    connectionTimeout: config.limits.idleTimeoutMs,
    http: {
      headersTimeout: Math.min(60_000, config.limits.requestTimeoutMs),
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(config.limits.requestTimeoutMs / 10))),
    },
    // The parser's own errors (the request timeout above, oversized headers, bytes that are no
    // HTTP) answer in problem+json like every other error, then the connection closes.
    clientErrorHandler: (error, socket) => {
      if (!socket.writable || socket.bytesWritten > 0) return void socket.destroy();
      socket.write(clientErrorResponse((error as NodeJS.ErrnoException).code), () => socket.destroy());
    },
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: false, ignoreDuplicateSlashes: false, maxParamLength: 200 },
    // A path the router cannot decode (`/v1/checks/%zz`) or a path segment over 200 characters is
    // answered before any route runs; without this Fastify answers in its own JSON format.
    frameworkErrors: (error, request, reply) => {
      applySecurityHeaders(request, reply);
      const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
      if (wantsWebPage(request)) return request.server.webErrorPages.render!(request, reply, tooLong ? 414 : 400);
      return sendProblem(request, reply, {
        status: tooLong ? 414 : 400,
        code: tooLong ? "path-too-long" : "bad-path",
        detail: tooLong
          ? "Een deel van het pad is langer dan 200 tekens. Controleer de id in het pad."
          : "Het pad bevat een ongeldige %-codering (zoals %zz of een afgebroken %E0%A4). Codeer bijzondere tekens als UTF-8 met %XX, twee hexadecimale cijfers per byte.",
      });
    },
  });

  const storage = deps.storage ?? openStorage(config.database);
  await migrate(storage, config.database.kind === "postgres" ? config.database.schema : undefined);
  if (config.auth === "local") {
    await ensureOrganisation(storage.db, { id: localOrganisation, name: "Lokale organisatie" }, "system");
  }

  app.decorate("config", config);
  app.decorate("storage", storage);
  app.decorate("engine", deps.engine);
  app.decorate("inflight", new Set<Promise<unknown>>());
  app.decorateRequest("actor", null as unknown as Actor);
  const bearerReader: CredentialReader = async (request) => {
    const header = request.headers.authorization;
    if (header === undefined) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match === null ? null : authenticate(storage.db, config.keyPepper, match[1] as string);
  };
  app.decorate("credentialReaders", [bearerReader]);

  app.setValidatorCompiler(createValidatorCompiler());
  // Responses are our own typed values: no schema-driven stripping or coercion on the way out.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.decorate("webErrorPages", {});
  app.setNotFoundHandler((request, reply) =>
    wantsWebPage(request)
      ? request.server.webErrorPages.render!(request, reply, 404)
      : sendProblem(request, reply, {
          status: 404,
          code: "not-found",
          detail: `Er is geen bron ${request.method} ${request.url.split("?")[0]}. Paden eindigen nooit op een schuine streep; zie /v1/openapi.json.`,
        }),
  );

  app.addHook("onRequest", async (request, reply) => applySecurityHeaders(request, reply));
  // Graceful shutdown: stop accepting, drop idle keep-alive connections, answer running requests
  // with `Connection: close` so their sockets end, and only then close the database.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
    app.server.closeIdleConnections?.();
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (closing) reply.header("Connection", "close");
    // HTML pages (src/web) set their own policy; API responses load nothing.
    if (!reply.hasHeader("Content-Security-Policy")) {
      reply.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if (!reply.hasHeader("Cache-Control")) reply.header("Cache-Control", "no-store");
    return payload;
  });
  app.addHook("onRequest", async (request, reply) => {
    // No trailing slashes (ADR /core/no-trailing-slash): `/v1/checks/` is not `/v1/checks`, and
    // must not reach `/v1/checks/:id` with an empty id either.
    const path = request.url.split("?")[0] ?? "";
    if (path.length > 1 && path.endsWith("/")) {
      if (wantsWebPage(request)) return request.server.webErrorPages.render!(request, reply, 404);
      return sendProblem(request, reply, {
        status: 404,
        code: "not-found",
        detail: `Er is geen bron ${path}. Paden eindigen nooit op een schuine streep: probeer ${path.replace(/\/+$/, "")}.`,
      });
    }
    // A NUL character is never part of an id or a search term, and PostgreSQL refuses it in text
    // (a 500 before this check); it is refused here for every route and both databases alike.
    const nul = [...nulParams("path", request.params), ...nulParams("query", request.query)];
    if (nul.length > 0) return wantsWebPage(request) ? request.server.webErrorPages.render!(request, reply, 400) : sendProblem(request, reply, nulProblem(nul));
    // Counted before authentication, so that a flood of bad keys is limited too.
    const limited = await limiters.byAddress(request, reply);
    if (limited !== null) return limited;
    return authorise(app, request, reply, limiters.byKey);
  });
  // The same for JSON bodies, before their schema is checked (multipart file names are cleaned
  // where the upload is read, see uploads.ts).
  app.addHook("preValidation", async (request, reply) => {
    if (request.isMultipart()) return undefined;
    const nul = nulParams("body", request.body);
    if (nul.length > 0) return wantsWebPage(request) ? request.server.webErrorPages.render!(request, reply, 400) : sendProblem(request, reply, nulProblem(nul));
    return undefined;
  });

  const limiters = await registerRateLimits(app, config.rateLimit);
  await app.register(cors, {
    delegator: (req, callback) => {
      const url = req.url ?? "";
      if (url === "/v1/openapi.json" || url.startsWith("/v1/openapi.json?")) {
        callback(null, { origin: "*", methods: ["GET"] });
        return;
      }
      const origin = req.headers.origin;
      const allowed = origin !== undefined && (config.corsOrigins.includes(origin) || config.corsOrigins.includes("*"));
      callback(null, {
        origin: allowed ? origin : false,
        methods: ["GET", "POST", "DELETE"],
        allowedHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "Accept", "X-Request-Id"],
        exposedHeaders: ["API-Version", "Location", "X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"],
      });
    },
  });
  await app.register(multipart, {
    limits: {
      fileSize: config.limits.maxFileBytes,
      // Per part; the total over all parts is counted while reading (uploads.ts).
      files: config.limits.maxFiles,
      // The web page's assessment form sends one field per question (the request as a whole is
      // still capped by its declared length, see uploads.ts).
      fields: 64,
      fieldSize: 1024 * 1024,
      parts: config.limits.maxFiles + 64,
    },
  });
  await app.register(swagger, {
    openapi: { openapi: "3.1.0", info: { title: "ethiek API", version: apiVersion } },
    hideUntagged: true,
  });

  await app.register(registerRoutes);

  // Retention: erase expired checks at start and every hour after (each instance may; the
  // deletes are idempotent). A failure is logged and tried again the next hour.
  if (config.retentionDays > 0) {
    const sweep = () =>
      applyRetention(storage.db, config.retentionDays).then(
        (r) => (r.erased > 0 ? app.log.info({ erased: r.erased, before: r.before }, "retention: expired checks erased") : undefined),
        (error: unknown) => app.log.error({ err: error }, "retention sweep failed"),
      );
    app.addHook("onReady", async () => {
      await sweep();
    });
    const timer = setInterval(() => void sweep(), 60 * 60 * 1000);
    timer.unref();
    app.addHook("preClose", async () => clearInterval(timer));
  }

  app.addHook("onClose", async () => {
    // Let running checks finish (their transactions commit) before the database closes.
    await Promise.allSettled([...app.inflight]);
    if (deps.storage === undefined) await storage.close();
  });
  return app;
}

/**
 * A URL with the values of its query parameters replaced, for logs.
 *
 * @example
 * redactQuery("/v1/precedents?q=camera&pageSize=5") // "/v1/precedents?q=[redacted]&pageSize=[redacted]"
 */
export function redactQuery(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => `${pair.split("=")[0]?.slice(0, 50) ?? ""}=[redacted]`);
  return `${url.slice(0, q)}?${names.join("&")}`;
}

/** The response headers every answer carries, also those given before a route is found. */
function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header("API-Version", apiVersion);
  reply.header("X-Request-Id", request.id);
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("X-Frame-Options", "DENY");
  reply.header("Referrer-Policy", "no-referrer");
  reply.header("Strict-Transport-Security", "max-age=31536000");
  reply.header("Cross-Origin-Opener-Policy", "same-origin");
  reply.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
}

/**
 * Every string (value or property name) under `value` that contains a NUL character, as
 * `invalidParams` named by where it is (`path/id`, `query/q`, `body/title`). Stops at 20.
 *
 * @example
 * nulParams("path", { id: "a\u0000b" }) // [{ name: "path/id", reason: "…", code: "nul-character" }]
 */
export function nulParams(part: string, value: unknown): InvalidParam[] {
  const found: InvalidParam[] = [];
  const reason = "bevat een NUL-teken (\\u0000 of %00); laat het weg";
  const visit = (v: unknown, pointer: string, depth: number): void => {
    if (found.length >= 20 || depth > 64) return;
    if (typeof v === "string") {
      if (v.includes("\u0000")) found.push({ name: `${part}${pointer}`, reason, code: "nul-character" });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${pointer}/${i}`, depth + 1));
    } else if (v !== null && typeof v === "object") {
      for (const [key, item] of Object.entries(v)) {
        const at = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (key.includes("\u0000")) found.push({ name: `${part}${at.replace(/\u0000/g, "\\u0000")}`, reason, code: "nul-character" });
        visit(item, at, depth + 1);
      }
    }
  };
  visit(value, "", 0);
  return found;
}

function nulProblem(invalidParams: readonly InvalidParam[]): ProblemInit {
  return {
    status: 400,
    code: "invalid-input",
    detail: `Het verzoek bevat een NUL-teken (\\u0000 of %00) in ${invalidParams.map((p) => p.name).join(", ")}. Laat dat teken weg; het hoort in geen enkele id of tekst.`,
    invalidParams,
  };
}

async function authorise(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, byKey: Limiter): Promise<FastifyReply | undefined> {
  const access = request.routeOptions.config.access;
  // Unknown routes answer 404 whoever asks; public routes need no key.
  if (request.routeOptions.url === undefined || access === "public" || request.method === "OPTIONS") return undefined;
  let actor: Actor | null | undefined;
  if (app.config.auth === "local") actor = localActor;
  else {
    for (const read of app.credentialReaders) {
      actor = await read(request);
      if (actor !== undefined) break;
    }
    if (actor === null || actor === undefined) {
      reply.header("WWW-Authenticate", 'Bearer realm="ethiek"');
      return sendProblem(request, reply, {
        status: 401,
        code: "unauthenticated",
        detail:
          actor === undefined
            ? "Stuur een API-sleutel mee: Authorization: Bearer <sleutel>. Een beheerder maakt sleutels met npm run keys -- create."
            : "Deze API-sleutel is onbekend, ingetrokken of onjuist.",
      });
    }
  }
  request.actor = actor;
  // Every later log line of this request says who made it (the key id, never the key).
  request.log = request.log.child({ actor: actor.id, organisation: actor.organisation });
  const limited = await byKey(request, reply);
  if (limited !== null) return limited;
  const roles = actor.roles;
  if (Array.isArray(access) && !access.some((role) => roles.has(role))) {
    return sendProblem(request, reply, {
      status: 403,
      code: "role-required",
      detail: `Hiervoor is de rol ${access.join(" of ")} nodig; uw sleutel heeft ${[...roles].join(", ")}.`,
    });
  }
  return undefined;
}
