import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '../../api/client';
import { FitSelect } from '../../common/FitSelect';
import { useFocusLater } from '../../common/use-focus-later';
import { FormFrame } from '../FormFrame';
import { useSaveForm } from '../use-save-form';
import { QuotableResults } from './QuotableResults';
import { QuotationWords, type QuotationSource as Source } from './QuotationWords';
import { quotationError } from './quotation-edits';
import type { QuotableObservation, Report } from './reports-api';
import { useQuotableObservations } from './use-quotable';
import { useQuotationSave } from './use-quotation-save';

const useStyles = makeStyles({
  // Set apart from the list above, whose section headings are of the same level.
  frame: {
    maxWidth: '48rem',
    minWidth: 0,
    paddingBlockStart: tokens.spacingVerticalM,
    borderBlockStartWidth: tokens.strokeWidthThin,
    borderBlockStartStyle: 'solid',
    borderBlockStartColor: tokens.colorNeutralStroke2,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Values = {
  readonly sectionKey: string;
  readonly observation: QuotableObservation | null;
  readonly source: Source;
  readonly text: string;
};

type Props = {
  readonly report: Tagged<Report>;
  /** Saved: the report as it now is, and where the new quotation stands in its list. */
  readonly onAdded: (saved: Tagged<Report>, index: number) => void;
  readonly onCancel: () => void;
};

const prefix = 'quotation-add';
const ids = {
  section: `${prefix}-section`,
  search: `${prefix}-search`,
  another: `${prefix}-another`,
  text: `${prefix}-text`,
};

/**
 * Adding a quotation: the section it goes in, the observation found by a search, and its
 * words, which the writer may shorten (… where words are left out) but not rewrite: the
 * server checks them against the observation and says where they differ.
 */
export function QuotationForm({ report, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = 'workspace.reports.quotations';
  const sections = report.value.sections;
  const saving = useQuotationSave(report);
  const [search, setSearch] = useState('');
  const found = useQuotableObservations(report.value.id, search);
  const focusLater = useFocusLater();
  /** The place in the list the last save gave the new quotation (errors are named by it). */
  const sent = useRef(saving.nextIndex());
  const next = saving.nextIndex();

  const form = useSaveForm<Values>(
    { sectionKey: sections[0]?.key ?? '', observation: null, source: 'description', text: '' },
    {
      fieldIds: {
        sectionKey: ids.section,
        [`quotations.${next}.sectionKey`]: ids.section,
        observation: ids.search,
        [`quotations.${next}.observationId`]: ids.another,
        text: ids.text,
        [`quotations.${next}.text`]: ids.text,
      },
      validate: (v): Record<string, string> =>
        v.observation === null
          ? { observation: t(`${p}.pickFirst`) }
          : v.text.trim() === ''
            ? { text: t('common.required') }
            : {},
      send: async (v) => {
        if (v.observation === null) return;
        sent.current = saving.nextIndex();
        const saved = await saving.add({
          observationId: v.observation.id,
          sectionKey: v.sectionKey,
          text: v.text,
        });
        onAdded(saved, sent.current);
      },
      onConflict: saving.reload,
    },
  );
  const { values, errors } = form;
  const picked = values.observation;
  const at = sent.current;
  const textError = errors.text ?? quotationError(errors, at, 'text');
  const observationError = errors.observation ?? quotationError(errors, at, 'observationId');
  // What the server said of the list as a whole or of another quotation (a full list, say).
  const otherErrors = Object.entries(errors)
    .filter(([key]) => {
      const index = /^quotations[.[](\d+)/.exec(key)?.[1];
      return key === 'quotations' || (index !== undefined && Number(index) !== at);
    })
    .map(([, message]) => message);

  const pick = (o: QuotableObservation) => {
    form.set('observation', o);
    form.set('source', 'description');
    form.set('text', o.description);
    form.clearErrors(['observation', `quotations.${at}.observationId`]);
    focusLater(ids.text);
  };
  const unpick = () => {
    form.set('observation', null);
    form.set('text', '');
    form.clearErrors(['text', `quotations.${at}.text`, `quotations.${at}.observationId`]);
    focusLater(ids.search);
  };
  const takeSource = (source: Source) => {
    if (picked === null) return;
    form.set('source', source);
    form.set('text', picked[source]);
    form.clearErrors([`quotations.${at}.text`]);
  };

  return (
    <FormFrame
      prefix={prefix}
      testId="quotation-add-form"
      headingLevel={5}
      heading={t(`${p}.add`)}
      form={form}
      submitLabel={t(`${p}.submit`)}
      busyLabel={t(`${p}.adding`)}
      onCancel={onCancel}
      firstField={ids.section}
      className={styles.frame}
    >
      <Field
        label={{ children: t(`${p}.section`), htmlFor: ids.section }}
        validationMessage={quotationError(errors, at, 'sectionKey')}
      >
        <FitSelect
          id={ids.section}
          value={values.sectionKey}
          onChange={(_, d) => form.set('sectionKey', d.value)}
        >
          {sections.map((s) => (
            <option key={s.key} value={s.key} lang={report.value.language}>
              {s.heading}
            </option>
          ))}
        </FitSelect>
      </Field>
      {otherErrors.length > 0 && (
        <Text as="p" block className={styles.error}>
          {otherErrors.join(' ')}
        </Text>
      )}
      {picked === null ? (
        <>
          <Field
            label={{ children: t(`${p}.search`), htmlFor: ids.search }}
            hint={t(`${p}.searchHint`)}
            validationMessage={observationError}
          >
            <Input
              id={ids.search}
              type="search"
              value={search}
              onChange={(_, d) => setSearch(d.value)}
            />
          </Field>
          <QuotableResults
            prefix={prefix}
            items={found.query.data}
            settled={found.settled && !found.query.isFetching}
            onPick={pick}
          />
        </>
      ) : (
        <QuotationWords
          prefix={prefix}
          observation={picked}
          source={values.source}
          text={values.text}
          textError={textError}
          observationError={observationError}
          onSource={takeSource}
          onText={(text) => {
            form.set('text', text);
            form.clearErrors([`quotations.${at}.text`]);
          }}
          onPickAnother={unpick}
        />
      )}
    </FormFrame>
  );
}
