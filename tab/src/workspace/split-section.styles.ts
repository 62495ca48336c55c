import { makeStyles, tokens } from '@fluentui/react-components';

/** The list column and the detail column of every workspace section, and what sits above them. */
export const useSplitSectionStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // The heading and the "new" button share a line while they fit.
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  intro: { margin: 0, maxWidth: '60rem' },
  subtitle: { margin: 0 },
});
