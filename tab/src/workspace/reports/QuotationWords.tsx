import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../common/use-labels';
import type { QuotableObservation } from './reports-api';

const useStyles = makeStyles({
  picked: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  original: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export type QuotationSource = 'description' | 'solutionProposal';

type Props = {
  /** The ids' prefix: `<prefix>-another` (choose again), `<prefix>-text` (the words). */
  readonly prefix: string;
  readonly observation: QuotableObservation;
  readonly source: QuotationSource;
  readonly text: string;
  readonly textError: string | undefined;
  readonly observationError: string | undefined;
  readonly onSource: (source: QuotationSource) => void;
  readonly onText: (text: string) => void;
  readonly onPickAnother: () => void;
};

/**
 * The chosen observation and the words quoted from it: its description or its solution
 * proposal, as written (kept in sight), and the writer's shortened copy of it.
 */
export function QuotationWords(props: Props) {
  const { prefix, observation: o, source, observationError } = props;
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const p = 'workspace.reports.quotations';
  const name = {
    date: labels.date(o.createdAt),
    municipality: labels.list('municipalities', o.municipality),
  };

  return (
    <>
      <div className={styles.picked} data-testid="quotation-picked">
        <Text className={styles.name} id={`${prefix}-picked`}>
          {t(`${p}.picked`, name)}
        </Text>
        {/* The words as written stay in sight while the writer shortens them. */}
        <p className={styles.original}>
          <span className={styles.term}>{`${t(`${p}.${source}`)}: `}</span>
          {o[source]}
        </p>
        {observationError && (
          <Text className={styles.error} id={`${prefix}-picked-error`}>
            {observationError}
          </Text>
        )}
        <Button
          id={`${prefix}-another`}
          size="small"
          aria-describedby={observationError ? `${prefix}-picked-error` : `${prefix}-picked`}
          onClick={props.onPickAnother}
        >
          {t(`${p}.pickAnother`)}
        </Button>
      </div>
      {o.solutionProposal.trim() !== '' && (
        <Field label={t(`${p}.source`)}>
          <RadioGroup
            value={source}
            onChange={(_, d) => props.onSource(d.value as QuotationSource)}
          >
            <Radio value="description" label={t(`${p}.description`)} />
            <Radio value="solutionProposal" label={t(`${p}.solutionProposal`)} />
          </RadioGroup>
        </Field>
      )}
      <Field
        label={{ children: t(`${p}.text`), htmlFor: `${prefix}-text` }}
        hint={t(`${p}.textHint`)}
        required
        validationMessage={props.textError}
      >
        <Textarea
          id={`${prefix}-text`}
          resize="vertical"
          rows={6}
          value={props.text}
          onChange={(_, d) => props.onText(d.value)}
        />
      </Field>
    </>
  );
}
