/**
 * @ethiek/zgw: ethics cases in a ZGW case system (VNG Zaken API 1.5, Catalogi API 1.3). The HTTP
 * edge: `pushCases` and `pullCases` over a client with ZGW JWT authentication. The mapping itself
 * is pure and lives in @ethiek/cases (`toZgw`, `fromZgw`).
 */
export { formatZgwError, type ZgwError, type ZgwErrorCode, type ZgwInvalidParam } from "./errors.js";
export { zgwToken } from "./jwt.js";
export { zgwHttp, type Fetch, type ZgwCredentials, type ZgwHttp } from "./http.js";
export { covers, differingFields, requestBody, type ZgwResourceKind } from "./sync.js";
export {
  pushCases,
  type ZgwPushCounts,
  type ZgwPushHooks,
  type ZgwPushOptions,
  type ZgwPushReport,
  type ZgwPushStep,
  type ZgwPushWarning,
  type ZgwPushWarningCode,
  type ZgwStepAction,
} from "./push.js";
export { pullCases, type ZgwPullOptions, type ZgwPullReport } from "./pull.js";
