import { createHmac } from "node:crypto";

const b64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");

/**
 * The bearer token ZGW installations expect (the ZGW "autorisatie" scheme, as Open Zaak does it):
 * a JWT signed with HS256 with the client's secret, carrying `iss` and `client_id` (the client id),
 * `iat`, and the user on whose behalf the call is made.
 *
 * @example
 * headers.Authorization = `Bearer ${zgwToken({ clientId: "ethiek", secret }, Date.now())}`;
 */
export function zgwToken(
  credentials: { readonly clientId: string; readonly secret: string; readonly userId?: string; readonly userRepresentation?: string },
  nowMs: number,
): string {
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({
      iss: credentials.clientId,
      iat: Math.floor(nowMs / 1000),
      client_id: credentials.clientId,
      user_id: credentials.userId ?? credentials.clientId,
      user_representation: credentials.userRepresentation ?? credentials.userId ?? credentials.clientId,
    }),
  );
  const signature = createHmac("sha256", credentials.secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
