import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_KINDS } from '../../../src/domain/observation/observation';
import type { ObservationKind } from '../api/types';
import { formatNumber } from '../i18n/format';
import { useSession } from '../shell/session';
import type { Draft, DraftField } from './draft';
import { fieldState } from './field-state';
import type { LiveFindings } from './use-personal-data';
import type { FieldMessages } from './validate';

const useStyles = makeStyles({
  counter: { display: 'block', marginBlockStart: tokens.spacingVerticalXXS },
  over: { color: tokens.colorPaletteRedForeground1 },
  // Three choices side by side do not fit 320 px in every language: they wrap.
  kinds: { flexWrap: 'wrap' },
});

type Props = {
  readonly draft: Draft;
  readonly set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  readonly errors: FieldMessages;
  readonly live: LiveFindings;
};

/** Kind, description (with its counter) and solution proposal. */
export function TextFields({ draft, set, errors, live }: Props) {
  const { t } = useTranslation();
  const { config, language } = useSession();
  const styles = useStyles();
  const max = config.textLimit;

  const counter = (n: number) => (
    <span className={n > max ? `${styles.counter} ${styles.over}` : styles.counter}>
      {t('form.counter', { count: formatNumber(n, language), max: formatNumber(max, language) })}
    </span>
  );
  const solutionHint = t(`form.solutionHint.${draft.kind || 'other'}`);

  return (
    <>
      <Field label={t('form.kind')} required {...fieldState('kind', errors, null, t)}>
        <RadioGroup
          id="kind"
          className={styles.kinds}
          layout="horizontal"
          value={draft.kind}
          onChange={(_, d) => set('kind', d.value as ObservationKind)}
        >
          {OBSERVATION_KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`kind.${k}`)} />
          ))}
        </RadioGroup>
      </Field>

      <Field
        label={{ children: t('form.description'), htmlFor: 'description' }}
        required
        hint={
          <>
            {t('form.descriptionHint')}
            {counter(draft.description.length)}
          </>
        }
        {...fieldState('description', errors, live, t)}
      >
        <Textarea
          id="description"
          resize="vertical"
          rows={8}
          value={draft.description}
          onChange={(_, d) => set('description', d.value)}
        />
      </Field>

      <Field
        label={{ children: t('form.solutionProposal'), htmlFor: 'solutionProposal' }}
        hint={
          <>
            {solutionHint}
            {counter(draft.solutionProposal.length)}
          </>
        }
        {...fieldState('solutionProposal', errors, live, t)}
      >
        <Textarea
          id="solutionProposal"
          resize="vertical"
          rows={5}
          value={draft.solutionProposal}
          onChange={(_, d) => set('solutionProposal', d.value)}
        />
      </Field>
    </>
  );
}
