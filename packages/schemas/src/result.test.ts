import { describe, expect, it } from "vitest";
import { fail, ok, type Result } from "./result.js";

describe("Result", () => {
  it("carries a value or every error, and narrows on `ok`", () => {
    const half = (n: number): Result<number, { code: "ODD" }> => (n % 2 === 0 ? ok(n / 2) : fail({ code: "ODD" }));
    const even = half(4);
    const odd = half(3);
    expect(even.ok && even.value).toBe(2);
    expect(odd.ok ? [] : odd.errors).toEqual([{ code: "ODD" }]);
    expect(fail("a", "b")).toEqual({ ok: false, errors: ["a", "b"] });
  });
});
