import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import type { Phenomenon, Proposal } from '../api';
import { TEXT_MAX } from '../limits';
import { ObservationExcerpt } from '../ObservationExcerpt';
import type { Agenda } from './meetings-api';
import { agendaItems, type AgendaItem, type ItemValue, type MinutesValues } from './minutes-values';
import { MinutesItemField } from './MinutesItemField';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  items: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  subject: { margin: 0, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Props = {
  readonly agenda: Agenda;
  readonly values: MinutesValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly message: LiveMessageValue | null;
  readonly busy: boolean;
  readonly phenomena: readonly Phenomenon[];
  readonly proposals: readonly Proposal[];
  /** Take the focus to the summary when the form opens (not when it comes back). */
  readonly autoFocus: boolean;
  readonly onSummary: (summary: string) => void;
  readonly onItem: (key: string, value: ItemValue) => void;
  readonly onNewProposal: (key: string) => void;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
};

/** The coordinator's minutes: a summary and a decision per agenda item, each with a note. */
export function MinutesForm(props: Props) {
  const { agenda, values, errors } = props;
  const { t } = useTranslation();
  const styles = useStyles();
  const items = agendaItems(agenda);
  const observations = items.filter((i) => i.subject === 'observation').length;

  // Only as the form opens: coming back from a new proposal, the focus goes to that item.
  const autoFocus = useRef(props.autoFocus);
  useEffect(() => {
    if (autoFocus.current) document.getElementById('minutes-summary')?.focus();
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    props.onCancel();
  };

  const describe = (item: AgendaItem, index: number) => {
    const describedBy = `${item.key}-subject`.replace(/[^\w-]/g, '-');
    if (item.subject === 'observation') {
      const o = agenda.observations.find((x) => x.id === item.subjectId);
      return {
        legend: t('workspace.minutes.observation', { n: index + 1, of: observations }),
        describedBy,
        subject: o ? <ObservationExcerpt observation={o} excerptId={describedBy} /> : null,
      };
    }
    const text =
      item.subject === 'proposal'
        ? agenda.proposalsDue.find((p) => p.id === item.subjectId)?.title
        : agenda.enrichments.find((e) => e.id === item.subjectId)?.question;
    return {
      legend: t(`workspace.minutes.${item.subject}`),
      describedBy,
      subject: (
        <Text as="p" block id={describedBy} className={styles.subject}>
          {text}
        </Text>
      ),
    };
  };

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="minutes-form-heading"
      data-testid="minutes-form"
    >
      <Heading level={4} id="minutes-form-heading">
        {agenda.meeting.minutes ? t('workspace.minutes.editHeading') : t('workspace.minutes.new')}
      </Heading>
      <Field
        label={{ children: t('workspace.minutes.summary'), htmlFor: 'minutes-summary' }}
        hint={t('workspace.minutes.summaryHint')}
        validationMessage={errors.summary}
      >
        <Textarea
          id="minutes-summary"
          resize="vertical"
          rows={3}
          maxLength={TEXT_MAX}
          value={values.summary}
          onChange={(_, d) => props.onSummary(d.value)}
        />
      </Field>
      {items.length === 0 ? (
        <Text>{t('workspace.minutes.nothingOnAgenda')}</Text>
      ) : (
        <ol className={styles.items} aria-label={t('workspace.minutes.items')}>
          {items.map((item, index) => {
            const { legend, describedBy, subject } = describe(item, index);
            const value = values.items[item.key];
            if (!value) return null;
            return (
              <li key={item.key}>
                <MinutesItemField
                  item={item}
                  legend={legend}
                  subject={subject}
                  describedBy={describedBy}
                  value={value}
                  errors={errors}
                  phenomena={props.phenomena}
                  proposals={props.proposals}
                  onChange={(v) => props.onItem(item.key, v)}
                  onNewProposal={() => props.onNewProposal(item.key)}
                />
              </li>
            );
          })}
        </ol>
      )}
      <LiveMessage message={props.message} polite={['success']} />
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={props.busy}>
          {props.busy ? t('workspace.saving') : t('workspace.minutes.save')}
        </Button>
        <Button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
