import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setLanguage, toLanguage } from './i18n';
import { App } from './shell/App';
import { urlParam } from './shell/url-params';

// The language is known before teams-js answers in a plain browser; set it before the first paint.
setLanguage(toLanguage(urlParam('lang')) ?? toLanguage(navigator.language) ?? 'fi');

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
