/**
 * `scoreNdjsonFile`: {@link scoreNdjson} from one file to another.
 * @module
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { scoreNdjson, type ScoreNdjsonOptions, type StreamSummary } from "./score-ndjson.js";

/** Options of {@link scoreNdjsonFile}: those of {@link scoreNdjson} without the streams. */
export type ScoreNdjsonFileOptions = Omit<ScoreNdjsonOptions, "input" | "output" | "end">;

/**
 * Scores the NDJSON file `inputPath` into the NDJSON file `outputPath` (created or truncated).
 * Resolves once the output file is written and closed. On an error or an abort the output file is
 * closed holding the envelopes of a prefix of the input, in order (whole lines), so the run can be
 * resumed after its last `line`.
 *
 * @example
 * ```ts
 * const summary = await scoreNdjsonFile("skp-2024.ndjson", "hasil-2024.ndjson", { policy: PRESETS["permenpanrb-6-2022"], idField: "nip" });
 * ```
 */
export async function scoreNdjsonFile(inputPath: string | URL, outputPath: string | URL, options: ScoreNdjsonFileOptions): Promise<StreamSummary> {
  const handle = await open(inputPath, "r");
  const input = handle.createReadStream({ highWaterMark: 64 * 1024 });
  const output = createWriteStream(outputPath);
  try {
    await once(output, "open");
    return await scoreNdjson({ ...options, input, output, end: true });
  } catch (error) {
    input.destroy();
    // Keep what was already written (whole lines): flush it and close the file.
    if (!output.destroyed) output.end();
    await finished(output).catch(() => undefined);
    throw error;
  }
}
