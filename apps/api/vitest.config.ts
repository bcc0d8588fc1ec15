import { packageTestConfig } from "../../vitest.shared.js";

const config = packageTestConfig({ test: { fileParallelism: false, testTimeout: 30_000, hookTimeout: 30_000 } });

// vitest 4 passes the resolve conditions to Node as `--conditions`. With `import` among them, a
// CommonJS package that requires a dual package gets its ESM build (pg requiring pg-pool then
// fails: "Class extends value [object Module]"). Keep only the conditions Node's require honours.
const nodeSafe = (conditions: string[] | undefined) => conditions?.filter((c) => c !== "import" && c !== "module");
if (config.resolve) config.resolve.conditions = nodeSafe(config.resolve.conditions as string[] | undefined);
if (config.ssr?.resolve) config.ssr.resolve.conditions = nodeSafe(config.ssr.resolve.conditions as string[] | undefined);

// The HTTP and storage suites share one PostgreSQL server and a 2-core machine: files run one at a
// time, and each file gets its own fresh schema.
export default config;
