// Set-up shared by the governance suites (governance.test.ts, governance-route-list.test.ts): the
// IPO guide as a route item, and keys for IPO and the twelve provinces that the IPO model names.
import type { FastifyInstance } from "fastify";
import { PROVINCES } from "@ethiek/governance";
import { createApiKey, ensureOrganisation } from "../src/auth.js";

/** The item the IPO guide's route is planned for. */
export const guide = { kind: "interprovincial-guide", title: "Interprovinciale Gids Digitale Ethiek" };

/** The key id: the public prefix of `ethiek_<prefix>_<secret>`. */
export const keyId = (key: string): string => key.split("_")[1] as string;

/** Keys of the organisations the IPO model names: IPO itself and the twelve provinces. */
export interface IpoTenants {
  ipo: { admin: string; officer: string; officer2: string };
  provinces: Record<string, { admin: string; officer: string }>;
}

/** An organisation with keys for IPO and for each province. */
export async function createIpoTenants(app: FastifyInstance): Promise<IpoTenants> {
  const db = app.storage.db;
  const key = async (organisation: string, roles: ("officer" | "ethics" | "admin")[]) =>
    (await createApiKey(db, app.config.keyPepper, { organisation, roles, label: roles.join("+") }, "test")).key;
  await ensureOrganisation(db, { id: "ipo", name: "Interprovinciaal Overleg" }, "test");
  const tenants: IpoTenants = {
    ipo: { admin: await key("ipo", ["admin"]), officer: await key("ipo", ["officer"]), officer2: await key("ipo", ["officer"]) },
    provinces: {},
  };
  for (const [id, name] of PROVINCES) {
    await ensureOrganisation(db, { id, name: `Provincie ${name}` }, "test");
    tenants.provinces[id] = { admin: await key(id, ["admin"]), officer: await key(id, ["officer"]) };
  }
  return tenants;
}
