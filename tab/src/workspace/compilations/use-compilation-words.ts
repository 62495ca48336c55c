import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../common/use-labels';
import { useSession } from '../../shell/session';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { CompilationSummary } from './compilations-api';

type Scope = Pick<
  CompilationSummary,
  'period' | 'from' | 'to' | 'previousFrom' | 'previousTo' | 'serviceArea'
>;

/** How a compilation is named: its period or days, its area, and the time it is compared to. */
export function useCompilationWords() {
  const { t } = useTranslation();
  const { config } = useSession();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  return useMemo(() => {
    const range = (from: string, to: string) => `${words.day(from)}–${words.day(to)}`;
    return {
      range,
      /** "2026-Q3" or "1.7.2026–30.9.2026": the column head of its counts. */
      current: (c: Scope) => c.period ?? range(c.from, c.to),
      /** The time before it, by the county's period when it is one. */
      previous: (c: Scope) =>
        config.periods.find((p) => p.start === c.previousFrom && p.end === c.previousTo)?.id ??
        range(c.previousFrom, c.previousTo),
      name: (c: Scope) =>
        c.period
          ? t('workspace.compilations.namePeriod', { period: labels.period(c.period) })
          : t('workspace.compilations.nameRange', { range: range(c.from, c.to) }),
      area: (c: Scope) =>
        c.serviceArea
          ? labels.list('serviceAreas', c.serviceArea)
          : t('workspace.compilations.wholeCounty'),
    };
  }, [t, config, labels, words]);
}
