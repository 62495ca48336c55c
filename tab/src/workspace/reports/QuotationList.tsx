import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { groupBySection, namedWhenPublished, quotationId } from './quotation-edits';
import type { Report } from './reports-api';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
  },
  figure: {
    margin: 0,
    minWidth: 0,
    maxWidth: '48rem',
    // The page shows a quotation so too: a rule at its start, the words in italics.
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    ':focus': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  quote: { margin: 0 },
  text: {
    margin: 0,
    fontStyle: 'italic',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  caption: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

type Props = {
  readonly report: Report;
  /** Writers remove quotations; readers see them only. */
  readonly onRemove?: ((index: number) => void) | undefined;
  readonly busy?: boolean;
};

/**
 * The chosen quotations under their sections' headings, each with where it was seen and
 * whether the published page will say so.
 */
export function QuotationList({ report, onRemove, busy = false }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const named = namedWhenPublished(report);
  const p = 'workspace.reports.quotations';

  return (
    <div className={styles.groups} data-testid="report-quotation-list">
      {groupBySection(report).map((group) => (
        <section key={group.key} aria-labelledby={`report-quotations-${group.key}`}>
          <Heading level={5} id={`report-quotations-${group.key}`}>
            <span lang={report.language}>{group.heading}</span>
          </Heading>
          <ul className={styles.list}>
            {group.items.map(({ quotation: q, index }) => (
              <li key={index} className={styles.item}>
                <figure id={quotationId(index)} tabIndex={-1} className={styles.figure}>
                  <blockquote className={styles.quote}>
                    <p className={styles.text} id={`${quotationId(index)}-text`}>
                      {q.text}
                    </p>
                  </blockquote>
                  <figcaption className={styles.caption}>
                    {`— ${labels.list('municipalities', q.municipality)}`}
                    {!named.has(q.municipality) && ` (${t(`${p}.hiddenInPublication`)})`}
                  </figcaption>
                </figure>
                {onRemove && (
                  <Button
                    size="small"
                    aria-describedby={`${quotationId(index)}-text`}
                    disabledFocusable={busy}
                    onClick={() => onRemove(index)}
                  >
                    {t(`${p}.remove`)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
