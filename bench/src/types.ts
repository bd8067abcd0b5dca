/** Shared shapes of the benchmark harness. */

/** Command-line options every workload sees. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly w6: number;
  readonly w6File: boolean;
  readonly only: readonly string[] | null;
}

/** Evaluates a workload's whole input once and returns normalised results (for the gate). */
export interface Runner {
  /** Evaluations per `run()`. */
  readonly n: number;
  run(): unknown[] | Promise<unknown[]>;
}

/** One engine in one benchmark case. */
export interface EngineCase {
  readonly engine: string;
  /**
   * `"gate"` (default): results must equal the reference engine's or the benchmark aborts.
   * `"report"`: compared and the number of differing results reported, never aborting (used to
   * answer a question such as "is Promise.all on one engine still correct?").
   * `"none"`: not compared (compile-time cases).
   */
  readonly check?: "gate" | "report" | "none";
  readonly note?: string;
  make(): Runner | Promise<Runner>;
}

/** A row group of the report: one input, several engines; the first engine is the reference. */
export interface BenchCase {
  readonly id: string;
  readonly label: string;
  readonly engines: readonly EngineCase[];
}

/** A workload: a family of cases. */
export interface Workload {
  readonly id: string;
  readonly title: string;
  cases(options: BenchOptions): BenchCase[] | Promise<BenchCase[]>;
  /** An extra check whose text is printed under the workload's table. */
  probe?(options: BenchOptions): Promise<string>;
}

/** What a timing child reports back. */
export interface Timing {
  readonly caseId: string;
  readonly engine: string;
  readonly n: number;
  readonly reps: number;
  readonly firstMs: number;
  readonly samplesMs: readonly number[];
  readonly medianUs: number;
  readonly p95Us: number;
  readonly evalsPerSec: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}
