import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../common/use-labels';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { ReportKind, ReportSummary } from './reports-api';

export type PublicationState = 'draft' | 'published' | 'awaiting_approval' | 'withdrawn';

/** Where a report stands on the intranet; a withdrawn one is not "changed since". */
export function publicationStateOf(r: Pick<ReportSummary, 'publication'>): PublicationState {
  return r.publication?.state ?? 'draft';
}

/** Saved after the version on the intranet: the page no longer shows what the draft says. */
export const changedSincePublished = (r: Pick<ReportSummary, 'publication' | 'version'>) =>
  r.publication !== null &&
  r.publication.state !== 'withdrawn' &&
  r.version > r.publication.version;

/**
 * Handed over by the writers and not yet on the intranet as it stands (a draft, a withdrawn
 * one, or one changed since published): what waits for an editor.
 */
export const readyToPublish = (r: Pick<ReportSummary, 'publication' | 'version' | 'handedOver'>) =>
  r.handedOver !== null &&
  (r.publication === null || r.publication.state === 'withdrawn' || changedSincePublished(r));

/** How reports are named: their kind, their time, where they stand. */
export function useReportWords() {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  return useMemo(
    () => ({
      kind: (kind: ReportKind) => t(`workspace.reports.kind.${kind}`),
      range: (r: Pick<ReportSummary, 'from' | 'to'>) => `${words.day(r.from)}–${words.day(r.to)}`,
      state: (r: Pick<ReportSummary, 'publication'>): string => {
        const p = r.publication;
        if (p === null) return t('workspace.reports.state.draft');
        if (p.state === 'published') {
          return t('workspace.reports.state.published', {
            version: words.number(p.version),
            date: labels.date(p.publishedAt),
          });
        }
        return t(`workspace.reports.state.${p.state}`);
      },
    }),
    [t, labels, words],
  );
}
