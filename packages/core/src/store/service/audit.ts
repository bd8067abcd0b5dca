/**
 * The audit trail of an entity, oldest first, with cursor pagination.
 * @module
 */
import * as z from "zod";
import { ENTITY_KINDS, type AuditRow } from "../backend.js";
import type { KinerjaStore } from "../contract.js";
import type { AuditEntry, EntityKind } from "../records.js";
import { decodeCursor, DEFAULT_LIMIT, toPage } from "./cursor.js";
import { AFTER_BY_REFERENCE, withoutTrace } from "./evaluations.js";
import { load, read } from "./ops.js";
import { PageFields, parseInput } from "./schemas.js";
import type { Services } from "./write.js";

const ListAudit = z.strictObject({ ...PageFields, entity: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]), entityKey: z.string().min(1).max(700) });

/** The audit operations of a store. */
export function auditOperations(services: Services): Pick<KinerjaStore, "listAudit"> {
  return {
    async listAudit(options) {
      const input = parseInput(ListAudit, options, "listAudit");
      const limit = input.limit ?? DEFAULT_LIMIT;
      const after = decodeCursor("audit", input.cursor, 1, "listAudit")?.[0];
      const { rows, evaluation } = await read(services, async (tx) => {
        const rows = await tx.findAudit({ entity: input.entity, entityKey: input.entityKey, limit: limit + 1, ...(typeof after === "number" ? { afterSeq: after } : {}) });
        // In the same transaction, the immutable evaluation an entry refers to (see AFTER_BY_REFERENCE).
        const evaluation = rows.some(isByReference) ? await load(tx, "evaluation", input.entityKey) : undefined;
        return { rows, evaluation };
      });
      const referenced = evaluation === undefined ? null : withoutTrace(evaluation);
      const entries = rows.map(
        (row): AuditEntry => ({
          seq: row.seq,
          at: row.at,
          actor: row.actor,
          action: row.action,
          entity: row.entity,
          entityKey: row.entityKey,
          before: row.before === null ? null : JSON.parse(row.before),
          after: row.after !== null ? JSON.parse(row.after) : isByReference(row) ? referenced : null,
          idempotencyKey: row.idempotencyKey,
        }),
      );
      return toPage("audit", entries, limit, (e) => [e.seq]);
    },
  };
}

/** An evaluation's creation, whose `after` is the evaluation row itself rather than a stored copy. */
function isByReference(row: AuditRow): boolean {
  return row.entity === "evaluation" && row.action === "CREATE" && row.after === AFTER_BY_REFERENCE;
}
