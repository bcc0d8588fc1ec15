/**
 * The ethiek checking service as a library: `buildApp` for embedding and tests, `loadConfig` for
 * the environment, the storage and key helpers the `keys` command uses.
 */
export { buildApp, type Access, type AppDependencies, type CredentialReader } from "./app.js";
export { openApiDocument } from "./openapi-document.js";
export { defaultConfig, formatConfigIssues, isLoopback, loadConfig, type Config, type ConfigIssue, type Limits } from "./config.js";
export { openStorage, type Storage } from "./db/database.js";
export { migrate } from "./db/migrations.js";
export { authenticate, createApiKey, ensureOrganisation, listApiKeys, revokeApiKey, type Actor } from "./auth.js";
export type { Engine, InstalledRuleset } from "./engine.js";
export { createEngine } from "./engine-default.js";
export { apiVersion } from "./openapi.js";
export { withWorkerPool, workerFile } from "./check-pool.js";
