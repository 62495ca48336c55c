import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useDataTableStyles } from '../data-table-styles';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { ReportFigure } from './reports-api';

const useStyles = makeStyles({
  // A wide table scrolls in its own box; the page never scrolls sideways.
  scroll: { overflowX: 'auto', maxWidth: '100%', minWidth: 0 },
  table: { maxWidth: '40rem' },
  note: { margin: 0, marginBlockStart: tokens.spacingVerticalXS },
});

type Props = {
  readonly figure: ReportFigure;
  /** The report's language, which its words are in (the tab's may be another). */
  readonly lang: string;
};

/** A figure's numbers as the working group sees them: exact, with the total. */
export function FigureTable({ figure, lang }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  const table = useDataTableStyles();
  const head = `${table.cell} ${table.head}`;
  return (
    <div className={styles.scroll}>
      <table className={`${table.table} ${styles.table}`} data-figure-key={figure.key}>
        <caption className={table.caption} lang={lang}>
          {figure.title}
        </caption>
        <thead lang={lang}>
          <tr>
            <th scope="col" className={head}>
              {figure.labelHeading}
            </th>
            <th scope="col" className={`${head} ${table.number} ${table.short}`}>
              {figure.countHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={`${table.cell} ${table.name}`} lang={lang}>
                {r.label}
              </th>
              <td className={`${table.cell} ${table.number}`}>{labels.number(r.count)}</td>
            </tr>
          ))}
          {figure.total !== null && (
            <tr>
              <th scope="row" className={`${table.cell} ${table.head}`}>
                {t('workspace.reports.total')}
              </th>
              <td className={`${table.cell} ${table.number} ${table.head}`}>
                {labels.number(figure.total)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {figure.smallCountsProtected && (
        <Text as="p" size={200} block className={styles.note}>
          {t('workspace.reports.smallCounts')}
        </Text>
      )}
    </div>
  );
}
