/**
 * Pins the explanation trace byte for byte (key order included) while its builders are tuned for
 * speed: the traced path lays out labels, row cells and read names at compile time, and the traces
 * it returns must stay exactly what the per-call builders produced, and stay fresh objects.
 */
import { describe, expect, it } from "vitest";
import { compilePolicy, type PolicyDocument, type Trace } from "../index.js";
import { WEIGHTED_SKP } from "../compiler/fixtures/weighted-skp.js";

// Every traced construct: per-item with index and labels, a FIRST table with a labelled column,
// literal cells, a note and a default, all five aggregates plus wavg, COLLECT SUM / COUNT,
// RULE_ORDER with several outputs, automatic rounding that changes a value.
const SYNTHETIC: PolicyDocument = {
  "id": "synthetic-trace",
  "version": "1.0.0",
  "effective": {
    "from": "2022-01-01"
  },
  "title": {
    "id": "Sintetis",
    "en": "Synthetic"
  },
  "numeric": {
    "rounding": {
      "mode": "HALF_UP",
      "scale": 2
    },
    "apply": "decisions"
  },
  "inputs": {
    "xs": {
      "type": "list",
      "items": {
        "type": "object",
        "fields": {
          "n": {
            "type": "number"
          },
          "w": {
            "type": "number",
            "min": 0
          },
          "ok": {
            "type": "boolean"
          },
          "g": {
            "type": "string"
          }
        }
      }
    },
    "k": {
      "type": "number"
    }
  },
  "constants": {
    "batas": 10
  },
  "decisions": {
    "per": {
      "kind": "perItem",
      "over": "xs",
      "as": "x",
      "index": "j",
      "label": {
        "id": "Per",
        "en": "Per"
      },
      "decisions": {
        "d": {
          "kind": "formula",
          "expr": "x.n / 3 + j",
          "label": {
            "id": "D",
            "en": "D"
          }
        },
        "t": {
          "kind": "table",
          "hitPolicy": "FIRST",
          "inputs": [
            {
              "expr": "d",
              "label": {
                "id": "dd",
                "en": "dd"
              }
            },
            "x.ok"
          ],
          "outputs": [
            "v"
          ],
          "rules": [
            {
              "when": [
                ">= batas",
                true
              ],
              "then": [
                {
                  "expr": "d * 2"
                }
              ],
              "note": {
                "id": "n1",
                "en": "n1"
              }
            },
            {
              "when": [
                "< 0",
                "-"
              ],
              "then": [
                0
              ]
            }
          ],
          "default": 1.005
        }
      }
    },
    "s": {
      "kind": "formula",
      "expr": "sum(xs, x => x.n / 3) + coalesce(avg(xs, x => x.n), 0) + count(xs, x => x.ok) + coalesce(max(xs, x => x.n), 0) + coalesce(min(xs, x => x.w), 0)",
      "rounding": {
        "mode": "HALF_UP",
        "scale": 1
      }
    },
    "c": {
      "kind": "table",
      "hitPolicy": "COLLECT",
      "aggregation": "SUM",
      "inputs": [
        "k"
      ],
      "outputs": [
        "o"
      ],
      "rules": [
        {
          "when": [
            "> 0"
          ],
          "then": [
            1.5
          ]
        },
        {
          "when": [
            "> 5"
          ],
          "then": [
            2.25
          ]
        },
        {
          "when": [
            3
          ],
          "then": [
            7
          ]
        }
      ]
    },
    "cc": {
      "kind": "table",
      "hitPolicy": "COLLECT",
      "aggregation": "COUNT",
      "inputs": [
        "k"
      ],
      "outputs": [
        "o"
      ],
      "rules": [
        {
          "when": [
            "> 0"
          ],
          "then": [
            1
          ]
        }
      ]
    },
    "r": {
      "kind": "table",
      "hitPolicy": "RULE_ORDER",
      "inputs": [
        "k",
        "s"
      ],
      "outputs": [
        "a",
        "b"
      ],
      "rules": [
        {
          "when": [
            "-",
            "-"
          ],
          "then": [
            "X",
            {
              "expr": "s / 7"
            }
          ]
        },
        {
          "when": [
            "> 1",
            "-"
          ],
          "then": [
            "Y",
            2
          ]
        }
      ]
    },
    "u": {
      "kind": "table",
      "hitPolicy": "UNIQUE",
      "inputs": [
        "k"
      ],
      "outputs": [
        "a"
      ],
      "rules": [
        {
          "when": [
            "> 1"
          ],
          "then": [
            "A"
          ]
        },
        {
          "when": [
            "<= 1"
          ],
          "then": [
            "B"
          ]
        }
      ]
    },
    "wv": {
      "kind": "formula",
      "expr": "coalesce(wavg(xs, x => x.n, x => x.w), -1)"
    }
  },
  "outputs": [
    "per",
    "s",
    "c",
    "cc",
    "r",
    "u"
  ]
};

const INPUTS = [
  { xs: [{ n: 40, w: 2, ok: true, g: "a" }, { n: -7, w: 0, ok: false, g: "b" }, { n: 31, w: 5, ok: true, g: "a" }], k: 3 },
  { xs: [{ n: 1, w: 1, ok: false, g: "b" }], k: -1 },
  { xs: [], k: 7 },
];

const SKP_INPUTS = [
  { indikator: [{ target: 8, realisasi: 9, bobot: 60, polaritas: "NAIK" }, { target: 40, realisasi: 30, bobot: 40, polaritas: "TURUN" }] },
  { indikator: [{ target: 3, realisasi: 1, bobot: 100, polaritas: "NAIK" }] },
];

function traced(doc: PolicyDocument, input: unknown): Trace {
  const trace = compilePolicy(doc).score(input, { trace: true }).trace;
  if (!trace) throw new Error("trace requested");
  return trace;
}

describe("trace stability", () => {
  it("keeps the synthetic policy's traces (keys, order, values) unchanged", () => {
    expect(INPUTS.map((input) => JSON.stringify(traced(SYNTHETIC, input)))).toMatchSnapshot();
  });

  it("keeps the weighted SKP traces unchanged", () => {
    expect(SKP_INPUTS.map((input) => JSON.stringify(traced(WEIGHTED_SKP, input)))).toMatchSnapshot();
  });

  it("returns fresh trace objects: mutating one trace does not change the next", () => {
    const policy = compilePolicy(SYNTHETIC);
    const input = INPUTS[0];
    const first = policy.score(input, { trace: true }).trace as unknown as { decisions: { table?: { matched: { when: string[] }[]; columns: object[] }; inputs: object }[] };
    const expected = JSON.stringify(policy.score(input, { trace: true }).trace);
    for (const d of first.decisions) {
      (d.inputs as Record<string, unknown>)["extra"] = 1;
      d.table?.columns.push({});
      for (const m of d.table?.matched ?? []) m.when.push("mutated");
    }
    expect(JSON.stringify(policy.score(input, { trace: true }).trace)).toBe(expected);
  });
});
