// Content negotiation for the routes that answer in several formats (a check, its annex).
/**
 * Picks the best of `offered` for an Accept header (quality values honoured, wildcards allowed);
 * false when none is acceptable. No header means the first offer.
 *
 * @example
 * negotiate("text/html;q=0.9, application/sarif+json", ["application/json", "application/sarif+json"]) // "application/sarif+json"
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | false {
  if (accept === undefined || accept.trim() === "") return offered[0] ?? false;
  let best: { type: string; q: number; order: number } | undefined;
  accept.split(",").forEach((entry, order) => {
    const [range = "", ...params] = entry.trim().split(";").map((s) => s.trim());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!(q > 0)) return;
    const [type, sub] = range.toLowerCase().split("/");
    for (const offer of offered) {
      const [ot, os] = offer.split("/");
      const matches = (type === "*" && sub === "*") || (type === ot && (sub === "*" || sub === os));
      // Exact matches beat wildcards at equal quality; then the client's order.
      const score = q + (sub === "*" ? 0 : 0.0001);
      if (matches && (best === undefined || score > best.q || (score === best.q && order < best.order))) {
        best = { type: offer, q: score, order };
      }
    }
  });
  return best?.type ?? false;
}
