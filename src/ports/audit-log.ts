import type { AuditEntry } from '../domain/audit/audit-entry';

/** A range of the log: `from` ≤ at < `to` (ISO instants), newest first. */
export type AuditQuery = {
  readonly from: string;
  readonly to: string;
  /** 1–500. */
  readonly limit: number;
  /** The `next` of the previous page; one the log did not make: InvalidCursorError. */
  readonly cursor?: string;
  /** Only this person's actions (their own-data download). */
  readonly actorId?: string;
};

export type AuditPage = {
  readonly items: readonly AuditEntry[];
  /** Present when more entries are in the range: pass it as `cursor`. */
  readonly next?: string;
};

export const AUDIT_PAGE_MAX = 500;

/**
 * The audit log. Append-only: there is no update or delete, here or anywhere in the app (the
 * SQLite table refuses both with triggers). Recording an entry whose id is already there does
 * nothing, so a retried write leaves one entry.
 */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<AuditPage>;
}

/** The opaque cursor both stores use: the last entry's (at, id), newest-first keyset. */
export function encodeAuditCursor(entry: Pick<AuditEntry, 'at' | 'id'>): string {
  return Buffer.from(JSON.stringify([entry.at, entry.id]), 'utf8').toString('base64url');
}

/** Null for a cursor this app did not make (the HTTP edge answers 400). */
export function decodeAuditCursor(cursor: string): { at: string; id: string } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0]))
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // Not base64url JSON: not ours.
  }
  return null;
}
