import { makeStyles, tokens } from '@fluentui/react-components';

/** The look of the workspace's data tables (the charts' alternatives). */
export const useDataTableStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    '@media (max-width: 480px)': { paddingInline: tokens.spacingHorizontalXS },
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'break-word',
    hyphens: 'auto',
  },
  // A row's name may be one long compound word: on the narrowest screens it breaks anywhere.
  name: { '@media (max-width: 480px)': { overflowWrap: 'anywhere' } },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  // Beside the chart the short columns keep to one line; at 320–480 px they may wrap.
  short: { '@media (min-width: 481px)': { whiteSpace: 'nowrap' } },
});
