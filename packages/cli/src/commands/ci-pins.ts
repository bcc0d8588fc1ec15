/**
 * Third-party GitHub Actions that ethiek's workflows use, pinned by commit SHA (a tag can be moved;
 * a commit cannot). The shipped action (integrations/github/action.yml), the release workflow and
 * the workflow `ethiek init --ci github` writes use these same commits; a test keeps them equal.
 */
export const actionPins = {
  checkout: { action: "actions/checkout", sha: "3d3c42e5aac5ba805825da76410c181273ba90b1", tag: "v7.0.1" },
  setupNode: { action: "actions/setup-node", sha: "820762786026740c76f36085b0efc47a31fe5020", tag: "v7.0.0" },
  uploadSarif: { action: "github/codeql-action/upload-sarif", sha: "8aad20d150bbac5944a9f9d289da16a4b0d87c1e", tag: "v4.36.2" },
  changesets: { action: "changesets/action", sha: "8488615a623b1b9c987934bb89eae8af6a946ac1", tag: "v2.1.1" },
} as const;

/** `owner/repo@sha # tag`, as written after `uses:`. */
export function pinned(pin: (typeof actionPins)[keyof typeof actionPins]): string {
  return `${pin.action}@${pin.sha} # ${pin.tag}`;
}

/** The repository whose `integrations/` hold the shipped GitHub action and GitLab component. */
export const integrationsRepository = "ethiek/ethiek";
