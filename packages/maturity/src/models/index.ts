import type { MaturityModel } from "@ethiek/schemas";
import { provincialModel } from "./provinces.js";

export { ODI_2024_MODEL_ID, provincialModel } from "./provinces.js";

/** The models ethiek ships, by id. ODI's model is not shipped: import the file with `importOdiModel`. */
export const shippedModels: Readonly<Record<string, MaturityModel>> = { [provincialModel.id]: provincialModel };
