/**
 * The entry of a scoring worker thread: compiles the policy once (with the custom operators
 * module, if any), says it is ready, then scores every batch it is sent and posts the NDJSON text
 * back. Anything that stops it is posted as a `fatal` message; the pool then terminates it.
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { createLineScorer } from "./line-scorer.js";
import { serializeFailure, type BatchMessage, type ScorerInit, type WorkerMessage } from "./protocol.js";

const port = parentPort;
if (port === null) throw new Error("@kinerja/batch: the scoring worker must run in a worker thread");
const { init } = workerData as { init: ScorerInit };
const post = (message: WorkerMessage): void => port.postMessage(message);

try {
  const scorer = await createLineScorer(init);
  port.on("message", (batch: BatchMessage) => {
    try {
      post({ type: "done", seq: batch.seq, ...scorer.score(batch) });
    } catch (error) {
      post({ type: "fatal", error: serializeFailure(error) });
    }
  });
  post({ type: "ready", policy: scorer.policy });
} catch (error) {
  post({ type: "fatal", error: serializeFailure(error) });
  // Stay alive (the port keeps the thread running) until the pool terminates this worker, so the
  // error above always arrives before the exit.
  port.on("message", () => undefined);
}
