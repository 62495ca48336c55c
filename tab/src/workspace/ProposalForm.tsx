import { Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Level, Proposal, ProposalDraft, StructuralForm } from './api';
import { dayText, parseDay } from './dates';
import { DayField } from './DayField';
import { DecisionBodyField } from './DecisionBodyField';
import { FormFrame } from './FormFrame';
import { FormsField } from './FormsField';
import { LevelField } from './LevelField';
import { DECISION_BODY_MAX, TEXT_MAX, TITLE_MAX } from './limits';
import { PhenomenaPicker } from './PhenomenaPicker';
import { useSaveForm } from './use-save-form';

type Values = {
  readonly title: string;
  readonly rationale: string;
  readonly decisionBody: string;
  readonly phenomenonIds: readonly string[];
  readonly owner: string;
  readonly dueDate: string;
  readonly forms: readonly StructuralForm[];
  readonly level: Level | null;
};

type Props = {
  /** The proposal edited; none: a new one (a draft). */
  readonly editing?: Proposal;
  readonly headingLevel: 3 | 4;
  readonly save: (draft: ProposalDraft) => Promise<void>;
  readonly onConflict?: () => Promise<unknown>;
  readonly onCancel: () => void;
};

/** Write an action proposal, or edit one: what, why, to whom, by whom, by when. */
export function ProposalForm({ editing, headingLevel, save, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const p = editing ? 'proposal-edit' : 'proposal-new';
  const form = useSaveForm<Values>(
    {
      title: editing?.title ?? '',
      rationale: editing?.rationale ?? '',
      decisionBody: editing?.decisionBody ?? '',
      phenomenonIds: editing?.phenomenonIds ?? [],
      owner: editing?.owner ?? '',
      dueDate: dayText(editing?.dueDate),
      forms: editing?.forms ?? [],
      level: editing?.level ?? null,
    },
    {
      fieldIds: {
        title: `${p}-title`,
        rationale: `${p}-rationale`,
        decisionBody: `${p}-decisionBody`,
        phenomenonIds: `${p}-phenomena`,
        owner: `${p}-owner`,
        dueDate: `${p}-dueDate`,
        forms: `${p}-forms`,
      },
      validate: (v) => ({
        ...(v.title.trim() === '' ? { title: t('common.required') } : {}),
        ...(v.decisionBody.trim() === '' ? { decisionBody: t('common.required') } : {}),
        ...(parseDay(v.dueDate) === null ? { dueDate: t('workspace.dateInvalid') } : {}),
      }),
      send: (v) =>
        save({
          title: v.title.trim(),
          rationale: v.rationale.trim(),
          decisionBody: v.decisionBody.trim(),
          phenomenonIds: [...v.phenomenonIds],
          owner: v.owner.trim() || null,
          dueDate: parseDay(v.dueDate) || null,
          forms: [...v.forms],
          level: v.level,
        }),
      ...(onConflict ? { onConflict } : {}),
    },
  );
  const { values, errors, set } = form;
  const error = (field: keyof Values) => (errors[field] ? { error: errors[field] } : {});

  return (
    <FormFrame
      prefix={p}
      testId={`${p}-form`}
      headingLevel={headingLevel}
      heading={editing ? t('workspace.proposals.editHeading') : t('workspace.proposals.new')}
      form={form}
      submitLabel={editing ? t('workspace.save') : t('workspace.proposals.create')}
      busyLabel={t('workspace.saving')}
      onCancel={onCancel}
      firstField={`${p}-title`}
    >
      <Field
        label={{ children: t('workspace.proposals.title'), htmlFor: `${p}-title` }}
        required
        validationMessage={errors.title}
      >
        <Input
          id={`${p}-title`}
          value={values.title}
          maxLength={TITLE_MAX}
          onChange={(_, d) => set('title', d.value)}
        />
      </Field>
      <Field
        label={{ children: t('workspace.proposals.rationale'), htmlFor: `${p}-rationale` }}
        hint={t('workspace.proposals.rationaleHint')}
        validationMessage={errors.rationale}
      >
        <Textarea
          id={`${p}-rationale`}
          resize="vertical"
          rows={4}
          value={values.rationale}
          maxLength={TEXT_MAX}
          onChange={(_, d) => set('rationale', d.value)}
        />
      </Field>
      <DecisionBodyField
        id={`${p}-decisionBody`}
        value={values.decisionBody}
        onChange={(v) => set('decisionBody', v)}
        {...error('decisionBody')}
      />
      <PhenomenaPicker
        id={`${p}-phenomena`}
        value={values.phenomenonIds}
        onChange={(v) => set('phenomenonIds', v)}
        {...error('phenomenonIds')}
      />
      <Field
        label={{ children: t('workspace.proposals.owner'), htmlFor: `${p}-owner` }}
        hint={t('workspace.proposals.ownerHint')}
        validationMessage={errors.owner}
      >
        <Input
          id={`${p}-owner`}
          value={values.owner}
          maxLength={DECISION_BODY_MAX}
          onChange={(_, d) => set('owner', d.value)}
        />
      </Field>
      <DayField
        id={`${p}-dueDate`}
        label={t('workspace.proposals.dueDate')}
        value={values.dueDate}
        onChange={(v) => set('dueDate', v)}
        {...error('dueDate')}
      />
      <FormsField
        id={`${p}-forms`}
        value={values.forms}
        onChange={(v) => set('forms', v)}
        {...error('forms')}
      />
      <LevelField
        id={`${p}-level`}
        value={values.level}
        onChange={(v) => set('level', v)}
        {...error('level')}
      />
    </FormFrame>
  );
}
