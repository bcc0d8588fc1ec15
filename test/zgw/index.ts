// Test support for the ZGW integration: the request validators of the real specifications and a
// stateful mock of a ZGW installation built on them.
export { loadSpec, specFiles, type LoadedSpec, type SpecIssue, type ZgwApi } from "./spec.js";
export { resourceSchemas, validateExport } from "./resources.js";
export { startZgwMock, type MockFaults, type MockOptions, type ZgwMock } from "./mock-server.js";
