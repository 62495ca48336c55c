import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useNarrow } from '../common/use-narrow';
import { FitSelect } from '../common/FitSelect';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../src/domain/lifecycle/status';
import type { Status } from '../api/types';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { Heading } from '../common/Heading';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { NO_FILTERS, type FilterValues } from './filters';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fill: { width: '100%', minWidth: 0 },
  folded: { display: 'none' },
});

type Props = {
  readonly value: FilterValues;
  readonly onChange: (next: FilterValues) => void;
};

/** Status, service area, municipality, topic, period apply at once; free text on "Hae". */
export function BoardFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { config, language } = useSession();
  const labels = useLabels();
  const styles = useStyles();
  const [q, setQ] = useState(value.q);
  // On a narrow screen the six filters would fill the first screen: they fold behind a button.
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const active = Object.values(value).filter((v) => v !== '').length;

  const set = <K extends keyof FilterValues>(key: K, v: FilterValues[K]) =>
    onChange({ ...value, [key]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...value, q });
  };
  const lists = [
    ['serviceArea', config.serviceAreas],
    ['municipality', config.municipalities],
    ['topic', config.topics],
  ] as const;

  return (
    <section aria-labelledby="board-filters-heading">
      <Heading level={3} id="board-filters-heading">
        {narrow ? (
          <Button
            appearance="subtle"
            aria-expanded={open}
            aria-controls="board-filter-form"
            onClick={() => setOpen((o) => !o)}
            data-testid="filters-toggle"
          >
            {t('board.filtersToggle', { count: active })}
          </Button>
        ) : (
          t('board.filters')
        )}
      </Heading>
      <form
        id="board-filter-form"
        className={mergeClasses(styles.form, narrow && !open && styles.folded)}
        role="search"
        onSubmit={submit}
      >
        <div className={styles.grid}>
          <Field label={{ children: t('board.status'), htmlFor: 'filter-status' }}>
            <FitSelect
              id="filter-status"
              value={value.status}
              onChange={(_, d) => set('status', d.value as Status | '')}
            >
              <option value="">{t('common.all')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {labels.status(s)}
                </option>
              ))}
            </FitSelect>
          </Field>
          {lists.map(([key, choices]) => (
            <Field key={key} label={{ children: t(`board.${key}`), htmlFor: `filter-${key}` }}>
              <ChoiceSelect
                id={`filter-${key}`}
                choices={choices}
                language={language}
                value={value[key]}
                onValue={(v) => set(key, v)}
                emptyLabel={t('common.all')}
              />
            </Field>
          ))}
          <Field label={{ children: t('board.period'), htmlFor: 'filter-period' }}>
            <FitSelect
              id="filter-period"
              value={value.period}
              onChange={(_, d) => set('period', d.value)}
            >
              <option value="">{t('common.all')}</option>
              {config.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {labels.period(p.id)}
                </option>
              ))}
            </FitSelect>
          </Field>
          <Field label={{ children: t('board.q'), htmlFor: 'filter-q' }}>
            <Input
              id="filter-q"
              className={styles.fill}
              type="search"
              value={q}
              onChange={(_, d) => setQ(d.value)}
            />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary">
            {t('board.search')}
          </Button>
          <Button
            type="button"
            onClick={() => {
              setQ('');
              onChange(NO_FILTERS);
            }}
          >
            {t('board.reset')}
          </Button>
        </div>
      </form>
    </section>
  );
}
