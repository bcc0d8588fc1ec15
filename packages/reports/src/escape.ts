// Escaping for the HTML report: every piece of document text passes through here.

/**
 * Escapes text for HTML element content and double-quoted attribute values. Every piece of
 * document text passes through here: a tender can contain anything.
 *
 * @example
 * escapeHtml('<script>"x"</script>') // "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
