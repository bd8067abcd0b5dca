/**
 * A typed wrapper of autocannon (which ships no types): one bounded run against one URL, reduced
 * to the figures the load test reports.
 * @module
 */
import { createRequire } from "node:module";

/** One autocannon run. */
export interface LoadRequest {
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Seconds. */
  readonly duration: number;
  readonly connections: number;
}

/** What a run measured. */
export interface LoadResult {
  readonly total: number;
  /** Mean requests per second. */
  readonly perSecond: number;
  /** Latency percentiles in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** Runs autocannon for `request.duration` seconds and returns its figures. */
export async function runAutocannon(request: LoadRequest): Promise<LoadResult> {
  const result = await autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    duration: request.duration,
    connections: request.connections,
  });
  return {
    total: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
