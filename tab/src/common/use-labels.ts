import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice, ReturnReason, Status, TriageField } from '../api/types';
import { formatDate, formatDateTime, formatPeriod, localized } from '../i18n/format';
import { useSession } from '../shell/session';

export type ListName = 'topics' | 'serviceAreas' | 'municipalities' | 'targetGroups';

/** Every label a view shows, in the user's language; county lists come from /api/config. */
export function useLabels() {
  const { t } = useTranslation();
  const { config, language } = useSession();
  return useMemo(() => {
    const fromList = (list: readonly Choice[], id: string) =>
      localized(list.find((c) => c.id === id)?.label, language) || id;
    return {
      status: (s: Status) => localized(config.statusLabels[s], language) || t(`status.${s}`),
      transition: (s: Status) => t(`transition.${s}`),
      returnReason: (r: ReturnReason | string) => {
        const c = config.returnReasons.find((x) => x.id === r);
        if (c && c.label.fi !== c.id) return localized(c.label, language);
        return t(`returnReason.${r as ReturnReason}`, { defaultValue: r });
      },
      triage: (f: TriageField) => t(`triage.${f}`),
      list: (name: ListName, id: string) => fromList(config[name], id),
      period: (id: string) => formatPeriod(id, config.periods, t),
      date: (iso: string) => formatDate(iso, config.timeZone),
      dateTime: (iso: string) => formatDateTime(iso, config.timeZone, t),
    };
  }, [t, config, language]);
}

export type Labels = ReturnType<typeof useLabels>;
