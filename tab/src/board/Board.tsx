import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_BOARD_SORT,
  isBoardSort,
  type BoardSort,
} from '../../../src/domain/observation/board-order';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { ViewHeading } from '../common/ViewHeading';
import { storage } from '../common/storage';
import { formatNumber } from '../i18n/format';
import { useSession } from '../shell/session';
import { boardIntroKeys } from './board-intro';
import { BoardColumns } from './BoardColumns';
import { BoardExport } from './BoardExport';
import { BoardFilters } from './BoardFilters';
import { BoardList } from './BoardList';
import { BoardTable } from './BoardTable';
import { BoardViewBar, VIEW_MODES, type ViewMode } from './BoardViewBar';
import { NO_FILTERS, toQuery, type FilterValues } from './filters';
import { MedianLine } from './MedianLine';
import { ObservationPanel } from './ObservationPanel';
import { UnroutedContext } from './unrouted';
import { useBoard } from './use-board';
import { handlesPublicQueue } from '../public-queue/access';

// The public form's queue is the coordinator's only: its own chunk, loaded for them alone.
const PublicQueue = lazy(() =>
  import('../public-queue/PublicQueue').then((m) => ({ default: m.PublicQueue })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    marginBlockEnd: tokens.spacingVerticalM,
  },
});

const VIEW_KEY = 'rake.boardView';
const SORT_KEY = 'rake.boardSort';

/** "Käsittely": the supervisor's and RAKE group's board. */
export function Board() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const { me, language } = useSession();
  const [mode, setMode] = useState<ViewMode>(() => {
    const kept = storage.get(VIEW_KEY);
    return VIEW_MODES.find((m) => m === kept) ?? 'list';
  });
  const [sort, setSort] = useState<BoardSort>(() => {
    const kept = storage.get(SORT_KEY);
    return isBoardSort(kept) ? kept : DEFAULT_BOARD_SORT;
  });
  const [openId, showPanel] = useState<string | null>(null);
  /** The board's item the panel was opened from (the panel may go on to a similar one). */
  const openedFrom = useRef<string | null>(null);
  const setOpenId = (id: string) => {
    openedFrom.current = id;
    showPanel(id);
  };
  const { state, loadMore, replace, reload } = useBoard(filters, sort);

  // Closing the panel returns focus to the item that opened it.
  const closePanel = () => {
    const id = openedFrom.current ?? openId;
    showPanel(null);
    if (id === null) return;
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-observation-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  const chooseMode = (m: ViewMode) => {
    storage.set(VIEW_KEY, m);
    setMode(m);
  };
  const chooseSort = (next: BoardSort) => {
    storage.set(SORT_KEY, next);
    setSort(next);
  };
  // A new order or filter is fetched with the old rows still shown (aria-busy), so a table
  // heading that asked for it keeps the focus.
  const showResults =
    state.status === 'ok' || (state.status === 'loading' && state.items.length > 0);
  const shown = state.items.length;
  const total = Math.max(state.total ?? shown, shown);

  return (
    <div className={styles.root}>
      <div>
        <ViewHeading>{t('board.heading')}</ViewHeading>
        {boardIntroKeys(me.roles).map((key) => (
          <Text as="p" block key={key} data-testid="board-intro">
            {t(key)}
          </Text>
        ))}
      </div>
      {handlesPublicQueue(me.roles) && (
        <Suspense fallback={null}>
          <PublicQueue onAccepted={reload} />
        </Suspense>
      )}
      <BoardFilters value={filters} onChange={setFilters} />
      <BoardExport filters={{ ...toQuery(filters), sort }} />

      <section aria-labelledby="board-results-heading" aria-busy={state.status === 'loading'}>
        <div className={styles.bar}>
          <Heading level={3} id="board-results-heading">
            {t('board.results')}
          </Heading>
          <BoardViewBar mode={mode} onMode={chooseMode} sort={sort} onSort={chooseSort} />
        </div>

        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed error={state.error} retry={reload} />}
        {showResults && (
          <div className={styles.root}>
            <MedianLine hours={state.medianHours} period={state.period} />
            <Text role="status" data-testid="board-total">
              {state.totalExact
                ? t('board.shownOfTotal', {
                    count: total,
                    shown: formatNumber(shown, language),
                    total: formatNumber(total, language),
                  })
                : t('board.shownOfAtLeast', {
                    shown: formatNumber(shown, language),
                    total: formatNumber(total, language),
                  })}
            </Text>
            <UnroutedContext.Provider value={state.unrouted}>
              {state.items.length === 0 ? (
                <Text as="p" block>
                  {t('board.empty')}
                </Text>
              ) : mode === 'list' ? (
                <BoardList items={state.items} selectedId={openId} onOpen={setOpenId} />
              ) : mode === 'table' ? (
                <BoardTable
                  items={state.items}
                  sort={sort}
                  onSort={chooseSort}
                  onOpen={setOpenId}
                />
              ) : (
                <BoardColumns items={state.items} selectedId={openId} onOpen={setOpenId} />
              )}
            </UnroutedContext.Provider>
            {state.error !== null && state.error !== undefined && (
              <LoadFailed error={state.error} retry={loadMore} />
            )}
            {state.nextCursor && (
              <div>
                <Button onClick={loadMore} disabled={state.loadingMore}>
                  {state.loadingMore ? t('app.loading') : t('board.loadMore')}
                </Button>
              </div>
            )}
          </div>
        )}
      </section>

      {openId && (
        <ObservationPanel id={openId} onClose={closePanel} onChanged={replace} onOpen={showPanel} />
      )}
    </div>
  );
}
