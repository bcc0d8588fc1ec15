// Pieces of route schemas that several areas share. Data shapes are never written here: bodies
// and responses refer to the JSON Schemas in schemas/ with `schemaRef`.

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

/** A response that is a self-contained SVG drawing. */
export const svgResponse = (description: string) => ({
  description,
  content: { "image/svg+xml": { schema: { type: "string", description: "Een op zichzelf staande SVG-tekening." } } },
});
