import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { FigureTable } from './FigureTable';
import type { Report } from './reports-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  p: { margin: 0 },
  // Side by side where there is room (a report has many short tables), one column when narrow.
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 26rem), 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  groupHeading: { gridColumn: '1 / -1', marginBlockEnd: 0 },
});

/**
 * The report's figures as tables under the section they follow, with exact counts: the
 * working group's view (the Word document for publishing and the page show 1–4 as "< 5").
 */
export function ReportFigures({ report }: { readonly report: Report }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const groups = report.sections
    .map((s) => ({ section: s, figures: report.figures.filter((f) => f.sectionKey === s.key) }))
    .filter((g) => g.figures.length > 0);
  const loose = report.figures.filter((f) => !report.sections.some((s) => s.key === f.sectionKey));
  return (
    <section className={styles.root} aria-labelledby="report-figures-heading">
      <div>
        <Heading level={4} id="report-figures-heading">
          {t('workspace.reports.figuresHeading')}
        </Heading>
        <Text as="p" block className={styles.p}>
          {report.figures.length === 0
            ? t('workspace.reports.noFigures')
            : t('workspace.reports.figuresIntro')}
        </Text>
      </div>
      <div className={styles.root}>
        {groups.map(({ section, figures }) => (
          <div key={section.key} className={styles.group} data-testid="report-figure-group">
            <Heading level={5} className={styles.groupHeading}>
              <span lang={report.language}>{section.heading}</span>
            </Heading>
            {figures.map((f) => (
              <FigureTable key={f.key} figure={f} lang={report.language} />
            ))}
          </div>
        ))}
        {loose.map((f) => (
          <FigureTable key={f.key} figure={f} lang={report.language} />
        ))}
      </div>
    </section>
  );
}
