import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { ExportMenu } from '../../common/ExportMenu';
import { Facts } from '../Facts';
import { LoadState } from '../LoadState';
import { useHeadingFocus } from '../use-heading-focus';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { CompilationCounts } from './CompilationCounts';
import { CompilationEnrichments } from './CompilationEnrichments';
import { CompilationObservations } from './CompilationObservations';
import { CompilationPhenomena } from './CompilationPhenomena';
import { useCompilation } from './use-compilations';
import { useCompilationWords } from './use-compilation-words';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
  top: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  area: { margin: 0 },
});

type Props = {
  readonly id: string;
  readonly focus: boolean;
  readonly canRequest: boolean;
};

/**
 * One compilation, as it was when made: the totals, the counts as charts with their tables,
 * the phenomena, the enrichment requests made from it with their answers (live), and the
 * observations grouped by phenomenon.
 */
export function CompilationDetail({ id, focus, canRequest }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const names = useCompilationWords();
  const query = useCompilation(id);
  const heading = useHeadingFocus(focus, query.data !== undefined);

  if (query.isPending || query.isError) return <LoadState query={query} />;
  const c = query.data;
  const enrichments = c.enrichments ?? [];
  const answeredShare = c.total === 0 ? 0 : Math.round((100 * c.answered) / c.total);

  return (
    <div className={styles.root} data-testid="compilation-detail">
      <div className={styles.top}>
        <div>
          <Heading level={3} id="compilation-heading" ref={heading} focusable>
            {names.name(c)}
          </Heading>
          <Text as="p" block className={styles.area} weight="semibold">
            {names.area(c)}
          </Text>
        </div>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-testid="compilation-snapshot">
            {t('workspace.compilations.snapshot', {
              date: labels.dateTime(c.createdAt),
              name: c.createdByName,
            })}
          </MessageBarBody>
        </MessageBar>
        <Facts
          facts={[
            { term: t('workspace.compilations.time'), value: names.range(c.from, c.to) },
            {
              term: t('workspace.compilations.compared'),
              value: names.range(c.previousFrom, c.previousTo),
            },
            {
              term: t('workspace.compilations.totalTerm'),
              value: words.number(c.total),
              testId: 'compilation-total',
            },
            {
              term: t('workspace.compilations.answered'),
              value: t('workspace.compilations.answeredValue', {
                n: words.number(c.answered),
                total: words.number(c.total),
                share: words.number(answeredShare),
              }),
            },
            {
              term: t('workspace.compilations.median'),
              value:
                c.medianDaysToFirstFeedback === null
                  ? t('workspace.compilations.noFeedback')
                  : t('workspace.compilations.days', {
                      count: c.medianDaysToFirstFeedback,
                      n: words.number(c.medianDaysToFirstFeedback),
                    }),
            },
          ]}
        />
        {c.total > 0 && (
          <ExportMenu
            testId="compilation-export"
            pathOf={(format) => `/compilations/${encodeURIComponent(c.id)}/export.${format}`}
            fallbackName={(format) => `rake-kooste.${format}`}
          />
        )}
      </div>
      {c.total === 0 ? (
        <Text>{t('workspace.compilations.empty')}</Text>
      ) : (
        <>
          <CompilationCounts compilation={c} />
          <CompilationPhenomena compilation={c} />
        </>
      )}
      <CompilationEnrichments compilation={c} enrichments={enrichments} canRequest={canRequest} />
      {c.total > 0 && <CompilationObservations compilation={c} enrichments={enrichments} />}
    </div>
  );
}
