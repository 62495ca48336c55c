import { makeStyles, tokens, Text, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { boardScopeOf } from '../../../src/domain/policy/policy';
import type { ApiClient } from '../api/client';
import { normaliseConfig } from '../api/config';
import { isApiError } from '../api/errors';
import { LoadFailed } from '../common/LoadFailed';
import { hasAdminView } from '../admin/access';
import { hasDeliveriesView } from '../deliveries/access';
import { hasWorkspaceView, landsOnReports } from '../workspace/access';
import { forgetOtherUsersDrafts } from '../form/draft-storage';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/use-async';
import type { Language } from '../i18n';
import { localized } from '../i18n/format';
import { Navigation } from './Navigation';
import { rememberLocale } from './remember-locale';
import { SessionContext, type Session } from './session';
import { useRoute, type Route } from './use-route';
import { ViewBoundary } from './ViewBoundary';
import { Views } from './Views';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 480px)': { paddingInline: tokens.spacingHorizontalM },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  nav: { paddingInline: tokens.spacingHorizontalL, paddingBlockStart: tokens.spacingVerticalS },
  main: {
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    maxWidth: '1400px',
    // The side panel is narrow: every pixel of padding is a pixel the content lacks.
    '@media (max-width: 480px)': { paddingInline: tokens.spacingHorizontalM },
  },
});

type Props = {
  readonly api: ApiClient;
  readonly language: Language;
  readonly picker: ReactNode;
};

/** The signed-in part: header, navigation and the current view, for one identity. */
export function Workspace({ api, language, picker }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [route, navigate] = useRoute();
  const [state, reload] = useAsync(
    async (signal) => {
      const [me, raw] = await Promise.all([api.me(signal), api.config(signal)]);
      return { me, config: normaliseConfig(raw) };
    },
    [api],
  );

  const userId = state.status === 'ok' ? state.value.me.id : null;
  // An editor's work here is publishing: opened without a view, the tab shows the reports.
  const editorOnly = state.status === 'ok' && landsOnReports(state.value.me);
  useEffect(() => {
    if (editorOnly && window.location.hash === '') {
      window.history.replaceState(null, '', '#workspace');
      navigate('workspace');
    }
  }, [editorOnly, navigate]);
  useEffect(() => {
    if (userId !== null) forgetOtherUsersDrafts(userId);
  }, [userId]);

  useEffect(() => {
    if (userId !== null) void rememberLocale(api, userId, language);
  }, [api, userId, language]);

  const session = useMemo<Session | null>(
    () => (state.status === 'ok' ? { api, language, ...state.value } : null),
    [api, language, state],
  );
  const hasBoard = session ? boardScopeOf(session.me) !== null : false;
  const hasDeliveries = session ? hasDeliveriesView(session.me.roles) : false;
  const hasAdmin = session ? hasAdminView(session.me.roles) : false;
  const hasWorkspace = session ? hasWorkspaceView(session.me) : false;

  const header = (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title}>{t('app.title')}</h1>
        {session && (
          <Text>
            {t('app.subtitle', { county: localized(session.config.countyName, language) })}
          </Text>
        )}
      </div>
      {picker}
    </header>
  );

  if (!session) {
    return (
      <>
        {header}
        <main className={styles.main}>
          {state.status === 'error' ? (
            isApiError(state.error) && state.error.status === 401 ? (
              <MessageBar intent="warning">
                <MessageBarBody>{t('app.notSignedIn')}</MessageBarBody>
              </MessageBar>
            ) : (
              <LoadFailed error={state.error} retry={reload} />
            )
          ) : (
            <Loading />
          )}
        </main>
      </>
    );
  }

  const current =
    (route === 'board' && !hasBoard) ||
    (route === 'deliveries' && !hasDeliveries) ||
    (route === 'admin' && !hasAdmin) ||
    route === 'configure'
      ? 'new'
      : route;
  // A link inside a view (e.g. "go to my reports") moves focus to the tab it opened.
  const goTo = (next: Route) => {
    navigate(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  return (
    <SessionContext.Provider value={session}>
      {header}
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <Navigation
          route={current}
          hasBoard={hasBoard}
          hasWorkspace={hasWorkspace}
          hasDeliveries={hasDeliveries}
          hasAdmin={hasAdmin}
          onNavigate={navigate}
        />
      </nav>
      <main className={styles.main}>
        <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`}>
          <ViewBoundary route={current}>
            <Views route={current} navigate={goTo} />
          </ViewBoundary>
        </div>
      </main>
    </SessionContext.Provider>
  );
}
