/**
 * The progress bar of batch commands, on stderr only: drawn when stderr is a terminal (or with
 * `--progress`), never with `--quiet`. Frames are redrawn in place (`\r`) when the percentage
 * changes (or every 1,000 records when the size is unknown); the final frame shows 100% and ends
 * the line.
 * @module
 */
import type { Lang } from "@kinerja/core";
import type { CliWritable } from "../io.js";
import { formatCount, say } from "./text.js";

const WIDTH = 30;

/** A progress bar (a no-op when disabled). */
export class ProgressBar {
  private lastKey = "";
  private drawn = false;

  constructor(
    private readonly stream: CliWritable,
    private readonly enabled: boolean,
    private readonly lang: Lang,
  ) {}

  /** Redraws when visibly changed: `done` records, `failed` of them, `fraction` read (undefined when unknown). */
  update(done: number, failed: number, fraction: number | undefined): void {
    if (!this.enabled) return;
    const percent = fraction === undefined ? undefined : Math.min(99, Math.floor(fraction * 100));
    const key = percent === undefined ? String(Math.floor(done / 1000)) : String(percent);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.draw(done, failed, percent);
  }

  /** Writes a message above the bar (clears the bar's line first). */
  interrupt(text: string): void {
    if (this.enabled && this.drawn) this.stream.write(`\r${" ".repeat(WIDTH + 50)}\r`);
    this.stream.write(text);
    this.lastKey = "";
  }

  /** Draws the final frame at 100% and ends the line. */
  finish(done: number, failed: number): void {
    if (!this.enabled) return;
    this.draw(done, failed, 100);
    this.stream.write("\n");
  }

  private draw(done: number, failed: number, percent: number | undefined): void {
    const filled = percent === undefined ? 0 : Math.round((percent / 100) * WIDTH);
    const bar = percent === undefined ? "" : `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% · `;
    const counts = say(this.lang, { id: "{n} rencana · {f} gagal", en: "{n} plans · {f} failed" }, { n: formatCount(done, this.lang), f: formatCount(failed, this.lang) });
    this.stream.write(`\r${say(this.lang, { id: "Menilai", en: "Scoring" })} ${bar}${counts}`);
    this.drawn = true;
  }
}
