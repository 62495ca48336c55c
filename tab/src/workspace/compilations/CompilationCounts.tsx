import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../api/types';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { useSession } from '../../shell/session';
import { ChartPair } from '../ChartPair';
import type { Compilation, CountById } from './compilations-api';
import { CHART_COUNTS, countRows } from './count-rows';
import { CountTable } from './CountTable';

const CountChart = lazy(() => import('./CountChart').then((m) => ({ default: m.CountChart })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

const DIMENSIONS = [
  'serviceArea',
  'municipality',
  'topic',
  'kind',
  'targetGroup',
  'status',
] as const;
type Dimension = (typeof DIMENSIONS)[number];

const COUNTS: Record<Dimension, (c: Compilation) => readonly CountById[]> = {
  serviceArea: (c) => c.byServiceArea,
  municipality: (c) => c.byMunicipality,
  topic: (c) => c.byTopic,
  kind: (c) => c.byKind,
  targetGroup: (c) => c.byTargetGroup,
  status: (c) => c.byStatus,
};

/** The compilation's counts by service area, municipality, topic, kind, target group and status. */
export function CompilationCounts({ compilation }: { readonly compilation: Compilation }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { language } = useSession();
  const styles = useStyles();
  const labelOf: Record<Dimension, (id: string) => string> = {
    serviceArea: (id) => labels.list('serviceAreas', id),
    municipality: (id) => labels.list('municipalities', id),
    topic: (id) => labels.list('topics', id),
    kind: (id) => t(`kind.${id}`, { defaultValue: id }),
    targetGroup: (id) => labels.list('targetGroups', id),
    status: (id) => labels.status(id as Status),
  };

  return (
    <div className={styles.root}>
      {DIMENSIONS.map((d) => {
        const rows = countRows(COUNTS[d](compilation), labelOf[d]);
        const headingId = `compilation-by-${d}`;
        // "Kaavio: havainnot palvelualueittain": the heading's words inside a sentence.
        const words = { by: t(`workspace.compilations.by.${d}`).toLocaleLowerCase(language) };
        return (
          <section key={d} className={styles.part} aria-labelledby={headingId}>
            <Heading level={4} id={headingId}>
              {t(`workspace.compilations.by.${d}`)}
            </Heading>
            <ChartPair
              caption={rows.length > 0 ? t('workspace.compilations.chart', words) : null}
              note={
                rows.length > CHART_COUNTS
                  ? t('workspace.compilations.chartTop', { shown: CHART_COUNTS })
                  : null
              }
              chart={<CountChart rows={rows} />}
              table={
                <CountTable
                  rows={rows}
                  caption={t('workspace.compilations.table', words)}
                  by={t(`workspace.compilations.column.${d}`)}
                  total={compilation.total}
                />
              }
            />
          </section>
        );
      })}
    </div>
  );
}
