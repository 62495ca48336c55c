import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  base: { marginBlockStart: 0, fontWeight: tokens.fontWeightSemibold },
  h2: {
    marginBlockEnd: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  h3: {
    marginBlockEnd: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  h4: {
    marginBlockEnd: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  h5: {
    marginBlockEnd: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
});

type Props = {
  readonly level: 2 | 3 | 4 | 5;
  readonly children: ReactNode;
  readonly id?: string;
  readonly className?: string;
  /** Lets code move the focus here (tabIndex -1: not a stop of its own for Tab). */
  readonly ref?: Ref<HTMLHeadingElement>;
  readonly focusable?: boolean;
};

/** Headings in Fluent's type ramp; the app title is the only h1. */
export function Heading({ level, children, id, className, ref, focusable = false }: Props) {
  const styles = useStyles();
  const Tag = `h${level}` as const;
  return (
    <Tag
      id={id}
      ref={ref}
      tabIndex={focusable ? -1 : undefined}
      className={mergeClasses(styles.base, styles[Tag], className)}
    >
      {children}
    </Tag>
  );
}
