import { useTranslation } from 'react-i18next';
import { useDataTableStyles } from '../data-table-styles';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { CountRow } from './count-rows';

type Props = {
  readonly rows: readonly CountRow[];
  readonly caption: string;
  /** The head of the first column: what was counted by (service area, municipality …). */
  readonly by: string;
  readonly total: number;
};

/** A count chart's numbers as a table: every row, its count and its share of the total. */
export function CountTable({ rows, caption, by, total }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useDataTableStyles();
  const head = `${styles.cell} ${styles.head}`;
  const share = (n: number) =>
    total === 0
      ? '–'
      : t('workspace.compilations.share', { share: labels.number(Math.round((100 * n) / total)) });
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={head}>
            {by}
          </th>
          <th scope="col" className={`${head} ${styles.number} ${styles.short}`}>
            {t('workspace.compilations.count')}
          </th>
          <th scope="col" className={`${head} ${styles.number} ${styles.short}`}>
            {t('workspace.compilations.shareHead')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className={`${styles.cell} ${styles.name}`}>
              {r.label}
            </th>
            <td className={`${styles.cell} ${styles.number}`}>{labels.number(r.count)}</td>
            <td className={`${styles.cell} ${styles.number}`}>{share(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
