import { useEffect, useState } from 'react';

/**
 * Moves the focus to an element that the next renders will show (a saved item, a field that
 * opens): asked for now, done once the element is in the page.
 */
export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  // Every render: the element may come a render or two after the request (a refetch).
  useEffect(() => {
    if (target === null) return;
    const element = document.getElementById(target);
    if (element === null) return;
    element.focus();
    setTarget(null);
  });
  return setTarget;
}
