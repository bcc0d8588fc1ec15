import type { CheckReport } from "@ethiek/schemas";

/**
 * The reports as JSON that validates against `schemas/check-report.schema.json`: one report object
 * for one tender, an array for several.
 *
 * @example
 * process.stdout.write(formatJson([report])); // {"schemaVersion":"1.0",…}
 */
export function formatJson(reports: readonly CheckReport[]): string {
  const value = reports.length === 1 ? reports[0] : reports;
  return `${JSON.stringify(value, null, 2)}\n`;
}
