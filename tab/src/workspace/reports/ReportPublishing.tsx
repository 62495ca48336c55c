import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { PublicationFacts } from './PublicationFacts';
import type { Report } from './reports-api';
import { usePublishing, type Outcome } from './use-publishing';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    maxWidth: '40rem',
  },
  question: { margin: 0 },
  warning: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0 },
});

type Props = {
  readonly report: Report;
  /** Editors and admins publish; the others see where the report stands. */
  readonly canPublish: boolean;
  /** The writers' hand-over button, when the user is one. */
  readonly children?: ReactNode;
};

function OutcomeBar({ outcome }: { readonly outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent={outcome.intent} layout="multiline">
      <MessageBarBody data-testid="report-publish-outcome">
        {outcome.text}{' '}
        {outcome.url && (
          <Link href={outcome.url} target="_blank" rel="noopener" inline>
            {t('workspace.reports.openPage')}
          </Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * "Julkaise intranetiin": the report on the intranet subpage (each publication its own page,
 * a new version on the same page), or taken off it. Confirmed in place; the focus comes back
 * to the button afterwards and the outcome is announced with the page's link.
 */
export function ReportPublishing({ report, canPublish, children }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const pub = usePublishing(report.id);
  const publishButton = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const live = report.publication !== null && report.publication.state !== 'withdrawn';
  // Editors are trusted to publish a draft the writers did not hand over, but are asked first.
  const notReady = pub.asking === 'publish' && report.handedOver === null;

  useEffect(() => {
    if (pub.asking !== null) confirmButton.current?.focus();
  }, [pub.asking]);

  /** Back to the button that asked (after a withdrawal, publishing is what is left). */
  const refocus = (from: 'publish' | 'withdraw' | null) =>
    requestAnimationFrame(() =>
      (from === 'withdraw' && withdrawButton.current
        ? withdrawButton.current
        : publishButton.current
      )?.focus(),
    );
  const cancel = () => {
    const from = pub.asking;
    pub.ask(null);
    refocus(from);
  };
  const confirm = async () => {
    const from = pub.asking;
    if (await pub.confirm()) refocus(from === 'withdraw' ? 'publish' : from);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    cancel();
  };
  const question =
    pub.asking === 'withdraw'
      ? t('workspace.reports.confirmWithdraw')
      : live
        ? t('workspace.reports.confirmRepublish', { version: report.version })
        : t('workspace.reports.confirmPublish');

  return (
    <section className={styles.root} aria-labelledby="report-publishing-heading">
      <Heading level={4} id="report-publishing-heading">
        {t('workspace.reports.publishingHeading')}
      </Heading>
      <PublicationFacts publication={report.publication} />
      {report.handedOver !== null && (
        <Text as="p" block className={styles.p} data-testid="report-handed-over">
          {t('workspace.reports.handedOverBy', {
            name: report.handedOver.byName,
            date: labels.dateTime(report.handedOver.at),
          })}
        </Text>
      )}
      {children}
      {canPublish ? (
        <>
          <div className={styles.buttons}>
            <Button
              ref={publishButton}
              appearance="primary"
              disabledFocusable={pub.busy}
              onClick={() => pub.ask('publish')}
              data-testid="report-publish"
            >
              {live ? t('workspace.reports.republish') : t('workspace.reports.publish')}
            </Button>
            {live && (
              <Button
                ref={withdrawButton}
                disabledFocusable={pub.busy}
                onClick={() => pub.ask('withdraw')}
                data-testid="report-withdraw"
              >
                {t('workspace.reports.withdraw')}
              </Button>
            )}
          </div>
          {pub.asking !== null && (
            <div
              role="group"
              aria-labelledby={
                notReady
                  ? 'report-confirm-not-ready report-confirm-question'
                  : 'report-confirm-question'
              }
              className={styles.confirm}
              onKeyDown={onKeyDown}
              data-testid="report-confirm"
            >
              {notReady && (
                <Text as="p" block id="report-confirm-not-ready" className={styles.warning}>
                  {t('workspace.reports.notReadyQuestion')}
                </Text>
              )}
              <Text as="p" block id="report-confirm-question" className={styles.question}>
                {question}
              </Text>
              <div className={styles.buttons}>
                <Button
                  ref={confirmButton}
                  appearance="primary"
                  disabledFocusable={pub.busy}
                  onClick={() => void confirm()}
                >
                  {pub.busy
                    ? t('workspace.reports.working')
                    : pub.asking === 'withdraw'
                      ? t('workspace.reports.confirmWithdrawButton')
                      : t('workspace.reports.confirmPublishButton')}
                </Button>
                <Button onClick={cancel}>{t('common.cancel')}</Button>
              </div>
            </div>
          )}
        </>
      ) : (
        <Text as="p" block className={styles.p}>
          {t('workspace.reports.editorsPublish')}
        </Text>
      )}
      <div role="status">
        {pub.outcome && pub.outcome.intent !== 'error' && <OutcomeBar outcome={pub.outcome} />}
      </div>
      {pub.outcome?.intent === 'error' && (
        <div role="alert">
          <OutcomeBar outcome={pub.outcome} />
        </div>
      )}
    </section>
  );
}
