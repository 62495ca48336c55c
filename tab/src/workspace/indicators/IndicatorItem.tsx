import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { Evidence, Indicator } from './indicators-api';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    minWidth: 0,
  },
  achieved: { borderInlineStartColor: tokens.colorPaletteGreenBorderActive },
  missed: { borderInlineStartColor: tokens.colorPaletteRedBorderActive },
  // The sign hangs in its own column, so that a long label wraps under itself.
  head: {
    display: 'grid',
    gridTemplateColumns: '1.5em minmax(0, 1fr)',
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  mark: { gridRow: '1 / span 2' },
  state: {
    gridColumn: 2,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  summary: { margin: 0, paddingInlineStart: '1.5em', overflowWrap: 'anywhere' },
  evidence: {
    margin: 0,
    paddingInlineStart: `calc(1.5em + ${tokens.spacingHorizontalL})`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
});

/**
 * One piece of evidence: what, how many, when (d.M.yyyy, unless the label already says the
 * day), linked when it has a page.
 */
function EvidenceLine({ item }: { readonly item: Evidence }) {
  const words = useWorkspaceLabels();
  const day = item.date === undefined ? null : words.day(item.date);
  // Without a label of its own, the day names the piece.
  const label = item.label.trim() || day || '';
  const rest = [
    item.value === undefined ? null : words.number(item.value),
    day !== null && !label.includes(day) ? day : null,
  ].filter((part): part is string => part !== null);
  return (
    <li>
      {item.url ? (
        <Link href={item.url} target="_blank" rel="noopener" inline>
          {label || item.url}
        </Link>
      ) : (
        label
      )}
      {label !== '' && rest.length > 0 && ': '}
      {rest.join(', ')}
    </li>
  );
}

/** An indicator, achieved or not in words and a sign (the colour only repeats them). */
export function IndicatorItem({ indicator }: { readonly indicator: Indicator }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = `indicator-${indicator.id}`;
  return (
    <li
      className={`${styles.item} ${indicator.achieved ? styles.achieved : styles.missed}`}
      data-indicator={indicator.id}
    >
      <h4 id={headingId} className={styles.head}>
        <span aria-hidden className={styles.mark}>
          {indicator.achieved ? '✓' : '✗'}
        </span>
        <span>{indicator.label}</span>
        <span className={styles.state} data-testid="indicator-state">
          {indicator.achieved
            ? t('workspace.indicators.achieved')
            : t('workspace.indicators.notAchieved')}
        </span>
      </h4>
      <Text as="p" block className={styles.summary}>
        {indicator.evidence.summary}
      </Text>
      {indicator.evidence.items.length > 0 && (
        <ul className={styles.evidence} aria-label={t('workspace.indicators.evidence')}>
          {indicator.evidence.items.map((item, i) => (
            <EvidenceLine key={i} item={item} />
          ))}
        </ul>
      )}
    </li>
  );
}
