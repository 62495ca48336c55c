import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { useNarrow } from '../common/use-narrow';
import { ViewHeading } from '../common/ViewHeading';
import { OwnDataDownload } from './OwnDataDownload';
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
  },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  detail: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  back: { alignSelf: 'flex-start' },
});

type Props = {
  /** The observation to open first: the one just filed, or one an earlier send filed. */
  readonly initialSelectedId?: string | null;
  /** Takes the reporter to the form (offered while they have no observations). */
  readonly onFileNew: () => void;
};

/**
 * "Omat havainnot": the reporter's own and co-reported observations and what became of them.
 * Side by side on wide screens; on narrow ones the chosen observation is a view of its own,
 * with a way back to the list, and the focus follows.
 */
export function MyReports({ initialSelectedId = null, onFileNew }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const narrow = useNarrow();
  const { state, loadMore, reload, replace } = useMyReports();
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId);
  const listSection = useRef<HTMLElement>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  /** Whether the focus should go to the detail when it appears (the user chose it). */
  const focusDetail = useRef(initialSelectedId !== null);
  const returnTo = useRef<string | null>(null);

  const focusItem = (id: string) =>
    listSection.current
      ?.querySelector<HTMLElement>(`[data-observation-id="${CSS.escape(id)}"]`)
      ?.focus();

  // "Show more" moves the focus to the first item it brought, so a keyboard or screen reader
  // user goes on reading where the list went on, instead of staying on the button below it.
  useEffect(() => {
    if (state.firstOfMore !== null) focusItem(state.firstOfMore);
  }, [state.firstOfMore]);

  const selected = state.items.find((o) => o.id === selectedId) ?? null;
  useEffect(() => {
    if (selected === null || !focusDetail.current) return;
    focusDetail.current = false;
    detailHeading.current?.focus();
  }, [selected]);

  // Back from the narrow detail view: to the list, on the item the user came from.
  useEffect(() => {
    if (selectedId !== null || returnTo.current === null) return;
    focusItem(returnTo.current);
    returnTo.current = null;
  }, [selectedId]);

  const choose = useCallback(
    (id: string) => {
      focusDetail.current = narrow;
      setSelectedId(id);
    },
    [narrow],
  );
  const back = () => {
    returnTo.current = selectedId;
    setSelectedId(null);
  };

  const detail = (
    <section aria-labelledby="mine-detail-heading" className={styles.detail}>
      {narrow && (
        <Button className={styles.back} appearance="subtle" onClick={back} data-testid="mine-back">
          {t('mine.back')}
        </Button>
      )}
      <Heading level={3} id="mine-detail-heading" ref={detailHeading} focusable>
        {t('mine.detailHeading')}
      </Heading>
      {selected ? (
        <ReportDetail key={selected.id} observation={selected} onChanged={replace} />
      ) : (
        <Text as="p" block>
          {t('mine.pick')}
        </Text>
      )}
    </section>
  );

  const list = (
    <section
      aria-labelledby="mine-list-heading"
      aria-busy={state.loadingMore}
      ref={listSection}
      className={styles.list}
    >
      <Heading level={3} id="mine-list-heading">
        {t('mine.listLabel')}
      </Heading>
      <ReportList items={state.items} selectedId={selectedId} onSelect={choose} />
      {state.error !== null && state.error !== undefined && (
        <LoadFailed error={state.error} retry={loadMore} />
      )}
      {state.nextCursor && (
        <div>
          <Button onClick={loadMore} disabledFocusable={state.loadingMore} data-testid="mine-more">
            {state.loadingMore ? t('app.loading') : t('mine.loadMore')}
          </Button>
        </div>
      )}
    </section>
  );

  return (
    <>
      <ViewHeading>{t('mine.heading')}</ViewHeading>
      <Text as="p" block>
        {t('mine.intro')}
      </Text>
      <OwnDataDownload />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadFailed error={state.error} retry={reload} />}
      {state.status === 'ok' && state.items.length === 0 && (
        <div className={styles.detail} data-testid="mine-empty">
          <Text as="p" block>
            {t('mine.empty')}
          </Text>
          <Button className={styles.back} appearance="primary" onClick={onFileNew}>
            {t('mine.fileFirst')}
          </Button>
        </div>
      )}
      {state.status === 'ok' &&
        state.items.length > 0 &&
        (narrow ? (
          selected ? (
            detail
          ) : (
            list
          )
        ) : (
          <div className={styles.layout}>
            {list}
            {detail}
          </div>
        ))}
    </>
  );
}
