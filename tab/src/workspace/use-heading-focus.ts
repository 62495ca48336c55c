import { useEffect, useRef } from 'react';

/**
 * An item's heading, focused once the item has loaded when `focus` asks for it (just made,
 * opened on a narrow screen, linked to). Once only: a refetch must not pull the focus back
 * from wherever the user has gone since.
 */
export function useHeadingFocus(focus: boolean, loaded: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focus || !loaded || focused.current) return;
    focused.current = true;
    heading.current?.focus();
  }, [focus, loaded]);
  return heading;
}
