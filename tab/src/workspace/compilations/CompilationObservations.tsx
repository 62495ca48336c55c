import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import type { Enrichment } from '../enrichments/enrichments-api';
import { ObservationExcerpt } from '../ObservationExcerpt';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { Compilation, CompiledObservation } from './compilations-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

type Group = {
  readonly id: string;
  readonly title: string;
  readonly observations: readonly CompiledObservation[];
};

/** Its observations grouped by phenomenon (one may be in several), and those in none. */
function groupsOf(compilation: Compilation, none: string): Group[] {
  const byId = new Map(compilation.observations.map((o) => [o.id, o]));
  const groups = compilation.phenomena
    .map((p) => ({
      id: p.id,
      title: p.title,
      observations: p.observationIds.flatMap((id) => byId.get(id) ?? []),
    }))
    .filter((g) => g.observations.length > 0);
  const loose = compilation.observations.filter((o) => o.phenomenonIds.length === 0);
  return loose.length > 0 ? [...groups, { id: 'none', title: none, observations: loose }] : groups;
}

type Props = {
  readonly compilation: Compilation;
  readonly enrichments: readonly Enrichment[];
};

/** "Havainnot ilmiöittäin": each group's excerpts, with the requests that asked about them. */
export function CompilationObservations({ compilation, enrichments }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const groups = groupsOf(compilation, t('workspace.compilations.noPhenomenon'));
  const askedOf = (id: string) => enrichments.filter((e) => e.observationIds.includes(id));

  return (
    <section
      className={styles.root}
      aria-labelledby="compilation-observations"
      data-testid="compilation-observations"
    >
      <Heading level={4} id="compilation-observations">
        {t('workspace.compilations.observations')}
      </Heading>
      {groups.length === 0 && <Text>{t('workspace.compilations.noObservations')}</Text>}
      {groups.map((g) => (
        <section key={g.id} className={styles.group} aria-labelledby={`group-${g.id}`}>
          <Heading level={5} id={`group-${g.id}`}>
            {t('workspace.compilations.group', {
              title: g.title,
              n: words.number(g.observations.length),
            })}
          </Heading>
          <ul className={styles.list}>
            {g.observations.map((o) => (
              <li key={o.id}>
                <ObservationExcerpt observation={o}>
                  {askedOf(o.id).map((e) => (
                    <Text key={e.id} size={200}>
                      {t('workspace.compilations.asked', {
                        area: labels.list('serviceAreas', e.serviceArea),
                        count: e.answers.length,
                        n: words.number(e.answers.length),
                      })}
                    </Text>
                  ))}
                </ObservationExcerpt>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
