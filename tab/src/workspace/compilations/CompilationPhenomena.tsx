import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { CHART_PHENOMENA } from '../chart-size';
import { ChartPair } from '../ChartPair';
import type { TrendRow } from '../trend-rows';
import { TrendTable } from '../TrendTable';
import type { Compilation } from './compilations-api';
import { useCompilationWords } from './use-compilation-words';

const TrendChart = lazy(() => import('../TrendChart').then((m) => ({ default: m.TrendChart })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** The phenomena of the compilation's observations: the count against the time before. */
export function CompilationPhenomena({ compilation }: { readonly compilation: Compilation }) {
  const { t } = useTranslation();
  const names = useCompilationWords();
  const styles = useStyles();
  const current = names.current(compilation);
  const previous = names.previous(compilation);
  const rows: TrendRow[] = compilation.phenomena.map((p) => ({
    id: p.id,
    title: p.title,
    count: p.count,
    previousCount: p.previousCount,
    change: p.count - p.previousCount,
  }));
  const charted = rows.filter((r) => r.count > 0 || r.previousCount > 0).length;
  const label = t('workspace.compilations.phenomenaChart', { current, previous });

  return (
    <section className={styles.root} aria-labelledby="compilation-phenomena">
      <Heading level={4} id="compilation-phenomena">
        {t('workspace.compilations.phenomena')}
      </Heading>
      {rows.length === 0 ? (
        <Text>{t('workspace.compilations.noPhenomena')}</Text>
      ) : (
        <ChartPair
          caption={charted > 0 ? label : null}
          note={
            charted > CHART_PHENOMENA
              ? t('workspace.trend.chartTop', { shown: CHART_PHENOMENA })
              : null
          }
          chart={<TrendChart rows={rows} current={current} previous={previous} label={label} />}
          table={
            <TrendTable
              rows={rows}
              current={current}
              previous={previous}
              caption={t('workspace.compilations.phenomenaTable')}
              testId="compilation-phenomena-table"
            />
          }
        />
      )}
    </section>
  );
}
