import type { AppSpec } from '@isekai/contracts';
import { escapeHtml, jsonScript } from '../blueprints/shared/html.js';
import { onePageSections } from './one-page-nav.js';
import { renderHomeOutline } from './page-outline.js';

/**
 * public/index.html: the header with the app's title and navigation (readable before any script runs),
 * the spec the page script reads, and the stylesheets in order: theme, app, content.
 */
export function renderIndexHtml(spec: AppSpec): string {
  const title = escapeHtml(spec.title);
  const home = spec.pages[0]?.id ?? '';
  const sections = onePageSections(spec);
  const links = (
    sections.length > 0
      ? sections.map(
          (s) =>
            `<li><a href="#/${escapeHtml(home)}@${escapeHtml(s.anchor)}">${escapeHtml(s.title)}</a></li>`,
        )
      : spec.pages
          .filter((p) => p.nav !== false)
          .map(
            (p) =>
              `<li><a href="#/${escapeHtml(p.id)}" data-page="${escapeHtml(p.id)}">${escapeHtml(p.title)}</a></li>`,
          )
  ).join('\n');
  const mode = spec.theme.mode === 'dark' ? 'dark' : 'light';
  return `<!doctype html>
<html lang="en" data-theme="${mode}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${mode}">
<title>${title}</title>
<meta name="description" content="${escapeHtml(spec.description)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/css/theme.css">
<link rel="stylesheet" href="/css/app.css">
<link rel="stylesheet" href="/css/content.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="app-header">
<div class="inner">
<p class="app-title"><a href="#/${escapeHtml(home)}">${title}</a></p>
<nav aria-label="Pages">
<ul>
${links}
</ul>
</nav>
</div>
</header>
<main id="main" tabindex="-1">
${renderHomeOutline(spec)}
<noscript><p>This app needs JavaScript.</p></noscript>
</main>
<footer class="app-footer" id="app-footer"></footer>
${jsonScript('app-spec', spec)}
<script type="module" src="/js/main.js"></script>
</body>
</html>
`;
}
