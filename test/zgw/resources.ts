import type { ZgwCaseExport } from "@ethiek/schemas";
import { loadSpec, type SpecIssue, type ZgwApi } from "./spec.js";

/** Which request schema of which specification each exported resource must pass. */
export const resourceSchemas = {
  zaaktype: ["catalogi", "ZaakTypeCreate"],
  statustypen: ["catalogi", "StatusType"],
  resultaattypen: ["catalogi", "ResultaatTypeCreate"],
  roltypen: ["catalogi", "RolType"],
  zaak: ["zaken", "Zaak"],
  statussen: ["zaken", "Status"],
  rollen: ["zaken", "Rol"],
  resultaat: ["zaken", "Resultaat"],
} as const satisfies Record<keyof ZgwCaseExport, readonly [ZgwApi, string]>;

/** Every schema problem of every resource of an export, as `resource[i] pointer: message`. */
export function validateExport(zgw: ZgwCaseExport): string[] {
  const problems: string[] = [];
  for (const [key, [api, schema]] of Object.entries(resourceSchemas) as [keyof ZgwCaseExport, readonly [ZgwApi, string]][]) {
    const value = zgw[key];
    if (value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      for (const issue of loadSpec(api).validateRequest(schema, item) as SpecIssue[]) {
        problems.push(`${key}${Array.isArray(value) ? `[${i}]` : ""} (${schema}) ${issue.pointer}: ${issue.message}`);
      }
    });
  }
  return problems;
}
