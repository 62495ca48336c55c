import { makeStyles } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';

// The heading and the outcome of the last save, which is there only now and then.
const useStyles = makeStyles({ top: { display: 'flex', flexDirection: 'column' } });

type Props = {
  /** The heading's id (tests and links find the item by it). */
  readonly id: string;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly children: ReactNode;
  /** The last save's outcome, announced. */
  readonly message: LiveMessageValue | null;
};

/** An item's heading (focusable: the focus goes there when it opens or is saved) and its news. */
export function DetailHeading({ id, headingRef, children, message }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.top}>
      <Heading level={3} id={id} ref={headingRef} focusable>
        {children}
      </Heading>
      <LiveMessage message={message} polite={['success']} />
    </div>
  );
}
