import { Fragment, useRef, type ReactNode } from 'react';
import { BackButton } from './BackButton';
import { ListSection, type ListSectionProps } from './ListSection';
import { useSplitSectionStyles } from './split-section.styles';
import { SplitView } from './SplitView';
import { usePane } from './use-pane';
import { useOpenRequest, type OpenRequest } from './workspace-nav';

/** What the list needs of the pane: which item is open, and how to open one. */
export type ListPane = {
  readonly selectedId: string | null;
  readonly open: (id: string) => void;
};

type Props<T> = Omit<ListSectionProps<T>, 'onNew' | 'children' | 'query'> & {
  readonly list: ListSectionProps<T>['query'];
  readonly renderList: (items: readonly T[], pane: ListPane) => ReactNode;
  /** The form for a new item; `created` opens what it made, `cancel` goes back. */
  readonly renderNew?: (done: {
    readonly created: (id: string) => void;
    readonly cancel: () => void;
  }) => ReactNode;
  /** One item; it moves the focus to its heading when `focus` says so. */
  readonly renderItem: (item: { readonly id: string; readonly focus: boolean }) => ReactNode;
  /** The detail side before anything is chosen (wide screens). */
  readonly pick?: ReactNode;
  /** Shown above the list, and only with it (a section's overview). */
  readonly above?: ReactNode;
  /** An item to open (a deep link, an agenda's link …). */
  readonly request: OpenRequest | null;
  /** The items are long: list and item one at a time on every screen, with "back". */
  readonly oneAtATime?: boolean;
};

/**
 * A workspace section: its list beside the chosen item, or the form for a new one. On narrow
 * screens (and for long items on all) one of them at a time, with a way back; the focus
 * follows (see usePane).
 */
export function SplitSection<T>(props: Props<T>) {
  const { list, renderList, renderNew, renderItem, pick, above, request, oneAtATime } = props;
  const styles = useSplitSectionStyles();
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root, oneAtATime);
  const { pane } = split;
  useOpenRequest(request, split.created);
  const selectedId = pane.kind === 'item' ? pane.id : null;

  const listSection = (
    <ListSection
      name={props.name}
      heading={props.heading}
      subtitle={props.subtitle}
      intro={props.intro}
      newLabel={props.newLabel}
      empty={props.empty}
      query={list}
      onNew={split.openNew}
    >
      {(items) => renderList(items, { selectedId, open: split.open })}
    </ListSection>
  );

  const detail = (
    <div className={styles.column}>
      {split.narrow && pane.kind === 'item' && <BackButton onClick={split.back} />}
      {pane.kind === 'new' && renderNew?.({ created: split.created, cancel: split.cancelNew })}
      {/* A new id is a new item: its state (editing, messages, focus done) starts afresh. */}
      {pane.kind === 'item' && <Fragment key={pane.id}>{renderItem(pane)}</Fragment>}
      {pane.kind === 'none' && pick}
    </div>
  );

  return (
    <div className={styles.root} ref={root}>
      {split.showList && above}
      <SplitView
        narrow={split.narrow}
        showList={split.showList}
        showDetail={split.showDetail}
        list={listSection}
        detail={detail}
      />
    </div>
  );
}
