import type { GovernanceModel } from "@ethiek/schemas";
import { dataFryslanModel } from "./datafryslan.js";
import { ipoModel } from "./ipo.js";
import { overijsselModel } from "./overijssel.js";
import { zuidHollandModel } from "./zuid-holland.js";

export { dataFryslanModel, ipoModel, overijsselModel, zuidHollandModel };
export { PROVINCES, PROVINCE_ORGANISATIONS } from "./helpers.js";

/** The models shipped with the package, by id. */
export const shippedModels: Readonly<Record<string, GovernanceModel>> = {
  ipo: ipoModel,
  "zuid-holland": zuidHollandModel,
  overijssel: overijsselModel,
  datafryslan: dataFryslanModel,
};
