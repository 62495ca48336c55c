import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '../../api/client';
import { isApiError } from '../../api/errors';
import { errorText } from '../../common/error-text';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import type { Report } from './reports-api';
import { useReportWrites } from './use-reports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  p: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Props = { readonly report: Tagged<Report> };

/**
 * "Merkitse valmiiksi julkaistavaksi" (writers): the draft handed over to the editors, or
 * taken back. One button whose words follow the state, so the focus stays on it; the outcome
 * is announced. A save made meanwhile (412) is read again and the wish sent once more: the
 * writer asked for a state, not for a change of the text.
 */
export function ReportHandOver({ report }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const writes = useReportWrites();
  const latest = useRef(report);
  latest.current = report;
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const handedOver = report.value.handedOver !== null;
  const busy = writes.edit.isPending;

  const toggle = async () => {
    if (busy) return;
    const wanted = !handedOver;
    const id = report.value.id;
    const send = (etag: string | null) =>
      writes.edit.mutateAsync({ id, patch: { handedOver: wanted }, etag });
    setMessage(null);
    try {
      try {
        await send(latest.current.etag);
      } catch (e) {
        if (!isApiError(e) || e.status !== 412) throw e;
        await send((await writes.reload(id)).etag);
      }
      setMessage({
        intent: 'success',
        text: wanted ? t('workspace.reports.handedOverNow') : t('workspace.reports.takenBackNow'),
      });
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    }
  };

  return (
    <div className={styles.root} data-testid="report-hand-over">
      {!handedOver && (
        <Text as="p" block className={styles.p}>
          {t('workspace.reports.handOverHint')}
        </Text>
      )}
      <div className={styles.buttons}>
        <Button
          appearance={handedOver ? 'secondary' : 'primary'}
          disabledFocusable={busy}
          onClick={() => void toggle()}
          data-testid="report-hand-over-button"
        >
          {handedOver ? t('workspace.reports.takeBack') : t('workspace.reports.handOver')}
        </Button>
      </div>
      <LiveMessage message={message} polite={['success']} />
    </div>
  );
}
