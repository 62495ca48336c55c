import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage } from '../../common/LiveMessage';
import { dayText, parseDay } from '../dates';
import { DayField } from '../DayField';
import { TITLE_MAX } from '../limits';
import { useSaveForm } from '../use-save-form';
import type { Meeting, MeetingDraft } from './meetings-api';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Values = { readonly date: string; readonly title: string };

type Props = {
  /** The meeting moved or renamed; none: a new one. */
  readonly editing?: Meeting;
  readonly headingLevel: 3 | 4;
  /** The date and title; for an edit only what changed is sent (the caller does). */
  readonly save: (draft: MeetingDraft) => Promise<void>;
  readonly onConflict?: () => Promise<unknown>;
  /** Cancel or Escape: the caller puts the focus back where the form was opened. */
  readonly onCancel: () => void;
};

/** Add a meeting outside the rhythm, or move or rename one: a day and a title. */
export function MeetingForm({ editing, headingLevel, save, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = editing ? 'meeting-edit' : 'meeting-new';
  const form = useSaveForm<Values>(
    { date: dayText(editing?.date), title: editing?.title ?? '' },
    {
      fieldIds: { date: `${p}-date`, title: `${p}-title` },
      validate: (v): Record<string, string> => {
        const day = parseDay(v.date);
        return day === null
          ? { date: t('workspace.dateInvalid') }
          : day === ''
            ? { date: t('common.required') }
            : {};
      },
      send: (v) => save({ date: parseDay(v.date) ?? '', title: v.title.trim() }),
      ...(onConflict ? { onConflict } : {}),
    },
  );

  // Opening the form takes the focus to its first field.
  useEffect(() => document.getElementById(`${p}-date`)?.focus(), [p]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.submit();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onCancel();
  };
  const { values, errors, set } = form;

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={`${p}-heading`}
      data-testid={`${p}-form`}
    >
      <Heading level={headingLevel} id={`${p}-heading`}>
        {editing ? t('workspace.meetings.editHeading') : t('workspace.meetings.new')}
      </Heading>
      <DayField
        id={`${p}-date`}
        label={t('workspace.meetings.date')}
        required
        value={values.date}
        onChange={(v) => set('date', v)}
        {...(errors.date ? { error: errors.date } : {})}
      />
      <Field
        label={{ children: t('workspace.meetings.title'), htmlFor: `${p}-title` }}
        hint={t('workspace.meetings.titleHint')}
        validationMessage={errors.title}
      >
        <Input
          id={`${p}-title`}
          value={values.title}
          maxLength={TITLE_MAX}
          onChange={(_, d) => set('title', d.value)}
        />
      </Field>
      <LiveMessage message={form.message} polite={['success']} />
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
          {form.busy
            ? t('workspace.saving')
            : editing
              ? t('workspace.save')
              : t('workspace.meetings.create')}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
