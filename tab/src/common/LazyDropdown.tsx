import {
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
  useFieldControlProps_unstable,
  type DropdownProps,
  type OptionProps,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

type Impl = typeof import('./dropdown-impl');

let impl: Impl | null = null;
let loading: Promise<Impl> | null = null;

/** Fetches Fluent's Dropdown once; the first caller starts it, later ones share it. */
export function loadDropdown(): Promise<Impl> {
  loading ??= import('./dropdown-impl').then(
    (m) => (impl = m),
    (error: unknown) => {
      loading = null; // a later interaction tries again
      throw error;
    },
  );
  return loading;
}

const useStyles = makeStyles({
  // The closed look of Fluent's outline Dropdown (useDropdownStyles), so nothing moves when
  // the real one takes its place.
  root: {
    display: 'inline-flex',
    boxSizing: 'border-box',
    minWidth: '250px',
    verticalAlign: 'middle',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ':hover': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
  },
  button: {
    ...typographyStyles.body1,
    display: 'grid',
    gridTemplateColumns: '[content] 1fr [icon] auto [end]',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `5px ${tokens.spacingHorizontalMNudge} 5px calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    textAlign: 'left',
    cursor: 'pointer',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  placeholder: { color: tokens.colorNeutralForeground4 },
  icon: { display: 'block', color: tokens.colorNeutralStrokeAccessible, width: '20px' },
});

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * Fluent's Dropdown, fetched when the user first comes near it (pointer over, focus, touch):
 * until then a look-alike button stands in, with the same id, label, description and value.
 * A click or an opening key before the real one has arrived opens it when it does.
 */
export function Dropdown(props: DropdownProps) {
  const styles = useStyles();
  const [ready, setReady] = useState(impl !== null);
  const openOnArrival = useRef(false);
  const hadFocus = useRef(false);
  const control = useFieldControlProps_unstable(
    { id: props.id, 'aria-describedby': props['aria-describedby'] },
    { supportsLabelFor: true },
  );

  useEffect(() => {
    if (!ready || !hadFocus.current || !props.id) return;
    document.getElementById(props.id)?.focus();
  }, [ready, props.id]);

  if (ready && impl) {
    const Real = impl.Dropdown;
    return <Real {...props} defaultOpen={openOnArrival.current || props.defaultOpen} />;
  }

  const fetchIt = (open: boolean) => {
    if (open) openOnArrival.current = true;
    loadDropdown().then(
      () => setReady(true),
      () => undefined,
    );
  };
  const text = typeof props.value === 'string' && props.value !== '' ? props.value : null;
  return (
    <span className={mergeClasses(styles.root, props.className)}>
      <button
        type="button"
        role="combobox"
        aria-expanded={false}
        aria-haspopup="listbox"
        {...control}
        disabled={props.disabled}
        className={styles.button}
        onPointerEnter={() => fetchIt(false)}
        onTouchStart={() => fetchIt(false)}
        onFocus={() => {
          hadFocus.current = true;
          fetchIt(false);
        }}
        onBlur={() => {
          hadFocus.current = false;
        }}
        onClick={() => fetchIt(true)}
        onKeyDown={(e: KeyboardEvent) => {
          if (OPENING_KEYS.has(e.key)) {
            e.preventDefault();
            fetchIt(true);
          }
        }}
      >
        <span className={text === null ? styles.placeholder : undefined}>
          {text ?? props.placeholder}
        </span>
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" fill="currentColor">
          <path d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16a.5.5 0 0 1 .7 0Z" />
        </svg>
      </button>
    </span>
  );
}

/** Fluent's Option; it is only ever drawn inside the real Dropdown, so after it has arrived. */
export function Option(props: OptionProps) {
  const Real = impl?.Option;
  return Real ? <Real {...props} /> : null;
}
