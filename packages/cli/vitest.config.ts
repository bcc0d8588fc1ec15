import { packageTestConfig } from "../../vitest.shared.js";

// The end-to-end tests spawn the built command several times per test; on a busy 2-core CI machine
// one spawn can take seconds, so the default 5 s per test is too tight.
export default packageTestConfig({ test: { testTimeout: 30_000 } });
