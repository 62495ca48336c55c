import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { CardPreview } from './CardPreview';
import type { DigestPreview } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  close: { alignSelf: 'flex-start' },
});

type Props = { readonly preview: DigestPreview; readonly onClose: () => void };

/** Where the digest would go, and its card as the channel would show it; the focus comes here. */
export function DigestPreviewPanel({ preview, onClose }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);

  return (
    <section id="digest-preview" className={styles.root} aria-labelledby="digest-preview-heading">
      <Heading level={4} id="digest-preview-heading" ref={heading} focusable>
        {t('deliveries.previewHeading')}
      </Heading>
      {preview.channel === null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('deliveries.previewNoChannel')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p" block>
          {t('deliveries.previewChannel', { channel: preview.channel })}
        </Text>
      )}
      {preview.card === null ? (
        <Text as="p" block>
          {t('deliveries.previewNoCard')}
        </Text>
      ) : (
        <CardPreview card={preview.card} />
      )}
      <Button className={styles.close} onClick={onClose}>
        {t('deliveries.previewClose')}
      </Button>
    </section>
  );
}
