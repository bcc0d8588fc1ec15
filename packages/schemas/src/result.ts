// The one `Result` of the repository. It lives here, in the package every other package already
// depends on, because the validators were the first to return it: a package that validates and
// then applies its own rules hands on one shape, and a caller's `if (!result.ok)` reads the same
// everywhere (docs/decisions/0045-one-helper-each.md).

/**
 * The outcome of an operation that can fail in an expected way: the value, or every problem that
 * prevented it. Expected failures are values, never exceptions; a `switch` on each error's `code`
 * is then exhaustive.
 *
 * @example
 * function parsePort(text: string): Result<number, { code: "NOT_A_PORT" }> {
 *   const port = Number(text);
 *   return Number.isInteger(port) && port > 0 && port < 65536 ? ok(port) : fail({ code: "NOT_A_PORT" });
 * }
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

/**
 * A successful result.
 *
 * @example
 * ok(42) // { ok: true, value: 42 }
 */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/**
 * A failed result with one or more errors; callers report them all at once.
 *
 * @example
 * fail({ code: "UNKNOWN_BODY" }, { code: "ROUTE_CYCLE" }) // { ok: false, errors: [ … both … ] }
 */
export const fail = <E>(...errors: E[]): { readonly ok: false; readonly errors: readonly E[] } => ({ ok: false, errors });
