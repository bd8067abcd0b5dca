/**
 * W5: compile / cold-start time. One evaluation = compiling a policy from its parsed JSON (parsing
 * the file is not counted). The first compile in a fresh process is reported as "cold".
 */
import { ZenEngine } from "@gorules/zen-engine";
import { compilePolicy } from "@kinerja/core";
import { Engine, Rule, type RuleProperties } from "json-rules-engine";
import { readBenchJson } from "../files.js";
import type { Runner, Workload } from "../types.js";

export const w5: Workload = {
  id: "w5",
  title: "W5 — compile / cold start",
  cases: () => [
    {
      id: "w5-preset",
      label: "PermenPANRB 6/2022 preset",
      engines: [{ engine: "Kinerja compilePolicy", check: "none", make: () => once(readBenchJson("../packages/presets/policies/permenpanrb-6-2022.json"), (d) => compilePolicy(d)) }],
    },
    {
      id: "w5-skp",
      label: "W1 SKP sheet",
      engines: [
        { engine: "Kinerja compilePolicy", check: "none", make: () => once(readBenchJson("workloads/w1-skp.policy.json"), (d) => compilePolicy(d)) },
        { engine: "zen-engine createDecision", check: "none", make: () => once(readBenchJson("workloads/w1-skp.jdm.json") as object, (d) => new ZenEngine().createDecision(d)) },
        {
          engine: "json-rules-engine new Engine + addRule",
          check: "none",
          make: () =>
            once(readBenchJson("workloads/w1-skp.rules.json") as RuleProperties[], (rules) => {
              const engine = new Engine();
              for (const r of rules) engine.addRule(new Rule(r));
              return engine;
            }),
        },
      ],
    },
  ],
};

function once<T>(document: T, compile: (document: T) => unknown): Runner {
  return { n: 1, run: () => [compile(document) !== undefined] };
}
