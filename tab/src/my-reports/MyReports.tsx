import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
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
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type Props = {
  /** The observation to show first, e.g. the one an earlier send already filed. */
  readonly initialSelectedId?: string | null;
};

/** "Omat havainnot": the reporter's own and co-reported observations and what became of them. */
export function MyReports({ initialSelectedId = null }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { state, loadMore, reload } = useMyReports();
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId);
  const listSection = useRef<HTMLElement>(null);

  // "Show more" moves the focus to the first item it brought, so a keyboard or screen reader
  // user goes on reading where the list went on, instead of staying on the button below it.
  useEffect(() => {
    if (state.firstOfMore === null) return;
    listSection.current
      ?.querySelector<HTMLElement>(`[data-observation-id="${CSS.escape(state.firstOfMore)}"]`)
      ?.focus();
  }, [state.firstOfMore]);

  return (
    <>
      <ViewHeading>{t('mine.heading')}</ViewHeading>
      <Text as="p">{t('mine.intro')}</Text>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadFailed error={state.error} retry={reload} />}
      {state.status === 'ok' &&
        (state.items.length === 0 ? (
          <Text as="p">{t('mine.empty')}</Text>
        ) : (
          <div className={styles.layout}>
            <section
              aria-labelledby="mine-list-heading"
              aria-busy={state.loadingMore}
              ref={listSection}
              className={styles.list}
            >
              <Heading level={3} id="mine-list-heading">
                {t('mine.listLabel')}
              </Heading>
              <ReportList items={state.items} selectedId={selectedId} onSelect={setSelectedId} />
              {state.error !== null && state.error !== undefined && (
                <LoadFailed error={state.error} retry={loadMore} />
              )}
              {state.nextCursor && (
                <div>
                  <Button
                    onClick={loadMore}
                    disabledFocusable={state.loadingMore}
                    data-testid="mine-more"
                  >
                    {state.loadingMore ? t('app.loading') : t('mine.loadMore')}
                  </Button>
                </div>
              )}
            </section>
            <section aria-labelledby="mine-detail-heading">
              <Heading level={3} id="mine-detail-heading">
                {t('mine.detailHeading')}
              </Heading>
              {(() => {
                const selected = state.items.find((o) => o.id === selectedId);
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
