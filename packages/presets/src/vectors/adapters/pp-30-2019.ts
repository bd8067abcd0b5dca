/**
 * Adapter of the `pp30-predikat` vector kind, run by the `pp-30-2019` preset (PP 30/2019 Pasal
 * 41). It only reshapes: the vector's `ideBaru` is the preset's `menciptakanIdeBaru`; weights,
 * the 120 ceiling and the predikat bands are in `policies/pp-30-2019.json`, which checks every
 * value (an invalid one throws `INPUT_INVALID`).
 * @module
 */
import { scorePreset } from "./score-preset.js";
import type { AdapterTable, VectorInput } from "../types.js";

/** `pp30-predikat`: `{ nilaiSkp, nilaiPerilaku, bobot: "70/30" | "60/40", ideBaru }` → `{ nilaiKinerja, predikat }`. */
function predikat(input: VectorInput): Record<string, unknown> {
  const candidate = { nilaiSkp: input["nilaiSkp"], nilaiPerilaku: input["nilaiPerilaku"], bobot: input["bobot"], menciptakanIdeBaru: input["ideBaru"] };
  const outputs = scorePreset("pp-30-2019", candidate);
  return { nilaiKinerja: outputs["nilaiKinerja"], predikat: outputs["predikat"], bobot: outputs["bobotDipakai"] };
}

/** The adapters of the PP 30/2019 kinds. */
export const ADAPTERS: AdapterTable = Object.freeze({
  "pp30-predikat": predikat,
});
