import { Button, makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../common/use-labels';
import { QUOTABLE_LIMIT, type QuotableObservation } from './reports-api';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    minWidth: 0,
  },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  term: { fontWeight: tokens.fontWeightSemibold },
  status: { margin: 0 },
});

type Props = {
  /** The ids' prefix (each result's texts describe its button). */
  readonly prefix: string;
  readonly items: readonly QuotableObservation[] | undefined;
  /** Whether `items` answer what is in the search box now (not an earlier search). */
  readonly settled: boolean;
  readonly onPick: (observation: QuotableObservation) => void;
};

/**
 * The observations found, newest first: each with its day, municipality and texts, chosen
 * with its own button (Tab reaches each in turn). How many were found is announced.
 */
export function QuotableResults({ prefix, items, settled, onPick }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const p = 'workspace.reports.quotations';

  const count = items?.length ?? 0;
  const status = !settled
    ? t(`${p}.searching`)
    : count === 0
      ? t(`${p}.noneFound`)
      : count >= QUOTABLE_LIMIT
        ? t(`${p}.foundMax`, { count })
        : t(`${p}.found`, { count });

  return (
    <>
      <Text as="p" block role="status" className={styles.status} data-testid="quotable-status">
        {status}
      </Text>
      {count > 0 && (
        <ul className={styles.list} data-testid="quotable-results">
          {items?.map((o) => {
            const date = labels.date(o.createdAt);
            const municipality = labels.list('municipalities', o.municipality);
            const id = `${prefix}-result-${o.id}`;
            return (
              <li key={o.id} className={styles.item} data-observation-id={o.id}>
                <Text size={200} className={styles.meta}>{`${date} · ${municipality}`}</Text>
                <p className={styles.text} id={`${id}-description`}>
                  <span className={styles.term}>{`${t(`${p}.description`)}: `}</span>
                  {o.description}
                </p>
                {o.solutionProposal.trim() !== '' && (
                  <p className={styles.text}>
                    <span className={styles.term}>{`${t(`${p}.solutionProposal`)}: `}</span>
                    {o.solutionProposal}
                  </p>
                )}
                <Button
                  size="small"
                  aria-label={t(`${p}.pickLabel`, { date, municipality })}
                  aria-describedby={`${id}-description`}
                  data-pick={o.id}
                  onClick={() => onPick(o)}
                >
                  {t(`${p}.pick`)}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
