import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { ViewHeading } from '../common/ViewHeading';
import { ReportDetail } from './ReportDetail';
import { ReportList } from './ReportList';
import { useMyReports } from './use-my-reports';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(18rem, 1fr) minmax(0, 2fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: '1fr' },
  },
});

type Props = {
  /** The observation to show first, e.g. the one an earlier send already filed. */
  readonly initialSelectedId?: string | null;
};

/** "Omat havainnot": the reporter's own and co-reported observations and what became of them. */
export function MyReports({ initialSelectedId = null }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [state, reload] = useMyReports();
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId);

  return (
    <>
      <ViewHeading>{t('mine.heading')}</ViewHeading>
      <Text as="p">{t('mine.intro')}</Text>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadFailed error={state.error} retry={reload} />}
      {state.status === 'ok' &&
        (state.value.length === 0 ? (
          <Text as="p">{t('mine.empty')}</Text>
        ) : (
          <div className={styles.layout}>
            <section aria-labelledby="mine-list-heading">
              <Heading level={3} id="mine-list-heading">
                {t('mine.listLabel')}
              </Heading>
              <ReportList items={state.value} selectedId={selectedId} onSelect={setSelectedId} />
            </section>
            <section aria-labelledby="mine-detail-heading">
              <Heading level={3} id="mine-detail-heading">
                {t('mine.detailHeading')}
              </Heading>
              {(() => {
                const selected = state.value.find((o) => o.id === selectedId);
                return selected ? (
                  <ReportDetail key={selected.id} observation={selected} />
                ) : (
                  <Text as="p">{t('mine.pick')}</Text>
                );
              })()}
            </section>
          </div>
        ))}
    </>
  );
}
