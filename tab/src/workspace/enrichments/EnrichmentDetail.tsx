import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canAnswerEnrichment,
  canAssignEnrichment,
} from '../../../../src/domain/enrichment/enrichment-policy';
import { errorText } from '../../common/error-text';
import { Heading } from '../../common/Heading';
import type { LiveMessageValue } from '../../common/LiveMessage';
import { useLabels } from '../../common/use-labels';
import { useSession } from '../../shell/session';
import { canWriteWorkspace } from '../access';
import { DetailHeading } from '../DetailHeading';
import { Facts } from '../Facts';
import { LoadState } from '../LoadState';
import { useHeadingFocus } from '../use-heading-focus';
import { useWorkspaceNav } from '../workspace-nav';
import { AnswerForm } from './AnswerForm';
import { AssigneesForm } from './AssigneesForm';
import { dueFactsOf } from './due';
import { DueWords } from './DueWords';
import { EnrichmentAnswers } from './EnrichmentAnswers';
import { EnrichmentObservations } from './EnrichmentObservations';
import { useEnrichment, useEnrichmentWrites, useStaff } from './use-enrichments';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

type Props = { readonly id: string; readonly focus: boolean };

/**
 * One enrichment request: the question, the due date in words, the observations, the
 * answers; answering for those asked, naming people for the area's supervisors, closing for
 * the RAKE group.
 */
export function EnrichmentDetail({ id, focus }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const { me } = useSession();
  const nav = useWorkspaceNav();
  const query = useEnrichment(id);
  const staff = useStaff().data ?? [];
  const { answer, assign, close } = useEnrichmentWrites();
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [answers, setAnswers] = useState(0);
  const heading = useHeadingFocus(focus, query.data !== undefined);
  const state = useRef<HTMLElement>(null);

  if (query.isPending || query.isError) return <LoadState query={query} />;
  const e = query.data;
  const area = labels.list('serviceAreas', e.serviceArea);
  const isOpen = e.closedAt === null;
  const named = e.assigneeIds.map((sid) => staff.find((s) => s.id === sid)?.name ?? sid);
  const later = (f: () => void) => requestAnimationFrame(f);

  return (
    <div className={styles.root} data-testid="enrichment-detail">
      <DetailHeading id="enrichment-heading" headingRef={heading} message={message}>
        {t('workspace.enrichments.heading', { area })}
      </DetailHeading>
      <div className={styles.facts}>
        <Facts
          facts={[
            { term: t('workspace.enrichments.question'), value: e.question },
            {
              term: t('workspace.enrichments.schedule'),
              value: <DueWords request={dueFactsOf(e)} />,
            },
            {
              term: t('workspace.enrichments.state'),
              value: (
                <span ref={state} tabIndex={-1} data-testid="enrichment-state">
                  {isOpen
                    ? t('workspace.enrichments.isOpen')
                    : t('workspace.enrichments.isClosed', { date: labels.date(e.closedAt ?? '') })}
                </span>
              ),
            },
            {
              term: t('workspace.enrichments.requestedBy'),
              value: t('workspace.enrichments.requestedByValue', {
                name: e.requestedByName,
                date: labels.date(e.createdAt),
              }),
            },
            {
              term: t('workspace.enrichments.assignees'),
              value:
                named.length === 0 ? t('workspace.enrichments.onlySupervisors') : named.join(', '),
            },
          ]}
        />
        {e.compilationId !== null && nav.has('compilations') && canWriteWorkspace(me) && (
          <Button
            className={styles.button}
            size="small"
            onClick={() => nav.open('compilations', e.compilationId ?? '')}
          >
            {t('workspace.enrichments.openCompilation')}
          </Button>
        )}
      </div>

      <EnrichmentObservations enrichment={e} />

      <section className={styles.part} aria-labelledby="enrichment-answers-heading">
        <Heading level={4} id="enrichment-answers-heading">
          {t('workspace.enrichments.answersHeading', { n: e.answers.length })}
        </Heading>
        <EnrichmentAnswers answers={e.answers} />
      </section>

      {isOpen && canAnswerEnrichment(me, e) && (
        <AnswerForm
          key={answers}
          save={async (draft) => {
            const { value } = await answer.mutateAsync({ id, answer: draft });
            setAnswers((n) => n + 1);
            setMessage({ intent: 'success', text: t('workspace.enrichments.answered') });
            const last = value.answers.at(-1);
            if (last) {
              later(() =>
                document
                  .querySelector<HTMLElement>(`[data-answer-id="${CSS.escape(last.id)}"]`)
                  ?.focus(),
              );
            }
          }}
        />
      )}

      {isOpen && canAssignEnrichment(me, e) && (
        <section className={styles.part} aria-labelledby="enrichment-assignees-heading">
          <Heading level={4} id="enrichment-assignees-heading">
            {t('workspace.enrichments.nameHeading')}
          </Heading>
          <AssigneesForm
            key={e.assigneeIds.join(',')}
            value={e.assigneeIds}
            save={async (ids) => {
              await assign.mutateAsync({ id, assigneeIds: ids });
              setMessage({ intent: 'success', text: t('workspace.enrichments.named') });
              later(() => heading.current?.focus());
            }}
          />
        </section>
      )}

      {isOpen && canWriteWorkspace(me) && (
        <Button
          className={styles.button}
          disabledFocusable={close.isPending}
          onClick={() => {
            setMessage(null);
            close.mutate(id, {
              onSuccess: () => {
                setMessage({ intent: 'success', text: t('workspace.enrichments.closedNow') });
                later(() => state.current?.focus());
              },
              onError: (error) => setMessage({ intent: 'error', text: errorText(error, t) }),
            });
          }}
        >
          {t('workspace.enrichments.close')}
        </Button>
      )}
    </div>
  );
}
