import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FitSelect } from '../../common/FitSelect';
import { useLabels } from '../../common/use-labels';
import { useSession } from '../../shell/session';
import { compilableAreas } from '../access';
import { parseDay } from '../dates';
import { DayField } from '../DayField';
import { FormFrame } from '../FormFrame';
import { useSaveForm, type FieldErrors } from '../use-save-form';
import type { CompilationRequest } from './compilations-api';

const useStyles = makeStyles({
  field: { maxWidth: '24rem' },
  range: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
});

type Values = {
  readonly by: 'period' | 'range';
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** '' for the whole county (the RAKE group only). */
  readonly serviceArea: string;
};

type Props = {
  readonly save: (request: CompilationRequest) => Promise<void>;
  readonly onCancel: () => void;
};

/** Make a compilation: a county period or two days, the whole county or one service area. */
export function CompilationForm({ save, onCancel }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const { config, me } = useSession();
  const own = compilableAreas(me);
  const areas =
    own === null ? config.serviceAreas : config.serviceAreas.filter((a) => own.includes(a.id));
  const p = 'compilation-new';

  const form = useSaveForm<Values>(
    {
      by: 'period',
      period: config.currentPeriod ?? config.periods[0]?.id ?? '',
      from: '',
      to: '',
      serviceArea: own === null ? '' : (areas[0]?.id ?? ''),
    },
    {
      fieldIds: {
        period: `${p}-period`,
        from: `${p}-from`,
        to: `${p}-to`,
        serviceArea: `${p}-serviceArea`,
      },
      validate: (v) => {
        const errors: Record<string, string> = {};
        if (own !== null && v.serviceArea === '') errors.serviceArea = t('common.required');
        if (v.by === 'period') {
          if (v.period === '') errors.period = t('common.required');
          return errors;
        }
        const from = parseDay(v.from);
        const to = parseDay(v.to);
        if (from === null) errors.from = t('workspace.dateInvalid');
        else if (from === '') errors.from = t('common.required');
        if (to === null) errors.to = t('workspace.dateInvalid');
        else if (to === '') errors.to = t('common.required');
        else if (from && to < from) errors.to = t('workspace.compilations.toBeforeFrom');
        return errors satisfies FieldErrors;
      },
      send: (v) =>
        save({
          ...(v.by === 'period'
            ? { period: v.period }
            : { from: parseDay(v.from) ?? '', to: parseDay(v.to) ?? '' }),
          serviceArea: v.serviceArea || null,
        }),
    },
  );
  const { values, errors, set } = form;
  const error = (field: keyof Values) => (errors[field] ? { error: errors[field] } : {});

  return (
    <FormFrame
      prefix={p}
      testId="compilation-new-form"
      headingLevel={3}
      heading={t('workspace.compilations.new')}
      form={form}
      submitLabel={t('workspace.compilations.create')}
      busyLabel={t('workspace.compilations.making')}
      onCancel={onCancel}
      firstField={`${p}-by`}
    >
      <Field label={t('workspace.compilations.byLabel')}>
        <RadioGroup
          id={`${p}-by`}
          value={values.by}
          onChange={(_, d) => set('by', d.value as Values['by'])}
        >
          <Radio value="period" label={t('workspace.compilations.byPeriod')} />
          <Radio value="range" label={t('workspace.compilations.byRange')} />
        </RadioGroup>
      </Field>
      {values.by === 'period' ? (
        <Field
          className={styles.field}
          label={{ children: t('workspace.trend.period'), htmlFor: `${p}-period` }}
          required
          validationMessage={errors.period}
        >
          <FitSelect
            id={`${p}-period`}
            value={values.period}
            onChange={(_, d) => set('period', d.value)}
          >
            {config.periods.map((period) => (
              <option key={period.id} value={period.id}>
                {labels.period(period.id)}
              </option>
            ))}
          </FitSelect>
        </Field>
      ) : (
        <div className={styles.range}>
          <DayField
            id={`${p}-from`}
            label={t('workspace.compilations.from')}
            required
            value={values.from}
            onChange={(v) => set('from', v)}
            {...error('from')}
          />
          <DayField
            id={`${p}-to`}
            label={t('workspace.compilations.to')}
            required
            value={values.to}
            onChange={(v) => set('to', v)}
            {...error('to')}
          />
        </div>
      )}
      <Field
        className={styles.field}
        label={{ children: t('workspace.compilations.serviceArea'), htmlFor: `${p}-serviceArea` }}
        required={own !== null}
        hint={
          own === null ? t('workspace.compilations.areaHint') : t('workspace.compilations.ownAreas')
        }
        validationMessage={errors.serviceArea}
      >
        <FitSelect
          id={`${p}-serviceArea`}
          value={values.serviceArea}
          onChange={(_, d) => set('serviceArea', d.value)}
        >
          {own === null && <option value="">{t('workspace.compilations.wholeCounty')}</option>}
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {labels.list('serviceAreas', a.id)}
            </option>
          ))}
        </FitSelect>
      </Field>
    </FormFrame>
  );
}
