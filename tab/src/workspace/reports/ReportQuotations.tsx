import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '../../api/client';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import { useFocusLater } from '../../common/use-focus-later';
import { QuotationForm } from './QuotationForm';
import { QuotationList } from './QuotationList';
import { quotationId } from './quotation-edits';
import type { Report } from './reports-api';
import { useQuotationRemoval } from './use-quotation-removal';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  p: { margin: 0, maxWidth: '48rem' },
  add: { alignSelf: 'flex-start' },
});

type Props = {
  readonly report: Tagged<Report>;
  /** The RAKE group adds and removes; the others read. */
  readonly canWrite: boolean;
};

const ADD_BUTTON = 'report-quotation-add';

/**
 * The report's quotations, the observations' own words shown after their sections' text when
 * published. Writers add them (one at a time, the whole list saved) and remove them; the
 * focus stays with what they were doing and the outcome is announced.
 */
export function ReportQuotations({ report, canWrite }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const p = 'workspace.reports.quotations';
  const r = report.value;
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const focusLater = useFocusLater();
  const removal = useQuotationRemoval(report, { setMessage, focusLater, fallback: ADD_BUTTON });

  const onAdded = (saved: Tagged<Report>, index: number) => {
    const section = saved.value.sections.find(
      (s) => s.key === saved.value.quotations[index]?.sectionKey,
    );
    setAdding(false);
    setMessage({
      intent: 'success',
      text: t(`${p}.added`, { section: section?.heading ?? '', version: saved.value.version }),
    });
    focusLater(quotationId(index));
  };
  const close = () => {
    setAdding(false);
    focusLater(ADD_BUTTON);
  };

  return (
    <section
      className={styles.root}
      aria-labelledby="report-quotations-heading"
      data-testid="report-quotations"
    >
      <div>
        <Heading level={4} id="report-quotations-heading">
          {t(`${p}.heading`)}
        </Heading>
        <Text as="p" block className={styles.p}>
          {t(`${p}.intro`)}
        </Text>
      </div>
      {canWrite && (
        <Text as="p" block className={styles.p} data-testid="quotation-rule">
          {t(`${p}.publishedRule`)}
        </Text>
      )}
      {r.quotations.length === 0 ? (
        <Text as="p" block className={styles.p}>
          {t(`${p}.none`)}
        </Text>
      ) : (
        <QuotationList
          report={r}
          onRemove={canWrite ? removal.remove : undefined}
          busy={removal.busy}
        />
      )}
      <LiveMessage message={message} polite={['success', 'warning']} />
      {canWrite &&
        r.sections.length > 0 &&
        (adding ? (
          <QuotationForm report={report} onAdded={onAdded} onCancel={close} />
        ) : (
          <Button
            id={ADD_BUTTON}
            className={styles.add}
            onClick={() => {
              setMessage(null);
              setAdding(true);
            }}
          >
            {t(`${p}.add`)}
          </Button>
        ))}
    </section>
  );
}
