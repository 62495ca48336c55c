import { makeStyles, tokens, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';

/** The channel tab's entity id; the board is the only configurable tab. */
export const BOARD_ENTITY_ID = 'rake-board';

const useStyles = makeStyles({
  main: {
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    maxWidth: '60ch',
  },
  title: {
    marginBlockStart: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Registers the save handler: Teams' Save adds the board (`#board`) as the channel's tab. */
async function registerBoardConfig(isActive: () => boolean): Promise<void> {
  const { pages } = await import('@microsoft/teams-js');
  if (!isActive()) return;
  const contentUrl = `${window.location.origin}/#board`;
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({
        entityId: BOARD_ENTITY_ID,
        contentUrl,
        // Read at save time: the language may have settled after the handler was registered.
        suggestedDisplayName: i18n.t('configure.displayName'),
      })
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
}

/** `#configure`: the configurable (team) tab's configuration page. */
export function ConfigurePage({ inTeams }: { inTeams: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();

  useEffect(() => {
    if (!inTeams) return;
    let active = true;
    void registerBoardConfig(() => active).catch(() => undefined);
    return () => {
      active = false;
    };
  }, [inTeams]);

  return (
    <main className={styles.main} aria-labelledby="configure-heading">
      <h1 id="configure-heading" className={styles.title}>
        {t('configure.title')}
      </h1>
      <Text as="p" block>
        {inTeams ? t('configure.inTeams') : t('configure.outsideTeams')}
      </Text>
    </main>
  );
}
