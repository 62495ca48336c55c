import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { ViewHeading } from '../common/ViewHeading';
import { storage } from '../common/storage';
import { BoardColumns } from './BoardColumns';
import { BoardFilters } from './BoardFilters';
import { BoardList } from './BoardList';
import { NO_FILTERS, type FilterValues } from './filters';
import { MedianLine } from './MedianLine';
import { ObservationPanel } from './ObservationPanel';
import { useBoard } from './use-board';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
});

type ViewMode = 'list' | 'columns';
const VIEW_KEY = 'rake.boardView';

/** "Käsittely": the supervisor's and RAKE group's board. */
export function Board() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [mode, setMode] = useState<ViewMode>(() =>
    storage.get(VIEW_KEY) === 'columns' ? 'columns' : 'list',
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const { state, loadMore, replace, reload } = useBoard(filters);

  // Closing the panel returns focus to the item that opened it.
  const closePanel = () => {
    const id = openId;
    setOpenId(null);
    if (id === null) return;
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-observation-id="${CSS.escape(id)}"]`)?.focus(),
    );
  };

  const chooseMode = (m: ViewMode) => {
    storage.set(VIEW_KEY, m);
    setMode(m);
  };

  return (
    <div className={styles.root}>
      <div>
        <ViewHeading>{t('board.heading')}</ViewHeading>
        <Text as="p">{t('board.intro')}</Text>
      </div>
      <BoardFilters value={filters} onChange={setFilters} />

      <section aria-labelledby="board-results-heading" aria-busy={state.status === 'loading'}>
        <div className={styles.bar}>
          <Heading level={3} id="board-results-heading">
            {t('board.results')}
          </Heading>
          <Field label={t('board.view')}>
            <RadioGroup
              layout="horizontal"
              value={mode}
              onChange={(_, d) => chooseMode(d.value as ViewMode)}
            >
              <Radio value="list" label={t('board.viewList')} />
              <Radio value="columns" label={t('board.viewColumns')} />
            </RadioGroup>
          </Field>
        </div>

        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed error={state.error} retry={reload} />}
        {state.status === 'ok' && (
          <div className={styles.root}>
            <MedianLine hours={state.medianHours} period={state.period} />
            <Text role="status">{t('board.shown', { count: state.items.length })}</Text>
            {state.items.length === 0 ? (
              <Text as="p">{t('board.empty')}</Text>
            ) : mode === 'list' ? (
              <BoardList items={state.items} selectedId={openId} onOpen={setOpenId} />
            ) : (
              <BoardColumns items={state.items} selectedId={openId} onOpen={setOpenId} />
            )}
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

      {openId && <ObservationPanel id={openId} onClose={closePanel} onChanged={replace} />}
    </div>
  );
}
