import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage } from '../../common/LiveMessage';
import { useReportFiles } from './use-report-files';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  p: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Long Finnish labels wrap inside the button on a narrow screen instead of overflowing.
  button: { maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
});

type Props = {
  readonly id: string;
  readonly title: string;
  /** The RAKE group may take the document with exact counts (never published). */
  readonly exact: boolean;
};

/** "Lataa Word", the group's exact copy, and the page as the intranet would show it. */
export function ReportFiles({ id, title, exact }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const files = useReportFiles(id, title);
  return (
    <section className={styles.root} aria-labelledby="report-files-heading">
      <Heading level={4} id="report-files-heading">
        {t('workspace.reports.filesHeading')}
      </Heading>
      <Text as="p" block className={styles.p}>
        {t('workspace.reports.filesIntro')}
      </Text>
      <div className={styles.buttons}>
        <Button
          className={styles.button}
          disabledFocusable={files.busy}
          onClick={() => void files.word(false)}
          data-testid="report-word"
        >
          {t('workspace.reports.word')}
        </Button>
        {exact && (
          <Button
            className={styles.button}
            disabledFocusable={files.busy}
            onClick={() => void files.word(true)}
            data-testid="report-word-exact"
          >
            {t('workspace.reports.wordExact')}
          </Button>
        )}
        <Button
          className={styles.button}
          disabledFocusable={files.busy}
          onClick={() => void files.preview()}
          data-testid="report-preview"
        >
          {t('workspace.reports.preview')}
        </Button>
      </div>
      <LiveMessage message={files.message} polite={['success']} />
    </section>
  );
}
