/**
 * @ethiek/governance: the bodies and mandates of provinces, IPO and a data cooperative as data;
 * the route an item must take through them; and the route's state machine. Pure logic, no I/O.
 */
export * from "./errors.js";
export { checkGovernanceModel, contradictionIn, loadGovernanceModel } from "./model.js";
export { DEFAULT_MAX_RETURNS, planRoute } from "./plan.js";
export {
  applyEvent,
  complete,
  createRoute,
  isTerminal,
  loadRoute,
  maxEventCount,
  nextValidEvents,
  overdueSteps,
  recordOutcome,
  returnTo,
  routeProgress,
  start,
  withdraw,
} from "./route.js";
export { proposeTenderEscalation, routeEthicsCase } from "./integration.js";
export { modelToMermaid, modelToSvg, routeToMermaid, routeToSvg, type DiagramLanguage } from "./diagram.js";
export * from "./models/index.js";
