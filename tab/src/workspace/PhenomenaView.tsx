import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shell/session';
import { PhenomenonDetail } from './PhenomenonDetail';
import { PhenomenonForm } from './PhenomenonForm';
import { PhenomenonList } from './PhenomenonList';
import { SplitSection } from './SplitSection';
import { TrendSection } from './TrendSection';
import type { OpenRequest } from './workspace-nav';
import { usePhenomena, usePhenomenonWrites, useTrends } from './use-phenomena';

type Props = {
  readonly canWrite: boolean;
  /** An item to open (from an agenda, the minutes …). */
  readonly request?: OpenRequest | null;
};

/** "Ilmiöt": the period's trend, the phenomena and one of them, or a new one. */
export function PhenomenaView({ canWrite, request = null }: Props) {
  const { t } = useTranslation();
  const { config } = useSession();
  const [periodId, setPeriodId] = useState(config.currentPeriod ?? config.periods[0]?.id ?? '');
  const list = usePhenomena();
  const trends = useTrends(periodId);
  const { create } = usePhenomenonWrites();

  return (
    <SplitSection
      name="phenomena"
      heading={t('workspace.phenomena.heading')}
      newLabel={canWrite ? t('workspace.phenomena.new') : undefined}
      above={<TrendSection periodId={periodId} onPeriod={setPeriodId} />}
      list={list}
      empty={<Text as="p">{t('workspace.phenomena.empty')}</Text>}
      renderList={(items, { selectedId, open }) => (
        <PhenomenonList items={items} trends={trends.data} selectedId={selectedId} onOpen={open} />
      )}
      renderNew={({ created, cancel }) => (
        <PhenomenonForm
          headingLevel={3}
          save={async (draft) => {
            const { value } = await create.mutateAsync(draft);
            created(value.id);
          }}
          onCancel={cancel}
        />
      )}
      renderItem={({ id, focus }) => (
        <PhenomenonDetail
          id={id}
          focus={focus}
          canWrite={canWrite}
          periodId={periodId}
          trend={trends.data?.items.find((i) => i.phenomenonId === id)}
        />
      )}
      pick={<Text as="p">{t('workspace.phenomena.pick')}</Text>}
      request={request}
    />
  );
}
