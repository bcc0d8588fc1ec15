import { fromZgw, type ZgwImportError, type ZgwRemoteType, type ZgwZaakBundle } from "@ethiek/cases";
import type { Case } from "@ethiek/schemas";
import { type ZgwError, ZgwFailure } from "./errors.js";
import { type Fetch, type ZgwCredentials, type ZgwHttp, zgwHttp } from "./http.js";

/** Where to pull from and as whom. */
export interface ZgwPullOptions extends ZgwCredentials {
  readonly zakenApiUrl: string;
  readonly catalogiApiUrl: string;
  readonly catalogusUrl: string;
  /** The zaaktype's identificatie; default `ETHIEK-CASUS` (what the push creates). */
  readonly zaaktypeIdentificatie?: string;
}

/**
 * The outcome of a pull: the cases, and the zaken that could not become a case (with the reason).
 * On failure nothing is returned at all, so a caller never stores half a pull.
 */
export type ZgwPullReport =
  | { readonly ok: true; readonly cases: readonly Case[]; readonly skipped: readonly ZgwImportError[]; readonly requests: number }
  | { readonly ok: false; readonly error: ZgwError; readonly requests: number };

const base = (u: string) => u.replace(/\/+$/, "");

/**
 * Reads every zaak of the ethics zaaktype (all its versions) from a ZGW installation, with its
 * statussen, rollen and resultaat, and turns each into a case ({@link fromZgw}) for the
 * moresprudentie. Reads only. Never throws for a failure of the case system.
 *
 * @example
 * const report = await pullCases({ zakenApiUrl, catalogiApiUrl, catalogusUrl, clientId, secret });
 * if (report.ok) index = PrecedentIndex.build(report.cases);
 */
export async function pullCases(options: ZgwPullOptions, hooks: { readonly http?: ZgwHttp; readonly fetch?: Fetch } = {}): Promise<ZgwPullReport> {
  const inner = hooks.http ?? zgwHttp(options, hooks.fetch);
  let requests = 0;
  const http: Pick<ZgwHttp, "list"> = {
    list: (url, query) => {
      requests += 1;
      return inner.list(url, query);
    },
  };
  const catalogi = base(options.catalogiApiUrl);
  const zakenApi = base(options.zakenApiUrl);
  const identificatie = options.zaaktypeIdentificatie ?? "ETHIEK-CASUS";
  try {
    const zaaktypen = await http.list(`${catalogi}/zaaktypen`, { catalogus: options.catalogusUrl, identificatie, status: "alles" });
    if (zaaktypen.length === 0) {
      return {
        ok: false,
        requests,
        error: {
          code: "ZGW_NO_ZAAKTYPE",
          message: `De catalogus ${options.catalogusUrl} heeft geen zaaktype ${identificatie}. Zet eerst casussen in het zaaksysteem (ethiek cases push), of geef de identificatie van uw eigen zaaktype voor ethische casussen.`,
          messageEn: `The catalogue ${options.catalogusUrl} has no zaaktype ${identificatie}. Push cases first (ethiek cases push), or give the identificatie of your own zaaktype for ethics cases.`,
        },
      };
    }
    const cases: Case[] = [];
    const skipped: ZgwImportError[] = [];
    for (const zaaktype of zaaktypen) {
      const url = String(zaaktype.url);
      const [statustypen, resultaattypen, roltypen] = (await Promise.all(
        ["statustypen", "resultaattypen", "roltypen"].map((p) => http.list(`${catalogi}/${p}`, { zaaktype: url, status: "alles" })),
      )) as unknown as [ZgwRemoteType[], ZgwRemoteType[], ZgwRemoteType[]];
      const zaken = await http.list(`${zakenApi}/zaken`, { zaaktype: url });
      for (const zaak of zaken) {
        const zaakUrl = String(zaak.url);
        const [statussen = [], rollen = [], resultaten = []] = await Promise.all(["statussen", "rollen", "resultaten"].map((p) => http.list(`${zakenApi}/${p}`, { zaak: zaakUrl })));
        const bundle = { zaak, statussen, rollen, resultaat: resultaten[0] ?? null, statustypen, resultaattypen, roltypen } as unknown as ZgwZaakBundle;
        const r = fromZgw(bundle);
        if (r.ok) cases.push(r.value);
        else skipped.push(...r.errors);
      }
    }
    return { ok: true, cases, skipped, requests };
  } catch (thrown) {
    if (thrown instanceof ZgwFailure) return { ok: false, error: thrown.error, requests };
    throw thrown;
  }
}
