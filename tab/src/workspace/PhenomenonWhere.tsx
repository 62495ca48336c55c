import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { useLabels, type ListName } from '../common/use-labels';
import type { PhenomenonTrend } from './api';
import { TrendWords } from './TrendWords';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  tables: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  table: { width: '100%', borderCollapse: 'collapse' },
  cell: {
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

type Props = { readonly trend: PhenomenonTrend | undefined; readonly periodId: string };

/** Where one phenomenon showed in the chosen period: by service area and by municipality. */
export function PhenomenonWhere({ trend, periodId }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const headingId = useId();

  const table = (list: ListName, title: string, counts: PhenomenonTrend['byServiceArea']) => (
    <table className={styles.table} aria-label={title}>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {title}
          </th>
          <th scope="col" className={`${styles.cell} ${styles.number}`}>
            {t('workspace.trend.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.id}>
            <th scope="row" className={styles.cell}>
              {labels.list(list, c.id)}
            </th>
            <td className={`${styles.cell} ${styles.number}`}>{words.number(c.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="phenomenon-where">
      <Heading level={4} id={headingId}>
        {t('workspace.trend.where', { period: periodId })}
      </Heading>
      {!trend || trend.count + trend.previousCount === 0 ? (
        <Text>{t('workspace.trend.nothing')}</Text>
      ) : (
        <>
          <Text>
            {t('workspace.trend.line', {
              period: periodId,
              n: words.number(trend.count),
              previousN: words.number(trend.previousCount),
            })}
            {' – '}
            <TrendWords change={trend.change} />
          </Text>
          {trend.count > 0 && (
            <div className={styles.tables}>
              {table('serviceAreas', t('workspace.trend.serviceArea'), trend.byServiceArea)}
              {table('municipalities', t('workspace.trend.municipality'), trend.byMunicipality)}
            </div>
          )}
        </>
      )}
    </section>
  );
}
