// Rate limits per client address and per API key, with @fastify/rate-limit's counters and the
// RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset headers of the IETF draft that the Dutch
// API Design Rules point to; an exceeded limit is a 429 problem with Retry-After.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RateLimits } from "./config.js";
import { sendProblem } from "./problems.js";

/** Checks one request against one limit; null when the request may go on, else the reply sent. */
export type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | null>;

interface LimitResult {
  readonly isAllowed: boolean;
  readonly max?: number;
  readonly remaining?: number;
  readonly ttlInSeconds?: number;
  readonly isExceeded?: boolean;
}

/** Paths never limited: the load balancer's readiness probe. */
const unlimited = new Set(["/v1/health"]);

/**
 * Registers the rate-limit plugin and returns the two limiters: by client address (call it before
 * authentication) and by API key (after, when `request.actor` is known).
 *
 * @example
 * const { byAddress, byKey } = await registerRateLimits(app, config.rateLimit);
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<{ byAddress: Limiter; byKey: Limiter }> {
  await app.register(rateLimit, { global: false });
  const make = (max: number, what: "address" | "key", key: (request: FastifyRequest) => string): Limiter => {
    if (max === 0) return async () => null;
    const check = app.createRateLimit({ max, timeWindow: limits.windowMs, keyGenerator: key }) as unknown as (request: FastifyRequest) => Promise<LimitResult>;
    return async (request, reply) => {
      if (unlimited.has(request.url.split("?")[0] ?? "")) return null;
      const result = await check(request);
      if (result.isAllowed) return null;
      const reset = result.ttlInSeconds ?? Math.ceil(limits.windowMs / 1000);
      // Both limits count every request; the headers show the tighter one.
      const previous = Number(reply.getHeader("RateLimit-Remaining") ?? Number.POSITIVE_INFINITY);
      if ((result.remaining ?? 0) <= previous) {
        reply.header("RateLimit-Limit", result.max ?? max);
        reply.header("RateLimit-Remaining", result.remaining ?? 0);
        reply.header("RateLimit-Reset", reset);
      }
      if (!result.isExceeded) return null;
      reply.header("Retry-After", reset);
      request.log.warn({ limit: what }, "rate limit exceeded");
      return sendProblem(request, reply, {
        status: 429,
        code: "rate-limited",
        detail:
          what === "key"
            ? `Deze API-sleutel deed meer dan ${max} verzoeken in ${Math.round(limits.windowMs / 1000)} seconden. Wacht ${reset} seconden (Retry-After) en verspreid de verzoeken. (Too many requests for this key; retry after ${reset} s.)`
            : `Vanaf uw adres kwamen meer dan ${max} verzoeken in ${Math.round(limits.windowMs / 1000)} seconden. Wacht ${reset} seconden (Retry-After) en verspreid de verzoeken. (Too many requests from your address; retry after ${reset} s.)`,
      });
    };
  };
  return {
    byAddress: make(limits.perAddress, "address", (request) => `address:${request.ip}`),
    byKey: make(limits.perKey, "key", (request) => `key:${request.actor.id}`),
  };
}
