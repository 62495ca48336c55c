import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguage, toLanguage } from './i18n';
import { App } from './shell/App';
import { prefetchIdentities } from './shell/first-load';
import { obviouslyOutsideTeams } from './shell/teams';
import { initialChoice } from './shell/use-identity';
import { urlParam } from './shell/url-params';

// Outside Teams, ask for the dev identities before React's first render (shell/first-load.ts).
if (obviouslyOutsideTeams()) prefetchIdentities(initialChoice);

// The language is known before teams-js answers in a plain browser; set it before the first paint.
setLanguage(toLanguage(urlParam('lang')) ?? toLanguage(navigator.language) ?? 'fi');

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
