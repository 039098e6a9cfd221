import type { AppSpecV1 } from '@isekai/contracts';
import { escapeHtml, jsonScript } from './html.js';

export interface PageParts {
  spec: AppSpecV1;
  /** Inner HTML of <main>: every word a person looks for is here before any script runs. */
  main: string;
  /** Data the page script reads (never the raw prompt). */
  clientData?: unknown;
}

/** The HTML shell every generated app shares: one stylesheet, one deferred script, no external URLs. */
export function renderPage({ spec, main, clientData }: PageParts): string {
  const title = escapeHtml(spec.title);
  return `<!doctype html>
<html lang="en" data-theme="${spec.theme === 'dark' ? 'dark' : 'light'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${spec.theme === 'dark' ? 'dark' : 'light'}">
<title>${title}</title>
<meta name="description" content="${escapeHtml(spec.description)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="app-header">
<h1>${title}</h1>
<p class="lede">${escapeHtml(spec.description)}</p>
</header>
<main id="main">
${main}
</main>
${clientData === undefined ? '' : jsonScript('app-data', clientData)}
<script src="/app.js" defer></script>
</body>
</html>
`;
}
