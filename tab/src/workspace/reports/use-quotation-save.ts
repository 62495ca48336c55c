import { useRef } from 'react';
import type { Tagged } from '../../api/client';
import { choicesOf } from './quotation-edits';
import type { QuotationChoice, Report } from './reports-api';
import { useReportWrites } from './use-reports';

/**
 * Saving the report's quotations: the whole list, built from the newest read of the report
 * and sent with its ETag (If-Match), so a change someone made meanwhile answers 412 instead
 * of being written over.
 */
export function useQuotationSave(report: Tagged<Report>) {
  const writes = useReportWrites();
  const latest = useRef(report);
  latest.current = report;
  const id = report.value.id;

  const save = (list: readonly QuotationChoice[]) =>
    writes.edit.mutateAsync({ id, patch: { quotations: list }, etag: latest.current.etag });

  return {
    /** Appends one; the answer is the report as saved. */
    add: (choice: QuotationChoice) => save([...choicesOf(latest.current.value.quotations), choice]),
    /** Removes the one at this place in the list. */
    remove: (index: number) =>
      save(choicesOf(latest.current.value.quotations).filter((_, i) => i !== index)),
    /** Where the next one added will stand (the server names its errors by it). */
    nextIndex: () => latest.current.value.quotations.length,
    /** After a 412: the report as it now is. */
    reload: () => writes.reload(id),
  };
}
