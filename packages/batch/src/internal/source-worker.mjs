// Development only (never used from dist/): when @kinerja/batch runs from its TypeScript sources
// (vitest, or tsx with --conditions=@kinerja/source), the pool starts this file, which registers
// tsx in the worker thread and then loads the TypeScript worker entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
