import { Button, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Heading } from '../common/Heading';
import { LoadState, type LoadingQuery } from './LoadState';
import { useSplitSectionStyles } from './split-section.styles';

/** What a section's list query gives (TanStack Query's result, as far as the list needs it). */
export type ListQuery<T> = LoadingQuery & { readonly data: readonly T[] | undefined };

export type ListSectionProps<T> = {
  /** Names the heading's id, `<name>-heading`, which labels the section. */
  readonly name: string;
  readonly heading: string;
  /** A line right under the heading (a section without a "new" button). */
  readonly subtitle?: string | undefined;
  /** A paragraph below the heading's line. */
  readonly intro?: string | undefined;
  /** The "new" button's words; none for those who may not make one. */
  readonly newLabel?: string | undefined;
  readonly onNew: () => void;
  readonly query: ListQuery<T>;
  /** Shown instead of an empty list; none: the list says it itself (its filters stay). */
  readonly empty?: ReactNode;
  readonly children: (items: readonly T[]) => ReactNode;
};

/** A section's list: its heading with the "new" button, then loading, failure, empty or the list. */
export function ListSection<T>(props: ListSectionProps<T>) {
  const { name, heading, subtitle, intro, newLabel, onNew, query, empty, children } = props;
  const styles = useSplitSectionStyles();
  const headingId = `${name}-heading`;
  const title = (
    <Heading level={3} id={headingId}>
      {heading}
    </Heading>
  );
  const items = query.data;
  return (
    <section className={styles.column} aria-labelledby={headingId}>
      <div className={styles.bar}>
        {subtitle === undefined ? (
          title
        ) : (
          <div>
            {title}
            <Text as="p" block className={styles.subtitle}>
              {subtitle}
            </Text>
          </div>
        )}
        {newLabel !== undefined && (
          <Button appearance="primary" data-new-button onClick={onNew}>
            {newLabel}
          </Button>
        )}
      </div>
      {intro !== undefined && (
        <Text as="p" block className={styles.intro}>
          {intro}
        </Text>
      )}
      <LoadState query={query} />
      {items && (items.length === 0 && empty !== undefined ? empty : children(items))}
    </section>
  );
}
