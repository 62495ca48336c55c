import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiClient } from '../api/client';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { setLanguage, toLanguage, type Language } from '../i18n';
import { ConfigurePage } from './ConfigurePage';
import { fluentTheme } from './themes';
import { IdentityPicker } from './IdentityPicker';
import type { Host } from './teams';
import { urlParam } from './url-params';
import { useHost } from './use-host';
import { useIdentity } from './use-identity';
import { useRoute } from './use-route';
import { Workspace } from './Workspace';

const useStaticStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  padded: { padding: tokens.spacingHorizontalXXL },
});

/** `?lang=` first, then the Teams locale, then the browser's language; Finnish otherwise. */
export function chooseLanguage(host: Host): Language {
  return (
    toLanguage(urlParam('lang')) ??
    (host.inTeams ? toLanguage(host.locale) : null) ??
    toLanguage(navigator.language) ??
    'fi'
  );
}

export function App() {
  useStaticStyles();
  const styles = useStyles();
  const { ready, host, theme } = useHost();
  const language = chooseLanguage(host);
  const [route] = useRoute();
  useEffect(() => setLanguage(language), [language]);

  return (
    // The page's own box is inside the provider: Fluent copies the provider's classes onto
    // its portal nodes, so a full-height class there would cover the page under every popup.
    <FluentProvider theme={fluentTheme(theme)} lang={language}>
      <div className={styles.root}>
        {ready && route === 'configure' ? (
          <ConfigurePage inTeams={host.inTeams} />
        ) : ready ? (
          <Signed language={language} inTeams={host.inTeams} />
        ) : (
          <div className={styles.padded}>
            <Loading />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}

function Signed({ language, inTeams }: { language: Language; inTeams: boolean }) {
  const styles = useStyles();
  const identity = useIdentity(inTeams);
  const { i18n } = useTranslation();
  const current = identity.status === 'dev' ? identity.current : null;
  const caller = identity.status === 'sso' ? identity.tokens : current;
  const api = useMemo(() => new ApiClient(language, caller), [language, caller]);

  if (identity.status === 'loading' || i18n.language !== language) {
    return (
      <div className={styles.padded}>
        <Loading />
      </div>
    );
  }
  if (identity.status === 'failed') {
    return (
      <div className={styles.padded}>
        <LoadFailed retry={identity.retry} />
      </div>
    );
  }
  const picker =
    identity.status === 'dev' ? (
      <IdentityPicker
        identities={identity.identities}
        current={identity.current}
        onChoose={identity.choose}
      />
    ) : null;
  return <Workspace key={current?.id ?? 'host'} api={api} language={language} picker={picker} />;
}
