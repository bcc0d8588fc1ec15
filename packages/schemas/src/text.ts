// Text helpers every package shares: escaping for HTML and XML, and kebab-case ids. One copy of
// each, here, because @ethiek/schemas is the one package all others already depend on and it
// depends on nothing of ours; a separate package for some thirty lines would need a release of its
// own. Why not the `entities` package: docs/decisions/0045-one-helper-each.md.

/**
 * Escapes text for HTML element content and double-quoted or single-quoted attribute values.
 * Every piece of document text and every name a person typed passes through here: a tender or a
 * case can contain anything. The apostrophe becomes `&#39;`, which every HTML parser knows.
 *
 * @example
 * escapeHtml(`<script>"x"</script>`) // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Escapes text for XML content and attribute values (SVG, JUnit XML). Characters XML 1.0 cannot
 * hold at all (most control characters, U+FFFE, U+FFFF) are dropped and a lone surrogate becomes
 * U+FFFD, because a single one of them makes the whole file unreadable to an XML parser.
 *
 * @example
 * escapeXml(`a < "b"\u0007`) // "a &lt; &quot;b&quot;"
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/**
 * Turns any text into a kebab-case id as the schemas' id and tag patterns want it
 * (`^[a-z0-9]+(-[a-z0-9]+)*$`): accents are dropped, every run of other characters becomes one
 * hyphen. Empty when nothing is left. It does not split camelCase: ids come from names people
 * type and from error codes, neither of which is camelCase.
 *
 * @example
 * kebabId("Ruimtelijke ordening ") // "ruimtelijke-ordening"
 * kebabId("PDF_ENCRYPTED")        // "pdf-encrypted"
 * kebabId("Privé & veilig")       // "prive-veilig"
 */
export function kebabId(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
