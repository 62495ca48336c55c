import type { ObservationView } from '../api/types';
import { useItemButtonStyles } from '../common/item-button';
import { BoardItem } from './BoardItem';

type Props = {
  readonly items: readonly ObservationView[];
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
};

export function BoardList({ items, selectedId, onOpen }: Props) {
  const styles = useItemButtonStyles();
  return (
    <ul className={styles.list} data-testid="board-list">
      {items.map((o) => (
        <li key={o.id}>
          <BoardItem observation={o} selected={o.id === selectedId} showStatus onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
