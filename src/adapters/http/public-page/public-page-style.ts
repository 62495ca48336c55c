/**
 * The public pages' one style sheet, served from `/public/public.css` (the pages' CSP allows
 * styles from ourselves only, no inline ones). Readable from 320 px without sideways
 * scrolling: one column, fields as wide as the page, long codes allowed to wrap; focus and
 * errors visible without colour alone (outline, border width, text).
 */
export const PUBLIC_PAGE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1rem; line-height: 1.5; color: #1b1b1b; background: #fff; }
main, header, footer { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 0.75rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.75rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
p, li { overflow-wrap: anywhere; }
a { color: #0b57a4; }
a:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, [tabindex="-1"]:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0; }
.notice { border-left: 4px solid #0b57a4; padding: 0.5rem 0.75rem; background: #f3f6fa; margin: 1rem 0; }
.field { margin: 1.25rem 0; }
label, legend { display: block; font-weight: 600; }
.hint { display: block; color: #4a4a4a; font-weight: 400; margin: 0.125rem 0 0.25rem; }
.required { font-weight: 400; color: #4a4a4a; }
input[type="text"], input[type="email"], select, textarea { display: block; width: 100%; max-width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #505a5f; border-radius: 0; background: #fff; color: inherit; }
textarea { min-height: 8rem; resize: vertical; }
fieldset { border: 0; padding: 0; margin: 1.25rem 0; min-width: 0; }
.choice { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.375rem 0; }
.choice input { width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; flex: none; }
.choice label { font-weight: 400; }
.invalid input[type="text"], .invalid input[type="email"], .invalid select, .invalid textarea { border: 4px solid #b10e1e; }
.error { display: block; color: #b10e1e; font-weight: 600; margin: 0.25rem 0; }
.error-summary { border: 4px solid #b10e1e; padding: 0.75rem 1rem; margin: 1rem 0; }
.warning-summary { border: 4px solid #8a5300; padding: 0.75rem 1rem; margin: 1rem 0; }
.error-summary h2, .warning-summary h2 { margin-top: 0; }
.honeypot { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
button { font: inherit; font-weight: 600; padding: 0.625rem 1.25rem; border: 2px solid #0b57a4; background: #0b57a4; color: #fff; cursor: pointer; max-width: 100%; }
button:hover { background: #084580; }
.receipt { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 1.5rem; letter-spacing: 0.1em; overflow-wrap: anywhere; }
dl { margin: 1rem 0; }
dt { font-weight: 600; }
dd { margin: 0 0 0.75rem; }
footer { margin-top: 2rem; padding-bottom: 2rem; color: #4a4a4a; }
`;
