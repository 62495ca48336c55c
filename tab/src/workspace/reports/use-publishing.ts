import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../common/error-text';
import { useLabels } from '../../common/use-labels';
import type { PublishAnswer } from './reports-api';
import { useReportWrites } from './use-reports';

export type Asking = 'publish' | 'withdraw' | null;

/** What publishing or withdrawing came to: a sentence, and the page's link when it is up. */
export type Outcome =
  | { readonly intent: 'success' | 'warning'; readonly text: string; readonly url: string | null }
  | { readonly intent: 'error'; readonly text: string; readonly url: null };

/**
 * Publishing a report to the intranet subpage, or withdrawing it, each asked for twice (the
 * button, then the confirmation); the outcome is said in words, with the page's link.
 */
export function usePublishing(id: string) {
  const { t } = useTranslation();
  const labels = useLabels();
  const writes = useReportWrites();
  const [asking, setAsking] = useState<Asking>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = writes.publish.isPending || writes.withdraw.isPending;

  const said = (answer: PublishAnswer): Outcome => {
    const words = { version: answer.version, date: labels.dateTime(answer.publishedAt) };
    if (answer.state === 'awaiting_approval') {
      return {
        intent: 'warning',
        text: t('workspace.reports.awaitingApproval', words),
        url: answer.url,
      };
    }
    return { intent: 'success', text: t('workspace.reports.publishedNow', words), url: answer.url };
  };

  /** True when done (the confirmation closes). */
  const confirm = async (): Promise<boolean> => {
    if (busy || asking === null) return false;
    setOutcome(null);
    try {
      if (asking === 'publish') {
        setOutcome(said((await writes.publish.mutateAsync(id)).value));
      } else {
        await writes.withdraw.mutateAsync(id);
        setOutcome({ intent: 'success', text: t('workspace.reports.withdrawnNow'), url: null });
      }
      setAsking(null);
      return true;
    } catch (e) {
      setOutcome({ intent: 'error', text: errorText(e, t), url: null });
      return false;
    }
  };

  return { asking, ask: setAsking, outcome, busy, confirm };
}
