/**
 * The contract between the vector runner and the adapters that evaluate one `kind` of acceptance
 * vector through a preset (or a core utility).
 * @module
 */

/** A vector case's `input`, as read from the file. */
export type VectorInput = Readonly<Record<string, unknown>>;

/**
 * Evaluates one case's input and returns the actual output, using the vector format's field names
 * (`predikat`, `nilai`, `angkaKredit`, …). Extra fields are allowed (the runner compares only the
 * expected ones). For an input the rules judge invalid / non-compliant, return `valid: false` and
 * the human reasons in `reasons` (the runner accepts any wording for expected `reason` /
 * `violation`). Throws only for an input the adapter cannot read at all.
 */
export type Adapter = (input: VectorInput) => Record<string, unknown>;

/** The adapters of one group of kinds, by `kind`. */
export type AdapterTable = Readonly<Record<string, Adapter>>;
