import {
  Button,
  Field,
  Input,
  makeStyles,
  Textarea,
  tokens,
  Text,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '../../api/client';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import { TITLE_MAX } from '../limits';
import { useSaveForm } from '../use-save-form';
import { patchOf, rebase, sectionError, textOf, type ReportText } from './report-edits';
import type { Report, ReportSection } from './reports-api';
import { useReportWrites } from './use-reports';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    maxWidth: '48rem',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    marginBlockEnd: tokens.spacingVerticalXS,
  },
  p: { margin: 0 },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

type Props = {
  readonly report: Tagged<Report>;
};

/**
 * The report's words, rewritten by the RAKE group: title, introduction and each section.
 * Saved with the ETag it was read with; when someone else saved meanwhile, the fields this
 * writer left alone take the new text and theirs stay in the form, to be saved again.
 */
export function ReportEditor({ report }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const writes = useReportWrites();
  const id = report.value.id;
  const p = 'report';
  // What this writer's edits are measured against (the report as they last had it).
  const base = useRef<ReportText>(textOf(report.value));
  // The newest read, for the If-Match of the next save (the form is not rebuilt by a refetch).
  const latest = useRef(report);
  latest.current = report;
  const [saved, setSaved] = useState<LiveMessageValue | null>(null);
  /** The version the last save made; null when there was nothing to save. */
  const savedVersion = useRef<number | null>(null);

  const sectionIds = report.value.sections.flatMap((s, i) => [
    [`sections.${i}.heading`, `${p}-section-${i}-heading`],
    [`sections.${s.key}.heading`, `${p}-section-${i}-heading`],
    [`sections.${i}.text`, `${p}-section-${i}-text`],
    [`sections.${s.key}.text`, `${p}-section-${i}-text`],
  ]);
  const form = useSaveForm<ReportText>(textOf(report.value), {
    fieldIds: {
      title: `${p}-title`,
      introduction: `${p}-introduction`,
      ...(Object.fromEntries(sectionIds) as Record<`${string}.${string}`, string>),
    },
    validate: (v): Record<string, string> =>
      v.title.trim() === '' ? { title: t('common.required') } : {},
    send: async (v) => {
      const now = latest.current;
      const patch = patchOf(base.current, v, textOf(now.value));
      savedVersion.current = null;
      if (Object.keys(patch).length === 0) return;
      const answer = await writes.edit.mutateAsync({ id, patch, etag: now.etag });
      base.current = textOf(answer.value);
      savedVersion.current = answer.value.version;
      // The saved text, which is also what the form holds (title trimmed).
      form.set('title', answer.value.title);
      form.set('sections', answer.value.sections);
    },
    onConflict: async () => {
      const fresh = await writes.reload(id);
      const merged = rebase(base.current, form.values, textOf(fresh.value));
      base.current = textOf(fresh.value);
      form.set('title', merged.title);
      form.set('introduction', merged.introduction);
      form.set('sections', merged.sections);
    },
  });

  const { values, errors } = form;
  const setSection = (index: number, part: 'heading' | 'text', value: string) => {
    const next = values.sections.map((s, i): ReportSection =>
      i === index ? { ...s, [part]: value } : s,
    );
    form.set('sections', next);
    const key = values.sections[index]?.key ?? '';
    form.clearErrors([
      `sections.${index}.${part}`,
      `sections[${index}].${part}`,
      `sections.${key}.${part}`,
    ]);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    if (await form.submit()) {
      const version = savedVersion.current;
      setSaved({
        intent: 'success',
        text:
          version === null
            ? t('workspace.reports.nothingToSave')
            : t('workspace.reports.saved', { version }),
      });
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={`${p}-text-heading`}
      data-testid="report-editor"
    >
      <div>
        <Heading level={4} id={`${p}-text-heading`}>
          {t('workspace.reports.textHeading')}
        </Heading>
        <Text as="p" block className={styles.p}>
          {t('workspace.reports.textIntro')}
        </Text>
      </div>
      <Field
        label={{ children: t('workspace.reports.title'), htmlFor: `${p}-title` }}
        required
        validationMessage={errors.title}
      >
        <Input
          id={`${p}-title`}
          value={values.title}
          maxLength={TITLE_MAX}
          onChange={(_, d) => form.set('title', d.value)}
        />
      </Field>
      <Field
        label={{ children: t('workspace.reports.introduction'), htmlFor: `${p}-introduction` }}
        hint={t('workspace.reports.paragraphHint')}
        validationMessage={errors.introduction}
      >
        <Textarea
          id={`${p}-introduction`}
          resize="vertical"
          rows={6}
          value={values.introduction}
          onChange={(_, d) => form.set('introduction', d.value)}
        />
      </Field>
      {errors.sections && (
        <Text role="alert" as="p" block className={styles.p}>
          {errors.sections}
        </Text>
      )}
      {values.sections.map((s, i) => (
        <fieldset key={s.key} className={styles.section} data-section-key={s.key}>
          <legend className={styles.legend}>
            {t('workspace.reports.sectionLegend', {
              n: i + 1,
              heading: base.current.sections.find((b) => b.key === s.key)?.heading ?? s.heading,
            })}
          </legend>
          <Field
            label={{
              children: t('workspace.reports.sectionHeading'),
              htmlFor: `${p}-section-${i}-heading`,
            }}
            validationMessage={sectionError(errors, i, s.key, 'heading')}
          >
            <Input
              id={`${p}-section-${i}-heading`}
              value={s.heading}
              maxLength={TITLE_MAX}
              onChange={(_, d) => setSection(i, 'heading', d.value)}
            />
          </Field>
          <Field
            label={{
              children: t('workspace.reports.sectionText'),
              htmlFor: `${p}-section-${i}-text`,
            }}
            validationMessage={sectionError(errors, i, s.key, 'text')}
          >
            <Textarea
              id={`${p}-section-${i}-text`}
              resize="vertical"
              rows={6}
              value={s.text}
              onChange={(_, d) => setSection(i, 'text', d.value)}
            />
          </Field>
        </fieldset>
      ))}
      <LiveMessage message={form.message ?? saved} polite={['success', 'warning']} />
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
          {form.busy ? t('workspace.saving') : t('workspace.save')}
        </Button>
      </div>
    </form>
  );
}
