import { useTranslation } from 'react-i18next';
import { useDataTableStyles } from './data-table-styles';
import type { TrendRow } from './trend-rows';
import { TrendWords } from './TrendWords';
import { useWorkspaceLabels } from './use-workspace-labels';

type Props = {
  readonly rows: readonly TrendRow[];
  /** The column heads of the two counts: this period (or time) and the one before. */
  readonly current: string;
  readonly previous: string;
  readonly caption?: string;
  readonly testId?: string;
};

/** The chart's numbers as a table: every phenomenon, this period, the previous, the change. */
export function TrendTable({ rows, current, previous, caption, testId = 'trend-table' }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useDataTableStyles();
  const head = `${styles.cell} ${styles.head}`;
  return (
    <table className={styles.table} data-testid={testId}>
      <caption className={styles.caption}>{caption ?? t('workspace.trend.table')}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>
            {t('workspace.trend.phenomenon')}
          </th>
          <th scope="col" className={`${head} ${styles.number} ${styles.short}`}>
            {current}
          </th>
          <th scope="col" className={`${head} ${styles.number} ${styles.short}`}>
            {previous}
          </th>
          <th scope="col" className={head}>
            {t('workspace.trend.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => (
          <tr key={item.id}>
            <th scope="row" className={styles.cell}>
              {item.title}
            </th>
            <td className={`${styles.cell} ${styles.number}`}>{labels.number(item.count)}</td>
            <td className={`${styles.cell} ${styles.number}`}>
              {labels.number(item.previousCount)}
            </td>
            <td className={`${styles.cell} ${styles.short}`}>
              <TrendWords change={item.change} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
