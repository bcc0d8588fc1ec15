import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { zgwToken } from "./jwt.js";

describe("zgwToken", () => {
  it("is an HS256 JWT with the ZGW claims, signed with the secret", () => {
    const token = zgwToken({ clientId: "ethiek", secret: "s3cret" }, 1_700_000_000_500);
    const [h, p, s] = token.split(".");
    expect(JSON.parse(Buffer.from(h!, "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
    expect(JSON.parse(Buffer.from(p!, "base64url").toString())).toEqual({ iss: "ethiek", iat: 1_700_000_000, client_id: "ethiek", user_id: "ethiek", user_representation: "ethiek" });
    expect(s).toBe(createHmac("sha256", "s3cret").update(`${h}.${p}`).digest("base64url"));
  });
});
