import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import type { Report } from './reports-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { maxWidth: '48rem' },
  paragraph: {
    marginBlockStart: 0,
    marginBlockEnd: tokens.spacingVerticalS,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

/** Paragraphs are separated by a blank line (as the Word document and the page have them). */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** The report's words as the RAKE group wrote them, for those who read and publish. */
export function ReportReading({ report }: { readonly report: Report }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="report-text-heading">
      <Heading level={4} id="report-text-heading">
        {t('workspace.reports.textHeading')}
      </Heading>
      <div className={styles.text} lang={report.language} data-testid="report-introduction">
        {paragraphs(report.introduction).map((part, i) => (
          <p key={i} className={styles.paragraph}>
            {part}
          </p>
        ))}
      </div>
      {report.sections.map((s) => (
        <div key={s.key} className={styles.text} lang={report.language}>
          <Heading level={5}>{s.heading}</Heading>
          {paragraphs(s.text).map((part, i) => (
            <p key={i} className={styles.paragraph}>
              {part}
            </p>
          ))}
        </div>
      ))}
    </section>
  );
}
