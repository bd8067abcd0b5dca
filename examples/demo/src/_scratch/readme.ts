import { readFileSync } from "node:fs";
import { compilePolicy, renderTrace } from "@kinerja/core";

const policy = compilePolicy(JSON.parse(readFileSync(new URL("kuadran.json", import.meta.url), "utf8")));
const result = policy.score({ ratingHasilKerja: "DI_ATAS_EKSPEKTASI", ratingPerilaku: "SESUAI_EKSPEKTASI" }, { trace: true });

console.log(result.outputs.predikat); // BAIK
console.log(renderTrace(result.trace!, { lang: "en" }));
