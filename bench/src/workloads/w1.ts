import type { Workload } from "../types.js";
import { generatePlans, jreRunner, kinerjaRunner, zenRunner } from "./skp.js";

/** W1: a realistic SKP sheet, one plan per evaluation, the same semantics in every engine. */
export const w1: Workload = {
  id: "w1",
  title: "W1 — SKP sheet (10 IKI, band table, kuadran)",
  cases: (options) => {
    const count = options.quick ? 200 : 1000;
    const plans = () => generatePlans(count);
    return [
      {
        id: "w1",
        label: `${count} distinct plans`,
        engines: [
          { engine: "Kinerja", make: () => kinerjaRunner(plans(), false) },
          { engine: "Kinerja (trace)", make: () => kinerjaRunner(plans(), true) },
          { engine: "json-rules-engine", make: () => jreRunner(plans()) },
          { engine: "zen-engine", make: () => zenRunner(plans()) },
        ],
      },
    ];
  },
};
