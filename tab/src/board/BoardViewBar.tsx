import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { BOARD_SORTS, type BoardSort } from '../../../src/domain/observation/board-order';
import { FitSelect } from '../common/FitSelect';

export type ViewMode = 'list' | 'columns' | 'table';
export const VIEW_MODES: readonly ViewMode[] = ['list', 'columns', 'table'];

const SORT_LABEL = {
  filed_desc: 'board.sortFiledDesc',
  filed_asc: 'board.sortFiledAsc',
  waiting_desc: 'board.sortWaitingDesc',
  priority_asc: 'board.sortPriorityAsc',
} as const satisfies Record<BoardSort, string>;

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  radios: { flexWrap: 'wrap' },
  sort: { minWidth: 0, maxWidth: '100%', flexBasis: '18rem', flexGrow: 1 },
});

type Props = {
  readonly mode: ViewMode;
  readonly onMode: (mode: ViewMode) => void;
  readonly sort: BoardSort;
  readonly onSort: (sort: BoardSort) => void;
};

/** How the board is shown (list, columns by status, table) and in which order it comes. */
export function BoardViewBar({ mode, onMode, sort, onSort }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Field label={t('board.view')}>
        <RadioGroup
          layout="horizontal"
          className={styles.radios}
          value={mode}
          onChange={(_, d) => onMode(d.value as ViewMode)}
        >
          <Radio value="list" label={t('board.viewList')} />
          <Radio value="columns" label={t('board.viewColumns')} />
          <Radio value="table" label={t('board.viewTable')} />
        </RadioGroup>
      </Field>
      <Field className={styles.sort} label={{ children: t('board.sort'), htmlFor: 'board-sort' }}>
        <FitSelect id="board-sort" value={sort} onChange={(_, d) => onSort(d.value as BoardSort)}>
          {BOARD_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABEL[s])}
            </option>
          ))}
        </FitSelect>
      </Field>
    </div>
  );
}
