/**
 * The KinerjaError a call throws, for tests that assert on its code, path and issues. Fails the
 * test when the call returns, and rethrows anything that is not a KinerjaError.
 */
import { KinerjaError } from "../../src/errors.js";

/** Runs `run` and returns the KinerjaError it throws. */
export function thrownKinerjaError(run: () => unknown): KinerjaError {
  try {
    run();
  } catch (error) {
    if (error instanceof KinerjaError) return error;
    throw error;
  }
  throw new Error("expected a KinerjaError");
}
