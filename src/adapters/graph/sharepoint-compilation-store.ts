import type { CompilationSummary } from '../../domain/compilation/compilation';
import type { CompilationStore } from '../../ports/compilation-store';
import { payloadOf } from './field-values';
import { COMPILATION_SUMMARY_COLUMNS, COMPILATIONS } from './record-fields';
import { createRecord, getRecord } from './record-list';
import type { SharePointLists } from './sharepoint-lists';

/** Graph's largest page of list items: the fewest requests for a whole list. */
const MAX_PAGE = 5000;

/**
 * The CompilationStore on SharePoint lists. A compilation of thousands of observations is
 * megabytes of JSON, far past a list item's columns: its snapshot goes to Record parts (60,000
 * characters an item, 20 items a `$batch`) and its Compilations item, written last in the
 * same chain, carries the summary and says which parts hold the snapshot (record-parts.ts).
 * A compilation is there only once all its parts are: a part or the item that fails stops
 * the chain, and the parts written are deleted again (best effort; any left behind are never
 * read). `list` reads the items' summaries only, never the parts.
 */
export function createSharePointCompilationStore(lists: SharePointLists): CompilationStore {
  return {
    async create(compilation) {
      // 409: the id is taken. Ids are made fresh for each compilation, so that is a bug.
      if ((await createRecord(lists, COMPILATIONS, compilation)) === 'taken') {
        throw new Error(`Compilation ${compilation.id} exists already`);
      }
    },
    get: (id) => getRecord(lists, COMPILATIONS, id),
    async list() {
      const items = await lists.collect('compilations', {
        orderBy: 'fields/SortKey desc',
        top: MAX_PAGE,
        select: ['Payload', 'Payload2'],
      });
      return items.map(
        (item) => payloadOf(item.fields, COMPILATION_SUMMARY_COLUMNS) as CompilationSummary,
      );
    },
  };
}
