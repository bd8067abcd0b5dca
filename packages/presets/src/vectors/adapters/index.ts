/**
 * Every adapter, by vector `kind`: each group lives beside the preset (or core utility) it runs.
 * @module
 */
import type { AdapterTable } from "../types.js";
import { ADAPTERS as DOMAIN } from "./domain.js";
import { ADAPTERS as PERMENPANRB_1_2023 } from "./permenpanrb-1-2023.js";
import { ADAPTERS as PERMENPANRB_6_2022 } from "./permenpanrb-6-2022.js";
import { ADAPTERS as PERMENPANRB_8_2021 } from "./permenpanrb-8-2021.js";
import { ADAPTERS as PP_30_2019 } from "./pp-30-2019.js";
import { ADAPTERS as PP_46_2011 } from "./pp-46-2011.js";
import { ADAPTERS as SE_MENPANRB_3_2023 } from "./se-menpanrb-3-2023.js";

/** The adapters of every kind the public vectors use. */
export const ALL_ADAPTERS: AdapterTable = Object.freeze({
  ...PERMENPANRB_6_2022,
  ...SE_MENPANRB_3_2023,
  ...PP_30_2019,
  ...PERMENPANRB_8_2021,
  ...PP_46_2011,
  ...PERMENPANRB_1_2023,
  ...DOMAIN,
});
