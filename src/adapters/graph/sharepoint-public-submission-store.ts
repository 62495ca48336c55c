import type { PublicSubmission } from '../../domain/public-form/public-submission';
import type { PublicSubmissionStore } from '../../ports/public-submission-store';
import { sortKeyOf } from './observation-fields';
import { eq } from './odata-filter';
import { readRecord, recordsOf } from './record-parts';
import { createRecord, saveRecord, type RecordList } from './record-list';
import type { SharePointLists } from './sharepoint-lists';

const PAYLOAD_COLUMNS = 3;

export const PUBLIC_SUBMISSIONS: RecordList<PublicSubmission> = {
  list: 'publicSubmissions',
  kind: 'public-submission',
  idColumn: 'SubmissionId',
  payloadColumns: PAYLOAD_COLUMNS,
  columnsOf: (submission) => ({
    Receipt: submission.receipt,
    State: submission.state,
    SortKey: sortKeyOf(submission),
    Version: submission.version,
  }),
};

/**
 * The PublicSubmissionStore on SharePoint lists: a Public submissions item per submission (its
 * JSON in Payload columns, or in Record parts), with the columns the queue and the receipt
 * look-up filter on. The unique SubmissionId and Receipt make a clash a 409 without a
 * transaction; `save` writes under the eTag read (record-list.ts).
 */
export function createSharePointPublicSubmissionStore(
  lists: SharePointLists,
): PublicSubmissionStore {
  const read = async (filter: string): Promise<PublicSubmission | null> => {
    const found = await readRecord(lists, 'publicSubmissions', filter, PAYLOAD_COLUMNS);
    return found === null ? null : (found.value as PublicSubmission);
  };
  return {
    async create(submission) {
      const outcome = await createRecord(lists, PUBLIC_SUBMISSIONS, submission);
      // Ids are made fresh for each submission: a 409 is the receipt's.
      return outcome === 'created' ? 'created' : 'receipt_taken';
    },
    get: (id) => read(eq('SubmissionId', id)),
    byReceipt: (receipt) => read(eq('Receipt', receipt)),
    async listPending(limit) {
      if (limit <= 0) return [];
      const page = await lists.page('publicSubmissions', {
        filter: eq('State', 'pending'),
        orderBy: 'fields/SortKey asc',
        top: Math.min(limit, 5000),
      });
      const values = await recordsOf(
        lists,
        'publicSubmissions',
        page.items,
        (item) => eq('SubmissionId', String(item.fields.SubmissionId ?? '')),
        PAYLOAD_COLUMNS,
      );
      return values as PublicSubmission[];
    },
    save: (next, expectedVersion) => saveRecord(lists, PUBLIC_SUBMISSIONS, next, expectedVersion),
  };
}
