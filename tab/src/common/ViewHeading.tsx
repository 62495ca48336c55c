import type { ReactNode } from 'react';
import { Heading } from './Heading';

/** The h2 of a view (the app title is the h1). */
export function ViewHeading({ children }: { children: ReactNode }) {
  return <Heading level={2}>{children}</Heading>;
}
