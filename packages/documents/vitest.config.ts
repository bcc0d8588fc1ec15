import { packageTestConfig } from "../../vitest.shared.js";

// PDF tests start a worker thread per file; on a busy 2-core machine that can take seconds.
export default packageTestConfig({ test: { testTimeout: 30_000 } });
