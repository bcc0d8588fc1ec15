/** Stable codes of what can go wrong between ethiek and a ZGW installation. */
export type ZgwErrorCode =
  | "ZGW_UNAUTHORIZED"
  | "ZGW_FORBIDDEN"
  | "ZGW_VALIDATION"
  | "ZGW_NOT_FOUND"
  | "ZGW_TIMEOUT"
  | "ZGW_NETWORK"
  | "ZGW_HTTP"
  | "ZGW_BAD_RESPONSE"
  | "ZGW_NO_ZAAKTYPE";

/** One field ZGW refused, as in its `ValidatieFout.invalidParams`. */
export interface ZgwInvalidParam {
  readonly name: string;
  readonly code: string;
  readonly reason: string;
}

/**
 * A failed call to a ZGW installation. `message` is Dutch (B1), `messageEn` English; both say
 * what was asked (method and URL), what the case system answered and how to fix it.
 */
export interface ZgwError {
  readonly code: ZgwErrorCode;
  readonly message: string;
  readonly messageEn: string;
  readonly method?: string;
  readonly url?: string;
  readonly status?: number;
  /** The fields the case system refused (400), each with its reason. */
  readonly invalidParams?: readonly ZgwInvalidParam[];
}

/** Carries a {@link ZgwError} out of nested calls; caught once in `pushCases` / `pullCases`. */
export class ZgwFailure extends Error {
  override readonly name = "ZgwFailure";
  constructor(readonly error: ZgwError) {
    super(error.messageEn);
  }
}

/**
 * One line per refused field, for people: `- zaak.vertrouwelijkheidaanduiding: … [invalid_choice]`.
 *
 * @example
 * if (!report.ok) console.error(formatZgwError(report.error));
 */
export function formatZgwError(error: ZgwError, lang: "nl" | "en" = "nl"): string {
  const lines = [lang === "nl" ? error.message : error.messageEn];
  for (const p of error.invalidParams ?? []) lines.push(`  - ${p.name}: ${p.reason} [${p.code}]`);
  return lines.join("\n");
}
