/**
 * The page's own small stylesheet: readable from 320 px up without sideways scrolling (a
 * wide table scrolls inside its own box), charts shrink to fit, text and lines at AA
 * contrast or better on white.
 */
export const PAGE_STYLE = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: Arial, "Liberation Sans", "Helvetica Neue", sans-serif;
  font-size: 1rem; line-height: 1.55; color: #1a1a1a; background: #fff; }
.page { max-width: 68rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 3px solid #1f4e79; margin-bottom: 1.5rem; padding-bottom: 1rem; }
h1, h2, h3 { color: #1f4e79; line-height: 1.25; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 0.9rem; max-width: 44rem; overflow-wrap: anywhere; }
a { color: #0b4f8a; }
a:focus-visible, .table-scroll:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.meta { color: #3b3b3b; margin: 0; }
.back { margin: 0 0 0.5rem; }
nav ol { padding-left: 1.25rem; margin: 0; }
nav .contents { font-weight: bold; margin: 0 0 0.25rem; }
.figure-block { margin: 1rem 0 2rem; }
figure { margin: 0 0 1rem; }
figure.quotation blockquote { margin: 0; padding: 0.25rem 0 0.25rem 1rem; border-left: 4px solid #1f4e79; font-style: italic; }
figure.quotation blockquote p { margin: 0; }
figure.quotation figcaption { padding-left: 1rem; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption, caption { font-size: 0.9rem; color: #3b3b3b; text-align: left; padding: 0.25rem 0; }
.table-scroll { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; min-width: 16rem; }
th, td { padding: 0.3rem 0.75rem; border-bottom: 1px solid #8a8a8a; text-align: left; }
thead th { background: #dce6f0; border-bottom: 2px solid #1f4e79; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th:last-child { text-align: right; }
tbody th { font-weight: normal; }
tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #1f4e79; }
.note { font-size: 0.9rem; color: #3b3b3b; }
@media (min-width: 60rem) {
  .figure-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 2rem; align-items: start; }
}
`;
