import type { AuditAction, AuditEntry } from '../../domain/audit/audit-entry';
import {
  AUDIT_PAGE_MAX,
  decodeAuditCursor,
  encodeAuditCursor,
  type AuditLog,
  type AuditPage,
  type AuditQuery,
} from '../../ports/audit-log';
import { InvalidCursorError } from '../../ports/observation-store';
import { textOf } from './field-values';
import { and, eq, literal } from './odata-filter';
import { unexpectedWrite } from './optimistic-write';
import type { ListItem, SharePointLists } from './sharepoint-lists';

/** The `At` column: `at|id`, so that text order is (at, id) order. */
const atKey = (entry: Pick<AuditEntry, 'at' | 'id'>): string => `${entry.at}|${entry.id}`;
/** A text column holds 255 characters. */
const cut = (value: string): string => value.slice(0, 255);

const entryOf = (item: ListItem): AuditEntry => {
  const key = textOf(item.fields, 'At') ?? '';
  const bar = key.indexOf('|');
  return {
    id: textOf(item.fields, 'EntryId') ?? '',
    at: bar < 0 ? key : key.slice(0, bar),
    actorId: textOf(item.fields, 'ActorId') ?? '',
    actorName: textOf(item.fields, 'ActorName') ?? '',
    action: (textOf(item.fields, 'Action') ?? '') as AuditAction,
    targetType: textOf(item.fields, 'TargetType') ?? '',
    targetId: textOf(item.fields, 'TargetId'),
    detail: textOf(item.fields, 'Detail') ?? '',
  };
};

/**
 * The audit log, one item per entry in the Audit log list. Every query is a range of the one
 * indexed `At` column (`at|id`; `at` is always 24 characters, so `at|id` ≥ from ⇔ at ≥ from and
 * `at|id` < to ⇔ at < to) ordered by it, so a page is an index seek at any list size. Nothing
 * here updates or deletes an item; site owners could in SharePoint itself, so the list's
 * permissions are the deployment's to restrict (README, "Deploy to your tenant").
 */
export function createSharePointAuditLog(lists: SharePointLists): AuditLog {
  return {
    async record(entry) {
      const result = await lists.writeOne({
        op: 'create',
        list: 'audit',
        fields: {
          EntryId: entry.id,
          At: atKey(entry),
          ActorId: entry.actorId,
          ActorName: cut(entry.actorName),
          Action: entry.action,
          TargetType: entry.targetType,
          TargetId: entry.targetId ?? '',
          Detail: cut(entry.detail),
        },
      });
      // 409: this id is already there (a retried write): the entry stands once.
      if (!result.ok && result.status !== 409) throw unexpectedWrite(result);
    },

    async list(query: AuditQuery): Promise<AuditPage> {
      const limit = Math.max(1, Math.min(AUDIT_PAGE_MAX, Math.trunc(query.limit)));
      const after = query.cursor === undefined ? null : decodeAuditCursor(query.cursor);
      if (query.cursor !== undefined && after === null) throw new InvalidCursorError(query.cursor);
      const upper = after === null ? query.to : atKey(after) < query.to ? atKey(after) : query.to;
      const filter = and(
        query.actorId === undefined ? null : eq('ActorId', query.actorId),
        `fields/At ge ${literal(query.from)}`,
        `fields/At lt ${literal(upper)}`,
      );
      const page = await lists.page('audit', {
        filter,
        orderBy: 'fields/At desc',
        top: limit + 1,
      });
      const items = page.items.slice(0, limit).map(entryOf);
      const last = items[items.length - 1];
      return page.items.length > limit && last !== undefined
        ? { items, next: encodeAuditCursor(last) }
        : { items };
    },
  };
}
