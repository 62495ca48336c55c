import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { errorText } from '../common/error-text';
import { formatLocalDate, formatNumber } from '../i18n/format';
import { useSession } from '../shell/session';
import { DigestPreviewPanel } from './DigestPreviewPanel';
import { RakeChannelPicker } from './RakeChannelPicker';
import type { DigestPreview } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The coordinator's "send the digest now", its preview, and the choice of channel. */
export function DigestSection() {
  const { t } = useTranslation();
  const { api, language } = useSession();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [preview, setPreview] = useState<DigestPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const previewButton = useRef<HTMLButtonElement>(null);

  const send = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const sent = await api.sendDigest();
      const figures = {
        meeting: formatLocalDate(sent.meetingDate),
        since: formatLocalDate(sent.since),
        count: sent.total,
        total: formatNumber(sent.total, language),
      };
      // Without a channel nothing goes out yet: say so plainly, never "sent".
      setMessage(
        sent.channel === null
          ? { intent: 'warning', text: t('deliveries.digestWaiting', figures) }
          : {
              intent: 'success',
              text: t('deliveries.digestSent', { ...figures, channel: sent.channel }),
            },
      );
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  const showPreview = async () => {
    setPreviewing(true);
    setMessage(null);
    try {
      setPreview(await api.digestPreview());
    } catch (e) {
      setMessage({ intent: 'error', text: errorText(e, t) });
    } finally {
      setPreviewing(false);
    }
  };
  const closePreview = () => {
    setPreview(null);
    requestAnimationFrame(() => previewButton.current?.focus());
  };

  return (
    <section className={styles.root} aria-labelledby="digest-heading">
      <Heading level={3} id="digest-heading">
        {t('deliveries.digestHeading')}
      </Heading>
      <Text as="p" block>
        {t('deliveries.digestIntro')}
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void send()}>
          {busy ? t('deliveries.sending') : t('deliveries.sendDigest')}
        </Button>
        <Button
          ref={previewButton}
          disabled={previewing}
          aria-expanded={preview !== null}
          aria-controls="digest-preview"
          onClick={() => void showPreview()}
        >
          {previewing ? t('app.loading') : t('deliveries.preview')}
        </Button>
      </div>
      <LiveMessage message={message} polite={['success', 'warning']} />
      {preview !== null && <DigestPreviewPanel preview={preview} onClose={closePreview} />}
      <RakeChannelPicker />
    </section>
  );
}
