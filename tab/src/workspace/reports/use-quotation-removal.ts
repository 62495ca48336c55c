import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '../../api/client';
import { isApiError } from '../../api/errors';
import { errorText } from '../../common/error-text';
import type { LiveMessageValue } from '../../common/LiveMessage';
import { groupBySection, quotationId } from './quotation-edits';
import type { Report } from './reports-api';
import { useQuotationSave } from './use-quotation-save';

type Options = {
  readonly setMessage: (message: LiveMessageValue | null) => void;
  readonly focusLater: (id: string) => void;
  /** Where the focus goes when no quotation follows the removed one (the add button). */
  readonly fallback: string;
};

/**
 * The quotation that follows the one at `index` as the list shows them (by section), where it
 * will stand once that one is gone; null when it was the last.
 */
function nextAfter(report: Report, index: number): number | null {
  const shown = groupBySection(report).flatMap((g) => g.items.map((item) => item.index));
  const following = shown[shown.indexOf(index) + 1];
  if (following === undefined) return null;
  return following > index ? following - 1 : following;
}

/**
 * Removing a quotation: the list saved without it. The focus moves to the quotation that took
 * its place (or the add button), and the outcome is announced; a 412 reloads the report.
 */
export function useQuotationRemoval(report: Tagged<Report>, options: Options) {
  const { t } = useTranslation();
  const saving = useQuotationSave(report);
  const [busy, setBusy] = useState(false);
  const p = 'workspace.reports.quotations';

  const remove = async (index: number) => {
    if (busy) return;
    setBusy(true);
    options.setMessage(null);
    const next = nextAfter(report.value, index);
    try {
      const saved = await saving.remove(index);
      options.setMessage({
        intent: 'success',
        text: t(`${p}.removed`, { version: saved.value.version }),
      });
      options.focusLater(next === null ? options.fallback : quotationId(next));
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        await saving.reload();
        options.setMessage({ intent: 'warning', text: t(`${p}.removeConflict`) });
      } else {
        options.setMessage({ intent: 'error', text: errorText(error, t) });
      }
    } finally {
      setBusy(false);
    }
  };

  return { remove: (index: number) => void remove(index), busy };
}
