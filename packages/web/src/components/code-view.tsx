import { useMemo } from 'react';
import hljs from 'highlight.js/lib/core';
import css from 'highlight.js/lib/languages/css';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';

// Only the languages generated apps are written in: the full highlight.js bundle is ten times larger.
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('xml', xml);
hljs.registerLanguage('css', css);
hljs.registerLanguage('markdown', markdown);

const BY_EXTENSION: Record<string, string> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  json: 'json',
  html: 'xml',
  htm: 'xml',
  svg: 'xml',
  css: 'css',
  md: 'markdown',
};

export function languageOf(path: string): string | null {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return BY_EXTENSION[extension] ?? null;
}

/**
 * Highlighted, read-only source. highlight.js escapes the text it is given and emits only <span class>,
 * so its output is safe to set as HTML; unknown languages are shown as plain text.
 */
export function CodeView({ path, content }: { path: string; content: string }) {
  const html = useMemo(() => {
    const language = languageOf(path);
    return language ? hljs.highlight(content, { language, ignoreIllegals: true }).value : null;
  }, [path, content]);
  return (
    <pre className="code" tabIndex={0} aria-label={`Contents of ${path}`}>
      {html === null ? (
        <code>{content}</code>
      ) : (
        <code className="hljs" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </pre>
  );
}
