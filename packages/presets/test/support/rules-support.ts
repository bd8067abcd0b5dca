/**
 * Helpers shared by the tests of presets with `rules` decisions: events read from outputs, the
 * rules decision of a document, and the check that every declared event fires in some golden case
 * and is absent in another.
 */
import type { PolicyDocument, RulesDecision } from "@kinerja/core";
import { expect, it } from "vitest";

/** One fired event. */
export interface Event {
  type: string;
  params: Record<string, unknown>;
}

/** A rules decision's output as events (the output is a JSON value; its shape is `{ type, params }[]`). */
export const asEvents = (value: unknown): Event[] => value as Event[];

/** The rules decision `name` of a document (throws when it is another kind). */
export function rulesOf(doc: PolicyDocument, name: string): RulesDecision {
  const decision = doc.decisions[name];
  if (decision?.kind !== "rules") throw new Error(`${name} is a rules decision`);
  return decision;
}

/** Registers a test: every event type of each named rules decision fires in a golden case and is absent in another. */
export function everyEventCovered(doc: PolicyDocument, decisions: readonly string[]): void {
  it("has golden cases in which every event fires, and cases in which it does not", () => {
    for (const decision of decisions) {
      const declared = [...new Set(rulesOf(doc, decision).rules.map((r) => r.event.type))];
      const expectedTypes = (doc.cases ?? []).filter((c) => decision in c.expected).map((c) => asEvents(c.expected[decision]).map((e) => e.type));
      for (const type of declared) {
        expect(expectedTypes.some((ts) => ts.includes(type)), `${decision}: ${type} fires in a case`).toBe(true);
        expect(expectedTypes.some((ts) => !ts.includes(type)), `${decision}: ${type} is absent in a case`).toBe(true);
      }
    }
  });
}
