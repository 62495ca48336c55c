import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useItemButtonStyles } from '../../common/item-button';
import { useLabels } from '../../common/use-labels';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { dueFactsOf } from './due';
import { DueWords } from './DueWords';
import type { Enrichment } from './enrichments-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column' },
  question: { overflowWrap: 'anywhere' },
});

/** The first words of a question, for the list (the request's page has it whole). */
const short = (text: string, max = 140) =>
  text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;

type Props = {
  readonly items: readonly Enrichment[];
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
};

/** The requests: the open ones by due date, then the closed ones, latest first. */
export function EnrichmentList({ items, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const item = useItemButtonStyles();
  const open = items
    .filter((e) => e.closedAt === null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const closed = items
    .filter((e) => e.closedAt !== null)
    .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));

  const listOf = (requests: readonly Enrichment[]) => (
    <ul className={item.list}>
      {requests.map((e) => {
        const selected = e.id === selectedId;
        return (
          <li key={e.id}>
            <button
              type="button"
              className={mergeClasses(item.button, selected && item.selected)}
              aria-pressed={selected}
              data-item-id={e.id}
              onClick={() => onOpen(e.id)}
            >
              <span className={item.title}>{labels.list('serviceAreas', e.serviceArea)}</span>
              <Text size={200} className={styles.question}>
                {short(e.question)}
              </Text>
              <span className={item.meta}>
                <DueWords request={dueFactsOf(e)} size={200} />
                <Text size={200}>
                  {t('workspace.enrichments.answers', {
                    count: e.answers.length,
                    n: words.number(e.answers.length),
                  })}
                </Text>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );

  const group = (id: string, title: string, requests: readonly Enrichment[]) =>
    requests.length > 0 && (
      <section className={styles.group} aria-labelledby={id}>
        <Heading level={4} id={id}>
          {t('workspace.proposals.group', { status: title, n: words.number(requests.length) })}
        </Heading>
        {listOf(requests)}
      </section>
    );

  return (
    <div className={styles.root} data-testid="enrichment-list">
      {group('enrichments-open', t('workspace.enrichments.open'), open)}
      {group('enrichments-closed', t('workspace.enrichments.closed'), closed)}
    </div>
  );
}
