import { Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Level, Phenomenon, PhenomenonDraft, StructuralForm } from './api';
import { FormFrame } from './FormFrame';
import { FormsField } from './FormsField';
import { TEXT_MAX, TITLE_MAX } from './limits';
import { LevelField } from './LevelField';
import { useSaveForm } from './use-save-form';

type Values = {
  readonly title: string;
  readonly description: string;
  readonly forms: readonly StructuralForm[];
  readonly level: Level | null;
};

type Props = {
  /** The phenomenon edited; none: a new one. */
  readonly editing?: Phenomenon;
  readonly headingLevel: 3 | 4;
  readonly save: (draft: PhenomenonDraft) => Promise<void>;
  readonly onConflict?: () => Promise<unknown>;
  /** Cancel or Escape: the caller puts the focus back where the form was opened. */
  readonly onCancel: () => void;
};

/** Name a phenomenon, or edit one: title, description, forms and level. */
export function PhenomenonForm({ editing, headingLevel, save, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const prefix = editing ? 'phenomenon-edit' : 'phenomenon-new';
  const form = useSaveForm<Values>(
    {
      title: editing?.title ?? '',
      description: editing?.description ?? '',
      forms: editing?.forms ?? [],
      level: editing?.level ?? null,
    },
    {
      fieldIds: { title: `${prefix}-title`, description: `${prefix}-description` },
      validate: (v): Record<string, string> =>
        v.title.trim() === '' ? { title: t('common.required') } : {},
      send: (v) =>
        save({
          title: v.title.trim(),
          description: v.description.trim(),
          forms: [...v.forms],
          level: v.level,
        }),
      ...(onConflict ? { onConflict } : {}),
    },
  );
  const { values, errors, set } = form;

  return (
    <FormFrame
      prefix={prefix}
      testId={`${prefix}-form`}
      headingLevel={headingLevel}
      heading={editing ? t('workspace.phenomena.editHeading') : t('workspace.phenomena.new')}
      form={form}
      submitLabel={editing ? t('workspace.save') : t('workspace.phenomena.create')}
      busyLabel={t('workspace.saving')}
      onCancel={onCancel}
      firstField={`${prefix}-title`}
    >
      <Field
        label={{ children: t('workspace.phenomena.title'), htmlFor: `${prefix}-title` }}
        required
        hint={t('workspace.phenomena.titleHint')}
        validationMessage={errors.title}
      >
        <Input
          id={`${prefix}-title`}
          value={values.title}
          maxLength={TITLE_MAX}
          onChange={(_, d) => set('title', d.value)}
        />
      </Field>
      <Field
        label={{
          children: t('workspace.phenomena.description'),
          htmlFor: `${prefix}-description`,
        }}
        hint={t('workspace.phenomena.descriptionHint')}
        validationMessage={errors.description}
      >
        <Textarea
          id={`${prefix}-description`}
          resize="vertical"
          rows={4}
          value={values.description}
          maxLength={TEXT_MAX}
          onChange={(_, d) => set('description', d.value)}
        />
      </Field>
      <FormsField
        id={`${prefix}-forms`}
        value={values.forms}
        onChange={(v) => set('forms', v)}
        {...(errors.forms ? { error: errors.forms } : {})}
      />
      <LevelField
        id={`${prefix}-level`}
        value={values.level}
        onChange={(v) => set('level', v)}
        {...(errors.level ? { error: errors.level } : {})}
      />
    </FormFrame>
  );
}
