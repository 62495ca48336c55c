import { Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { FitSelect } from '../common/FitSelect';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { CHART_PHENOMENA } from './chart-size';
import { ChartPair } from './ChartPair';
import { trendRowsOf } from './trend-rows';
import { TrendTable } from './TrendTable';
import { useTrends } from './use-phenomena';
import { useWorkspaceLabels } from './use-workspace-labels';

const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  picker: { maxWidth: '24rem' },
});

type Props = { readonly periodId: string; readonly onPeriod: (id: string) => void };

/** The period's phenomena against the previous period: in words, as a chart and as a table. */
export function TrendSection({ periodId, onPeriod }: Props) {
  const { t } = useTranslation();
  const { config } = useSession();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const trends = useTrends(periodId);

  const data = trends.data;
  const total = data?.items.reduce((sum, i) => sum + i.count, 0) ?? 0;
  const previousTotal = data?.items.reduce((sum, i) => sum + i.previousCount, 0) ?? 0;
  const charted = data?.items.filter((i) => i.count > 0 || i.previousCount > 0).length ?? 0;
  const names = data ? { period: data.period.id, previous: data.previousPeriod.id } : null;
  const rows = data ? trendRowsOf(data) : [];

  return (
    <section className={styles.root} aria-labelledby="trend-heading" aria-busy={trends.isFetching}>
      <Heading level={3} id="trend-heading">
        {t('workspace.trend.heading')}
      </Heading>
      <Field
        className={styles.picker}
        label={{ children: t('workspace.trend.period'), htmlFor: 'trend-period' }}
      >
        <FitSelect id="trend-period" value={periodId} onChange={(_, d) => onPeriod(d.value)}>
          {config.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {labels.period(p.id)}
            </option>
          ))}
        </FitSelect>
      </Field>
      {trends.isPending && <Loading />}
      {trends.isError && <LoadFailed error={trends.error} retry={() => void trends.refetch()} />}
      {data && names && (
        <>
          <Text as="p" block data-testid="trend-summary">
            {total + previousTotal === 0
              ? t('workspace.trend.empty', names)
              : t('workspace.trend.summary', {
                  ...names,
                  n: words.number(total),
                  previousN: words.number(previousTotal),
                })}
          </Text>
          {data.items.length > 0 && (
            <ChartPair
              caption={charted > 0 ? t('workspace.trend.chart', names) : null}
              note={
                charted > CHART_PHENOMENA
                  ? t('workspace.trend.chartTop', { shown: CHART_PHENOMENA })
                  : null
              }
              chart={
                <TrendChart
                  rows={rows}
                  current={names.period}
                  previous={names.previous}
                  label={t('workspace.trend.chart', names)}
                />
              }
              table={<TrendTable rows={rows} current={names.period} previous={names.previous} />}
            />
          )}
        </>
      )}
    </section>
  );
}
