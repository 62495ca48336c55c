import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../common/Loading';
import { cardTextAsHtml } from './card-markdown';

const useStyles = makeStyles({
  frame: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    maxWidth: '40rem',
    overflowWrap: 'anywhere',
  },
});

/** Colours from the tab's theme, so the card reads as it will in the Teams theme in use. */
const HOST_CONFIG = {
  fontFamily: 'inherit',
  supportsInteractivity: false,
  containerStyles: {
    default: {
      backgroundColor: tokens.colorNeutralBackground1,
      foregroundColors: {
        default: {
          default: tokens.colorNeutralForeground1,
          subtle: tokens.colorNeutralForeground2,
        },
        accent: { default: tokens.colorBrandForeground1, subtle: tokens.colorBrandForeground2 },
      },
    },
  },
};

type Props = {
  /** The Adaptive Card as the channel will get it. */
  readonly card: Readonly<Record<string, unknown>>;
};

/**
 * Shows an Adaptive Card with Microsoft's own renderer, loaded only when a preview is asked
 * for. Buttons are left out: they lead to the tab, where the coordinator already is.
 */
export function CardPreview({ card }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let active = true;
    void import('adaptivecards').then((AdaptiveCards) => {
      if (!active || host.current === null) return;
      AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
        result.outputHtml = cardTextAsHtml(text);
        result.didProcess = true;
      };
      const adaptive = new AdaptiveCards.AdaptiveCard();
      adaptive.hostConfig = new AdaptiveCards.HostConfig(HOST_CONFIG);
      const { actions: _actions, ...withoutActions } = card;
      adaptive.parse(withoutActions);
      const rendered = adaptive.render();
      host.current.replaceChildren(...(rendered ? [rendered] : []));
      setReady(true);
    });
    return () => {
      active = false;
    };
  }, [card]);

  return (
    <div className={styles.frame} data-testid="digest-card-preview">
      {!ready && <Loading label={t('deliveries.previewLoading')} />}
      <div ref={host} />
    </div>
  );
}
