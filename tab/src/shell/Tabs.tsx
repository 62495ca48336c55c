import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import {
  createContext,
  useContext,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

/**
 * The navigation's tabs: Fluent's TabList look and keyboard behaviour (one tab stop; arrow
 * keys, Home and End move between tabs; Enter or Space, or a click, selects), without its
 * focus-management library, which on the form's first load was the largest piece nothing
 * else there needed. The props are the part of Fluent's TabList and Tab the shell uses.
 */

type TabSelectData = { readonly value: string };

type Selection = {
  readonly selectedValue: string;
  readonly select: (event: React.SyntheticEvent, value: string) => void;
};

const SelectionContext = createContext<Selection | null>(null);

const useStyles = makeStyles({
  list: { display: 'flex', alignItems: 'center', position: 'relative' },
  tab: {
    ...typographyStyles.body1,
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    flexShrink: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ':active': {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
    // The selection indicator under the label, as Fluent draws it; on hover a grey one.
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalMNudge,
      right: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    '@media (forced-colors: active)': {
      ':focus-visible': { outlineColor: 'Highlight' },
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    '@media (forced-colors: active)': {
      '::after': { backgroundColor: 'Highlight' },
      ':hover::after': { backgroundColor: 'Highlight' },
    },
  },
  // Bold text is wider: the label's bold width is reserved so selecting does not shift tabs.
  label: {
    display: 'inline-grid',
    '::after': {
      content: 'attr(data-text)',
      fontWeight: tokens.fontWeightSemibold,
      visibility: 'hidden',
      height: 0,
      overflow: 'hidden',
      gridArea: '1 / 1',
    },
  },
  text: { gridArea: '1 / 1' },
});

type TabListProps = Omit<HTMLAttributes<HTMLDivElement>, 'onSelect'> & {
  readonly selectedValue: string;
  readonly onTabSelect: (event: React.SyntheticEvent, data: TabSelectData) => void;
  readonly children: ReactNode;
};

function tabsOf(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
}

export function TabList({
  selectedValue,
  onTabSelect,
  className,
  children,
  ...rest
}: TabListProps) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = tabsOf(event.currentTarget);
    const at = tabs.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || tabs.length === 0) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step: Record<string, number | 'first' | 'last'> = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      Home: 'first',
      End: 'last',
    };
    const move = step[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next =
      move === 'first'
        ? 0
        : move === 'last'
          ? tabs.length - 1
          : (at + move + tabs.length) % tabs.length;
    tabs[next]?.focus();
  };
  return (
    <SelectionContext.Provider
      value={{ selectedValue, select: (event, value) => onTabSelect(event, { value }) }}
    >
      <div
        role="tablist"
        aria-orientation="horizontal"
        {...rest}
        className={mergeClasses(styles.list, className)}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </SelectionContext.Provider>
  );
}

type TabProps = Omit<HTMLAttributes<HTMLButtonElement>, 'children'> & {
  readonly value: string;
  readonly children: string;
};

export function Tab({ value, className, children, ...rest }: TabProps) {
  const styles = useStyles();
  const selection = useContext(SelectionContext);
  const selected = selection?.selectedValue === value;
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      // One tab stop for the list: the selected tab; the arrows reach the others.
      tabIndex={selected ? 0 : -1}
      {...rest}
      className={mergeClasses(styles.tab, selected && styles.selected, className)}
      onClick={(event) => selection?.select(event, value)}
    >
      <span className={styles.label} data-text={children}>
        <span className={styles.text}>{children}</span>
      </span>
    </button>
  );
}
