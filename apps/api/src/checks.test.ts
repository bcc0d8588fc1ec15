// diffReports is tested where it lives, in @ethiek/procurement (src/diff.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kebab } from "./problems.js";
import { negotiate } from "./routes/checks/negotiate.js";

describe("negotiate", () => {
  const offers = ["application/json", "application/sarif+json", "text/html"];

  it("honours quality values, exact types over wildcards, and refuses what is not offered", () => {
    expect(negotiate(undefined, offers)).toBe("application/json");
    expect(negotiate("*/*", offers)).toBe("application/json");
    expect(negotiate("text/html,application/xhtml+xml,*/*;q=0.8", offers)).toBe("text/html");
    expect(negotiate("application/json;q=0.5, application/sarif+json", offers)).toBe("application/sarif+json");
    expect(negotiate("text/*", offers)).toBe("text/html");
    expect(negotiate("image/png", offers)).toBe(false);
    expect(negotiate("text/html;q=0", offers)).toBe(false);
  });

  it("never throws and only answers an offered type or false, for any header (property)", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const answer = negotiate(header, offers);
        expect(answer === false || offers.includes(answer)).toBe(true);
      }),
    );
  });
});

describe("kebab", () => {
  it("turns the document reader's codes into problem codes", () => {
    expect(kebab("PDF_ENCRYPTED")).toBe("pdf-encrypted");
    expect(kebab("TOO_MANY_PAGES")).toBe("too-many-pages");
  });
});
