import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useNarrow } from '../common/use-narrow';

/** What the detail side shows: nothing yet, one item, or the form for a new one. */
export type Pane =
  | { readonly kind: 'none' }
  | { readonly kind: 'item'; readonly id: string; readonly focus: boolean }
  | { readonly kind: 'new' };

const NONE: Pane = { kind: 'none' };

/**
 * A list and its detail side by side on wide screens; on narrow ones (the Teams side panel)
 * one at a time, with a way back. The focus follows: to the item's heading when it replaces
 * the list or was just made, back to where the user came from when it closes. `oneAtATime`:
 * the items are too long to sit beside the list, so every screen is as a narrow one.
 */
export function usePane(root: RefObject<HTMLElement | null>, oneAtATime = false) {
  const narrow = useNarrow() || oneAtATime;
  const [pane, setPane] = useState<Pane>(NONE);
  /** What the new-item form replaced, to go back to when it is cancelled. */
  const beforeNew = useRef<Pane>(NONE);
  /** Where the focus goes once the pane has changed (a selector inside root). */
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    const selector = focusAfter.current;
    if (selector === null) return;
    focusAfter.current = null;
    root.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [pane, root]);

  const open = useCallback((id: string) => setPane({ kind: 'item', id, focus: narrow }), [narrow]);
  const created = useCallback((id: string) => setPane({ kind: 'item', id, focus: true }), []);
  const openNew = useCallback(() => {
    if (pane.kind !== 'new') beforeNew.current = pane;
    setPane({ kind: 'new' });
  }, [pane]);
  const cancelNew = useCallback(() => {
    focusAfter.current = '[data-new-button]';
    const back = beforeNew.current;
    setPane(narrow || back.kind !== 'item' ? NONE : { ...back, focus: false });
  }, [narrow]);
  const back = useCallback(() => {
    if (pane.kind === 'item') focusAfter.current = `[data-item-id="${CSS.escape(pane.id)}"]`;
    setPane(NONE);
  }, [pane]);

  return {
    pane,
    narrow,
    open,
    created,
    openNew,
    cancelNew,
    back,
    showList: !narrow || pane.kind === 'none',
    showDetail: !narrow || pane.kind !== 'none',
  };
}
