// Serves a folder (default: the project) on 127.0.0.1 (a free port) so a headless browser can import dist/ as
// modules, plus in-memory HTML `pages` by path. Resolves to the listening http.Server.
// Engine-neutral checks for the smoke scripts: with `{ collectErrors: true }` every HTML page gets
// ERROR_COLLECTOR first in its <head> (uncaught errors, unhandled rejections and console.error calls land in
// `window.__smrErrors`, readable over classic WebDriver too), and `server.failedRequests` lists
// every answer of 400 or more ("404 /favicon.ico").
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export const ERROR_COLLECTOR = `<script>(() => {
  const errors = (window.__smrErrors = []);
  addEventListener('error', (event) => errors.push(String(event.message || event.error)));
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + String((event.reason && event.reason.message) || event.reason)));
  const consoleError = console.error;
  console.error = function (...args) {
    errors.push(args.map(String).join(' '));
    return consoleError.apply(this, args);
  };
})();</script>`;

/** `html` with ERROR_COLLECTOR as the first thing its scripts meet. */
function addCollector(html) {
  const head = html.match(/<head[^>]*>/i);
  if (head) return html.replace(head[0], `${head[0]}${ERROR_COLLECTOR}`);
  const doctype = html.match(/^\s*<!doctype[^>]*>/i);
  return doctype ? html.replace(doctype[0], `${doctype[0]}${ERROR_COLLECTOR}`) : `${ERROR_COLLECTOR}${html}`;
}

export function serveProject(pages = {}, root = process.cwd(), { collectErrors = false } = {}) {
  const failedRequests = [];
  const withCollector = collectErrors ? addCollector : (html) => html;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path in pages) {
      response.writeHead(200, { 'content-type': 'text/html' }).end(withCollector(pages[path]));
      return;
    }
    let body;
    try {
      body = readFileSync(join(root, path));
    } catch {
      failedRequests.push(`404 ${path}`);
      response.writeHead(404).end();
      return;
    }
    if (collectErrors && extname(path) === '.html') body = withCollector(body.toString('utf8'));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  server.failedRequests = failedRequests;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
