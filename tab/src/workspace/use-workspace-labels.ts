import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatNumber } from '../i18n/format';
import { useSession } from '../shell/session';
import type { Level, ProposalStatus, StructuralForm } from './api';

/** The workspace's own words: forms, levels, proposal statuses and moves, trends. */
export function useWorkspaceLabels() {
  const { t } = useTranslation();
  const { language } = useSession();
  return useMemo(() => {
    const form = (f: StructuralForm) => t(`workspace.form.${f}`);
    const number = (n: number) => formatNumber(n, language);
    return {
      form,
      forms: (list: readonly StructuralForm[]) =>
        list.length > 0 ? list.map(form).join(', ') : t('workspace.none'),
      level: (level: Level | null) =>
        level === null ? t('workspace.none') : t(`workspace.levels.${level}`),
      status: (s: ProposalStatus) => t(`workspace.status.${s}`),
      move: (s: ProposalStatus) => t(`workspace.move.${s}`),
      number,
      /** A yyyy-mm-dd day as d.M.yyyy. */
      day: (ymd: string) => formatLocalDate(ymd),
      /** Rising or falling in words, never by colour alone. */
      trend: (change: number) =>
        change > 0
          ? t('workspace.trend.rising', { change: number(change) })
          : change < 0
            ? t('workspace.trend.falling', { change: number(-change) })
            : t('workspace.trend.steady'),
    };
  }, [t, language]);
}

export type WorkspaceLabels = ReturnType<typeof useWorkspaceLabels>;
