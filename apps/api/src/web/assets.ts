// The page's own stylesheets and script, served from the app itself (no CDN), gzipped once at
// start-up and cached for a year under a URL that changes with their content.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { sha256 } from "../hash.js";
import { clientScript } from "./client.js";
import { appCss } from "./styles.js";

interface Asset {
  readonly body: string;
  /** The body gzipped once at start-up: the NL Design System stylesheet shrinks about tenfold. */
  readonly gzip: Buffer;
  readonly type: string;
  readonly url: string;
}

/** The page's assets: the NL Design System stylesheet, the page's own styles and its script. */
export type Assets = Record<"nlds" | "css" | "js", Asset>;

const version = (body: string) => sha256(body).slice(0, 12);

/**
 * The NL Design System stylesheet served from the app itself (no CDN): the "voorbeeld" theme's
 * tokens (EUPL-1.2) and the Utrecht component library (EUPL-1.2), read once from node_modules.
 */
export function loadAssets(): Assets {
  const require = createRequire(import.meta.url);
  const read = (id: string) => readFileSync(require.resolve(id), "utf8");
  const nlds = `${read("@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css")}\n${read("@utrecht/component-library-css/dist/index.css")}`;
  const make = (name: string, body: string, type: string): Asset => ({ body, gzip: gzipSync(body), type, url: `/static/${name}?v=${version(body)}` });
  return {
    nlds: make("nlds.css", nlds, "text/css; charset=utf-8"),
    css: make("app.css", appCss, "text/css; charset=utf-8"),
    js: make("app.js", clientScript, "text/javascript; charset=utf-8"),
  };
}

/** Serves each asset at its path, gzipped for a browser that accepts it. */
export function assetRoutes(app: FastifyInstance, assets: Assets): void {
  for (const asset of Object.values(assets)) {
    app.get(asset.url.split("?")[0] as string, { config: { access: "public" } }, async (request, reply) => {
      reply.type(asset.type).header("Cache-Control", "public, max-age=31536000, immutable").header("Vary", "Accept-Encoding");
      const accepts = request.headers["accept-encoding"];
      if (typeof accepts === "string" && /\bgzip\b/.test(accepts)) return reply.header("Content-Encoding", "gzip").send(asset.gzip);
      return reply.send(asset.body);
    });
  }
}
