import { Field, Input, makeStyles, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FitSelect } from '../../common/FitSelect';
import { useCompilations } from '../compilations/use-compilations';
import { useCompilationWords } from '../compilations/use-compilation-words';
import { FormFrame } from '../FormFrame';
import { TITLE_MAX } from '../limits';
import { usePhenomena } from '../use-phenomena';
import { useSaveForm, type FieldErrors } from '../use-save-form';
import { defaultTitle } from './default-title';
import type { ReportKind, ReportLanguage, ReportRequest } from './reports-api';

const useStyles = makeStyles({
  field: { maxWidth: '32rem' },
  p: { margin: 0 },
});

const KINDS: readonly ReportKind[] = ['annual', 'compilation', 'phenomenon'];
const LANGUAGES: readonly ReportLanguage[] = ['fi', 'sv', 'en'];
/** The years an annual report may cover: this one and the four before it. */
const YEARS = Array.from({ length: 5 }, (_, i) => String(new Date().getFullYear() - i));

type Values = {
  readonly kind: ReportKind;
  readonly year: string;
  readonly compilationId: string;
  readonly phenomenonId: string;
  readonly language: ReportLanguage;
  readonly title: string;
};

type Props = {
  readonly save: (request: ReportRequest) => Promise<void>;
  readonly onCancel: () => void;
};

/** Start a report: an annual one, or one from a compilation or a phenomenon; its language. */
export function ReportForm({ save, onCancel }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = 'report-new';
  const [kind, setKind] = useState<ReportKind>('annual');
  const compilations = useCompilations(kind === 'compilation');
  const phenomena = usePhenomena();
  const names = useCompilationWords();
  // The title follows the choices until the writer types one of their own.
  const [titleEdited, setTitleEdited] = useState(false);

  const sourceName = (v: Values): string => {
    if (v.kind === 'annual') return v.year;
    if (v.kind === 'compilation') {
      const c = compilations.data?.find((x) => x.id === v.compilationId);
      return c ? names.current(c) : '';
    }
    return phenomena.data?.find((x) => x.id === v.phenomenonId)?.title ?? '';
  };
  const titleOf = (v: Values) =>
    titleEdited ? v.title : defaultTitle(v.kind, v.language, sourceName(v));

  const form = useSaveForm<Values>(
    {
      kind: 'annual',
      year: YEARS[0] ?? '',
      compilationId: '',
      phenomenonId: '',
      language: 'fi',
      title: '',
    },
    {
      fieldIds: {
        compilationId: `${p}-compilationId`,
        phenomenonId: `${p}-phenomenonId`,
        year: `${p}-year`,
        title: `${p}-title`,
      },
      validate: (v) => {
        const errors: Record<string, string> = {};
        if (v.kind === 'compilation' && v.compilationId === '') {
          errors.compilationId = t('common.required');
        }
        if (v.kind === 'phenomenon' && v.phenomenonId === '') {
          errors.phenomenonId = t('common.required');
        }
        if (titleOf(v).trim() === '') errors.title = t('common.required');
        return errors satisfies FieldErrors;
      },
      send: (v) =>
        save({
          kind: v.kind,
          title: titleOf(v).trim(),
          language: v.language,
          ...(v.kind === 'annual' ? { year: Number(v.year) } : {}),
          ...(v.kind === 'compilation' ? { compilationId: v.compilationId } : {}),
          ...(v.kind === 'phenomenon' ? { phenomenonId: v.phenomenonId } : {}),
        }),
    },
  );
  const { values, errors, set } = form;
  const compilationList = compilations.data ?? [];
  const phenomenonList = phenomena.data ?? [];

  return (
    <FormFrame
      prefix={p}
      testId="report-new-form"
      headingLevel={3}
      heading={t('workspace.reports.new')}
      form={form}
      submitLabel={t('workspace.reports.create')}
      busyLabel={t('workspace.reports.creating')}
      onCancel={onCancel}
      firstField={`${p}-kind`}
    >
      <Field label={t('workspace.reports.kindLabel')}>
        <RadioGroup
          id={`${p}-kind`}
          value={values.kind}
          onChange={(_, d) => {
            set('kind', d.value as ReportKind);
            setKind(d.value as ReportKind);
          }}
        >
          {KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`workspace.reports.kindChoice.${k}`)} />
          ))}
        </RadioGroup>
      </Field>
      {values.kind === 'annual' && (
        <Field
          className={styles.field}
          label={{ children: t('workspace.reports.year'), htmlFor: `${p}-year` }}
          required
          validationMessage={errors.year}
        >
          <FitSelect id={`${p}-year`} value={values.year} onChange={(_, d) => set('year', d.value)}>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}
      {values.kind === 'compilation' && (
        <Field
          className={styles.field}
          label={{ children: t('workspace.reports.compilation'), htmlFor: `${p}-compilationId` }}
          required
          hint={compilationList.length === 0 ? t('workspace.reports.noCompilations') : undefined}
          validationMessage={errors.compilationId}
        >
          <FitSelect
            id={`${p}-compilationId`}
            value={values.compilationId}
            onChange={(_, d) => set('compilationId', d.value)}
          >
            <option value="">{t('common.choose')}</option>
            {compilationList.map((c) => (
              <option key={c.id} value={c.id}>
                {`${names.name(c)}, ${names.area(c)}`}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}
      {values.kind === 'phenomenon' && (
        <Field
          className={styles.field}
          label={{ children: t('workspace.reports.phenomenon'), htmlFor: `${p}-phenomenonId` }}
          required
          hint={phenomenonList.length === 0 ? t('workspace.reports.noPhenomena') : undefined}
          validationMessage={errors.phenomenonId}
        >
          <FitSelect
            id={`${p}-phenomenonId`}
            value={values.phenomenonId}
            onChange={(_, d) => set('phenomenonId', d.value)}
          >
            <option value="">{t('common.choose')}</option>
            {phenomenonList.map((ph) => (
              <option key={ph.id} value={ph.id}>
                {ph.title}
              </option>
            ))}
          </FitSelect>
        </Field>
      )}
      <Field
        className={styles.field}
        label={{ children: t('workspace.reports.language'), htmlFor: `${p}-language` }}
        hint={t('workspace.reports.languageHint')}
      >
        <FitSelect
          id={`${p}-language`}
          value={values.language}
          onChange={(_, d) => set('language', d.value as ReportLanguage)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`workspace.reports.languages.${l}`)}
            </option>
          ))}
        </FitSelect>
      </Field>
      <Field
        className={styles.field}
        label={{ children: t('workspace.reports.title'), htmlFor: `${p}-title` }}
        required
        hint={t('workspace.reports.titleHint')}
        validationMessage={errors.title}
      >
        <Input
          id={`${p}-title`}
          value={titleOf(values)}
          maxLength={TITLE_MAX}
          onChange={(_, d) => {
            setTitleEdited(true);
            set('title', d.value);
          }}
        />
      </Field>
      <Text as="p" block className={styles.p}>
        {t('workspace.reports.generated')}
      </Text>
    </FormFrame>
  );
}
