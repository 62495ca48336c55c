import { makeStyles, tokens } from '@fluentui/react-components';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  arrow: { marginInlineEnd: tokens.spacingHorizontalXXS },
});

/** A change as words ("kasvaa (+2)"), with an arrow beside them for the eye only. */
export function TrendWords({ change }: { readonly change: number }) {
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  return (
    <span>
      <span aria-hidden="true" className={styles.arrow}>
        {change > 0 ? '↑' : change < 0 ? '↓' : '→'}
      </span>
      {labels.trend(change)}
    </span>
  );
}
