import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  mergeClasses,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
  type DataGridProps,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../src/domain/lifecycle/status';
import { boardComparator, type BoardSort } from '../../../src/domain/observation/board-order';
import { TRIAGE_FIELDS, type TriageField } from '../../../src/domain/triage/triage-record';
import type { ObservationView } from '../api/types';
import { AnswerTime } from '../common/AnswerTime';
import { observationTitle } from '../common/title';
import { useLabels, type Labels } from '../common/use-labels';
import { triageValueText } from './triage-values';
import { UnroutedBadge } from './UnroutedBadge';

type SortState = Parameters<NonNullable<DataGridProps['onSortChange']>>[1];
type Direction = SortState['sortDirection'];
type ColumnId =
  'observation' | 'status' | 'createdAt' | 'waiting' | 'serviceArea' | 'municipality' | TriageField;

/**
 * The columns the server can sort the whole board by (GET /api/observations?sort=), and in
 * which direction. Any other column, or direction, sorts only the rows loaded so far.
 */
const SERVER_SORTS: Partial<Record<ColumnId, Partial<Record<Direction, BoardSort>>>> = {
  createdAt: { ascending: 'filed_asc', descending: 'filed_desc' },
  waiting: { descending: 'waiting_desc' },
  priority: { ascending: 'priority_asc' },
};
const COLUMN_OF: Record<BoardSort, { sortColumn: ColumnId; sortDirection: Direction }> = {
  filed_desc: { sortColumn: 'createdAt', sortDirection: 'descending' },
  filed_asc: { sortColumn: 'createdAt', sortDirection: 'ascending' },
  waiting_desc: { sortColumn: 'waiting', sortDirection: 'descending' },
  priority_asc: { sortColumn: 'priority', sortDirection: 'ascending' },
};
/** The first click on these sorts the way people mostly want: newest and longest first. */
const FIRST_DIRECTION: Partial<Record<ColumnId, Direction>> = {
  createdAt: 'descending',
  waiting: 'descending',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  /** The grid scrolls sideways inside this region, never the page. */
  region: {
    maxWidth: '100%',
    overflowX: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    outlineOffset: '2px',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  row: { cursor: 'pointer' },
  /** A withdrawn one needs nothing from the supervisor: quieter than the rest, as in the list. */
  withdrawn: {
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    alignItems: 'flex-start',
    paddingBlock: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  /** A long note shows its first three lines; the panel has the rest. */
  text: {
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

const byText = (text: (o: ObservationView) => string) => (a: ObservationView, b: ObservationView) =>
  text(a).localeCompare(text(b), 'fi');

function columnsOf(
  labels: Labels,
  t: TFunction,
  textClass: string,
  titleClass: string,
): TableColumnDefinition<ObservationView>[] {
  // Sorted by what is stored (a day as yyyy-mm-dd sorts by date), shown as read (d.M.yyyy).
  const triageRaw = (field: TriageField) => (o: ObservationView) => {
    const value = o.triage?.[field];
    return value === null || value === undefined ? '' : String(value);
  };
  const waitingFirst = boardComparator('waiting_desc');
  return [
    createTableColumn<ObservationView>({
      columnId: 'observation',
      compare: byText((o) => observationTitle(o.description)),
      renderHeaderCell: () => t('board.tableObservation'),
      renderCell: (o) => (
        <span className={`${textClass} ${titleClass}`}>{observationTitle(o.description)}</span>
      ),
    }),
    createTableColumn<ObservationView>({
      columnId: 'status',
      compare: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
      renderHeaderCell: () => t('board.status'),
      renderCell: (o) => (
        <>
          {labels.status(o.status)} <UnroutedBadge observationId={o.id} />
        </>
      ),
    }),
    createTableColumn<ObservationView>({
      columnId: 'createdAt',
      compare: boardComparator('filed_asc'),
      renderHeaderCell: () => t('detail.createdAt'),
      renderCell: (o) => labels.date(o.createdAt),
    }),
    createTableColumn<ObservationView>({
      columnId: 'waiting',
      // Descending is the server's waiting_desc: unanswered longest first, then the answered.
      compare: (a, b) => -waitingFirst(a, b),
      renderHeaderCell: () => t('board.tableWaiting'),
      renderCell: (o) => <AnswerTime observation={o} variant="board" />,
    }),
    createTableColumn<ObservationView>({
      columnId: 'serviceArea',
      compare: byText((o) => labels.list('serviceAreas', o.serviceArea)),
      renderHeaderCell: () => t('board.serviceArea'),
      renderCell: (o) => labels.list('serviceAreas', o.serviceArea),
    }),
    createTableColumn<ObservationView>({
      columnId: 'municipality',
      compare: byText((o) => labels.list('municipalities', o.municipality)),
      renderHeaderCell: () => t('board.municipality'),
      renderCell: (o) => labels.list('municipalities', o.municipality),
    }),
    ...TRIAGE_FIELDS.map((field) =>
      createTableColumn<ObservationView>({
        columnId: field,
        compare: field === 'priority' ? boardComparator('priority_asc') : byText(triageRaw(field)),
        renderHeaderCell: () => labels.triage(field),
        renderCell: (o) => (
          <span className={textClass}>{triageValueText(field, o.triage?.[field])}</span>
        ),
      }),
    ),
  ];
}

const SIZES: TableColumnSizingOptions = {
  observation: { minWidth: 160, defaultWidth: 260, idealWidth: 260 },
  status: { minWidth: 110, defaultWidth: 150 },
  createdAt: { minWidth: 90, defaultWidth: 100 },
  waiting: { minWidth: 120, defaultWidth: 170 },
  serviceArea: { minWidth: 110, defaultWidth: 160 },
  municipality: { minWidth: 90, defaultWidth: 120 },
  ...Object.fromEntries(
    TRIAGE_FIELDS.map((field) => [
      field,
      field === 'priority'
        ? { minWidth: 80, defaultWidth: 110 }
        : { minWidth: 100, defaultWidth: 180 },
    ]),
  ),
};

type Props = {
  readonly items: readonly ObservationView[];
  /** The server's order of the board (the sort select and the API). */
  readonly sort: BoardSort;
  readonly onSort: (sort: BoardSort) => void;
  readonly onOpen: (id: string) => void;
};

/**
 * The board as Kainuu's ten-column follow-up sheet: every triage field side by side with the
 * observation, its status, filing date, wait, service area and municipality. A Fluent
 * DataGrid: arrow keys move cell to cell, Enter (or a click) opens the observation, a heading
 * sorts, and columns are resized by dragging a heading's edge or, from the keyboard, from the
 * heading's menu (Shift+F10, then the arrow keys). Sorting by filing date (both ways), by
 * waiting (longest first) and by priority (1 first) asks the server, so the whole board comes
 * in that order page by page; other columns sort only the rows loaded, and say so.
 */
export function BoardTable({ items, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const captionId = useId();
  const helpId = useId();
  const [loadedOnly, setLoadedOnly] = useState<SortState | null>(null);
  // Another server order chosen outside the grid (the select) replaces a local one.
  useEffect(() => setLoadedOnly(null), [sort]);

  const columns = useMemo(
    () => columnsOf(labels, t, styles.text, styles.title),
    [labels, t, styles.text, styles.title],
  );
  const sortState: SortState = loadedOnly ?? COLUMN_OF[sort];

  const changeSort: DataGridProps['onSortChange'] = (_event, next) => {
    const column = next.sortColumn as ColumnId | undefined;
    if (column === undefined) return;
    const direction =
      column !== sortState.sortColumn
        ? (FIRST_DIRECTION[column] ?? next.sortDirection)
        : next.sortDirection;
    const server = SERVER_SORTS[column]?.[direction];
    if (server !== undefined) {
      setLoadedOnly(null);
      onSort(server);
    } else {
      setLoadedOnly({ sortColumn: column, sortDirection: direction });
    }
  };

  const openOnEnter = (id: string) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !event.defaultPrevented) {
      event.preventDefault();
      onOpen(id);
    }
  };

  return (
    <div className={styles.root}>
      <Text id={captionId} weight="semibold">
        {t('board.tableLabel')}
      </Text>
      <Text id={helpId} size={200}>
        {t('board.tableHelp')}
      </Text>
      {loadedOnly !== null && (
        <Text size={200} role="status" data-testid="table-loaded-only">
          {t('board.tableClientSorted', { count: items.length })}
        </Text>
      )}
      <div
        className={styles.region}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        data-testid="board-table-region"
      >
        <DataGrid
          items={[...items]}
          columns={columns}
          getRowId={(o: ObservationView) => o.id}
          sortable
          sortState={sortState}
          onSortChange={changeSort}
          resizableColumns
          resizableColumnsOptions={{ autoFitColumns: false }}
          columnSizingOptions={SIZES}
          focusMode="cell"
          size="small"
          aria-labelledby={captionId}
          aria-describedby={helpId}
          data-testid="board-table"
        >
          <DataGridHeader>
            <DataGridRow>
              {({ renderHeaderCell, columnId }, dataGrid) => (
                <Menu openOnContext>
                  <MenuTrigger disableButtonEnhancement>
                    <DataGridHeaderCell data-column={String(columnId)}>
                      {renderHeaderCell()}
                    </DataGridHeaderCell>
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList>
                      <MenuItem
                        onClick={dataGrid.columnSizing_unstable.enableKeyboardMode(columnId)}
                      >
                        {t('board.tableResize')}
                      </MenuItem>
                    </MenuList>
                  </MenuPopover>
                </Menu>
              )}
            </DataGridRow>
          </DataGridHeader>
          <DataGridBody<ObservationView>>
            {({ item, rowId }) => (
              <DataGridRow<ObservationView>
                key={rowId}
                className={mergeClasses(
                  styles.row,
                  item.status === 'withdrawn' && styles.withdrawn,
                )}
                onClick={() => onOpen(item.id)}
                onKeyDown={openOnEnter(item.id)}
              >
                {({ renderCell, columnId }) => (
                  <DataGridCell
                    className={styles.cell}
                    {...(columnId === 'observation' ? { 'data-observation-id': item.id } : {})}
                  >
                    {renderCell(item)}
                  </DataGridCell>
                )}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      </div>
    </div>
  );
}
