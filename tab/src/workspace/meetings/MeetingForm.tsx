import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { dayText, parseDay } from '../dates';
import { DayField } from '../DayField';
import { FormFrame } from '../FormFrame';
import { TITLE_MAX } from '../limits';
import { useSaveForm } from '../use-save-form';
import type { Meeting, MeetingDraft } from './meetings-api';

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
  const { values, errors, set } = form;

  return (
    <FormFrame
      prefix={p}
      testId={`${p}-form`}
      headingLevel={headingLevel}
      heading={editing ? t('workspace.meetings.editHeading') : t('workspace.meetings.new')}
      form={form}
      submitLabel={editing ? t('workspace.save') : t('workspace.meetings.create')}
      busyLabel={t('workspace.saving')}
      onCancel={onCancel}
      firstField={`${p}-date`}
    >
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
    </FormFrame>
  );
}
