// Pieces of route schemas that several areas share. Data shapes are never written here: bodies
// and responses refer to the JSON Schemas in schemas/ with `schemaRef`.
import { maxPage } from "../pagination.js";

/**
 * The path parameter `id`, with what it identifies (in Dutch, as the OpenAPI document shows it).
 *
 * @example
 * params: idParams("De identificatie van de route.")
 */
export const idParams = (what: string, maxLength = 100) =>
  ({
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: { id: { type: "string", minLength: 1, maxLength, description: what } },
  }) as const;

/**
 * The query parameter `language` of a text the API writes: Dutch unless English is asked for.
 *
 * @example
 * querystring: { type: "object", additionalProperties: false, properties: { language: languageProperty("De taal van de teksten.") } }
 */
export const languageProperty = (description: string) => ({ type: "string", enum: ["nl", "en"], default: "nl", description }) as const;

/**
 * The query parameters `page` and `pageSize` of a list read a page at a time (`src/pagination.ts`
 * caps the page). Spread them into a querystring's properties where the OpenAPI document lists them.
 *
 * @example
 * properties: { ...pageProperties("Het aantal toetsen per pagina (1 tot 100)."), status: { … } }
 */
export const pageProperties = (pageSizeDescription: string, options: { defaultSize?: number; pageDescription?: string } = {}) =>
  ({
    page: { type: "integer", minimum: 1, maximum: maxPage, default: 1, description: options.pageDescription ?? "Het paginanummer, vanaf 1." },
    pageSize: { type: "integer", minimum: 1, maximum: 100, default: options.defaultSize ?? 20, description: pageSizeDescription },
  }) as const;

/** A response that is a self-contained SVG drawing. */
export const svgResponse = (description: string) => ({
  description,
  content: { "image/svg+xml": { schema: { type: "string", description: "Een op zichzelf staande SVG-tekening." } } },
});
