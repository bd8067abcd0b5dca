/**
 * Buffered writing with backpressure: lines are collected and written in chunks, and when the
 * stream asks to wait (`write` returned false) the next chunk waits for `drain`.
 * @module
 */
import type { CliWritable } from "../io.js";

const CHUNK = 64 * 1024;

/** A line-oriented writer over a {@link CliWritable}. */
export class Output {
  private buffer = "";
  constructor(private readonly stream: CliWritable) {}

  /** Appends text (no newline added). */
  text(s: string): void {
    this.buffer += s;
  }

  /** Appends one line. */
  line(s = ""): void {
    this.buffer += `${s}\n`;
  }

  /** Writes the buffer when it is large; awaits `drain` when the stream asks to. */
  async maybeFlush(): Promise<void> {
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  /** Writes everything buffered. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = "";
    const ok = this.stream.write(chunk);
    if (ok === false && this.stream.once) await new Promise<void>((resolve) => this.stream.once?.("drain", resolve));
  }
}
