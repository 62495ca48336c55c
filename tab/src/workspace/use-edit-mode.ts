import { useRef, useState, type RefObject } from 'react';
import type { LiveMessageValue } from '../common/LiveMessage';

/** On the next frame, once React has put the element back in the page. */
const later = (f: () => void) => requestAnimationFrame(f);

/**
 * A part of an item that its button turns into a form. Saved: the form closes, the outcome is
 * announced and the focus goes to `after` (the item's heading); cancelled: back to the button.
 */
export function useEditMode(after: RefObject<HTMLElement | null>) {
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return {
    editing,
    message,
    setMessage,
    button,
    start: () => {
      setMessage(null);
      setEditing(true);
    },
    cancel: () => {
      setEditing(false);
      later(() => button.current?.focus());
    },
    saved: (text: string) => {
      setEditing(false);
      setMessage({ intent: 'success', text });
      later(() => after.current?.focus());
    },
  };
}
