import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage } from '../../common/LiveMessage';
import { TEXT_MAX } from '../limits';
import { useSaveForm } from '../use-save-form';
import type { EnrichmentAnswerDraft } from './enrichments-api';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Values = { readonly text: string; readonly proposal: string };

type Props = { readonly save: (answer: EnrichmentAnswerDraft) => Promise<void> };

/** An answer to a request: comments, and a proposal of one's own if there is one. */
export function AnswerForm({ save }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const form = useSaveForm<Values>(
    { text: '', proposal: '' },
    {
      fieldIds: { text: 'answer-text', proposal: 'answer-proposal' },
      validate: (v): Record<string, string> =>
        v.text.trim() === '' ? { text: t('common.required') } : {},
      send: (v) => save({ text: v.text.trim(), proposal: v.proposal.trim() || null }),
    },
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };
  const { values, errors, set } = form;

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="answer-heading"
      data-testid="answer-form"
    >
      <Heading level={4} id="answer-heading">
        {t('workspace.enrichments.answerHeading')}
      </Heading>
      <Field
        label={{ children: t('workspace.enrichments.answerText'), htmlFor: 'answer-text' }}
        required
        hint={t('workspace.enrichments.answerHint')}
        validationMessage={errors.text}
      >
        <Textarea
          id="answer-text"
          resize="vertical"
          rows={4}
          maxLength={TEXT_MAX}
          value={values.text}
          onChange={(_, d) => set('text', d.value)}
        />
      </Field>
      <Field
        label={{ children: t('workspace.enrichments.answerProposal'), htmlFor: 'answer-proposal' }}
        hint={t('workspace.enrichments.answerProposalHint')}
        validationMessage={errors.proposal}
      >
        <Textarea
          id="answer-proposal"
          resize="vertical"
          rows={3}
          maxLength={TEXT_MAX}
          value={values.proposal}
          onChange={(_, d) => set('proposal', d.value)}
        />
      </Field>
      <LiveMessage message={form.message} polite={['success']} />
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
          {form.busy ? t('workspace.saving') : t('workspace.enrichments.answerSend')}
        </Button>
      </div>
    </form>
  );
}
