import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../src/domain/lifecycle/status';
import type { ObservationView, Status } from '../api/types';
import { Heading } from '../common/Heading';
import { useItemButtonStyles } from '../common/item-button';
import { useLabels } from '../common/use-labels';
import { BoardItem } from './BoardItem';

/**
 * Six statuses in rows that divide six: one column where the board is narrow (a phone, the
 * Teams side panel), 2 + 2 + 2, 3 + 3, and all six side by side only where each still gets
 * about 13rem (the widest the page gets, 1 400 px). Measured on the board's own width (a container query), not the window's, so
 * Teams' navigation and the page's padding are already taken off. Nothing scrolls sideways.
 */
const useStyles = makeStyles({
  container: { containerType: 'inline-size' },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@container (min-width: 30rem)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@container (min-width: 46rem)': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' },
    '@container (min-width: 80rem)': { gridTemplateColumns: 'repeat(6, minmax(0, 1fr))' },
  },
  apart: { marginTop: tokens.spacingVerticalL },
  column: {
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

/** The six statuses someone works on; `withdrawn` needs no answer and has no column of its own. */
const WORK_STATUSES = STATUSES.filter((status) => status !== 'withdrawn');

type Props = {
  readonly items: readonly ObservationView[];
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
};

/** One column per status, in lifecycle order, of the items loaded so far. */
export function BoardColumns({ items, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const list = useItemButtonStyles();
  const withdrawn = items.filter((o) => o.status === 'withdrawn');
  const column = (status: Status, className: string) => {
    const inColumn = items.filter((o) => o.status === status);
    const headingId = `column-${status}`;
    return (
      <section key={status} className={className} aria-labelledby={headingId}>
        <Heading level={4} id={headingId}>
          {labels.status(status)} ({inColumn.length})
        </Heading>
        {inColumn.length === 0 ? (
          <Text size={200}>{t('board.columnEmpty')}</Text>
        ) : (
          <ul className={list.list}>
            {inColumn.map((o) => (
              <li key={o.id}>
                <BoardItem
                  observation={o}
                  selected={o.id === selectedId}
                  showStatus={false}
                  onOpen={onOpen}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  };
  return (
    <div className={styles.container}>
      <div className={styles.columns} data-testid="board-columns">
        {WORK_STATUSES.map((status) => column(status, styles.column))}
      </div>
      {/* Withdrawn by the reporter: shown when loaded (a status filter), apart from the work. */}
      {withdrawn.length > 0 && column('withdrawn', mergeClasses(styles.column, styles.apart))}
    </div>
  );
}
