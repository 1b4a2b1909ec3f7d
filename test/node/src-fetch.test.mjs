// `<smr-routine src>` across origins, as a site that keeps routines on another host would use it:
// a CORS-enabled URL loads; a URL without CORS, a response over 1 MB (with or without a
// Content-Length) and a non-JSON type are refused with a clear, visible message.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { bundleAlone } from '../../scripts/bundle-alone.mjs';
import { launchChromium, listen } from './support.mjs';

const ROUTINE = JSON.stringify({ id: 'remote', title: 'Remote routine', steps: [{ exercise: 'calves', duration: 30 }] });
/** Valid JSON just over 1 MB: the routine padded with a long description field the validator never sees. */
const HUGE = JSON.stringify({ id: 'huge', title: 'Huge', padding: 'x'.repeat(1024 * 1024), steps: [{ exercise: 'calves' }] });

let pageServer;
let dataServer;
let browser;
let page;

before(async () => {
  const bundle = await bundleAlone('src/cdn.ts');
  pageServer = createServer((request, response) => {
    if (request.url === '/smr-elements.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script type="module" src="/smr-elements.js"></script></head><body></body></html>',
      );
  });
  const cors = { 'access-control-allow-origin': '*' };
  dataServer = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/routine.json') return response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(ROUTINE);
    if (path === '/no-cors.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(ROUTINE);
    if (path === '/huge.json')
      return response.writeHead(200, { ...cors, 'content-type': 'application/json', 'content-length': Buffer.byteLength(HUGE) }).end(HUGE);
    if (path === '/huge-chunked.json') {
      // No Content-Length: the size is only known while reading.
      response.writeHead(200, { ...cors, 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      response.write(HUGE.slice(0, 500_000));
      return response.end(HUGE.slice(500_000));
    }
    if (path === '/page.html') return response.writeHead(200, { ...cors, 'content-type': 'text/html' }).end('<p>not a routine</p>');
    response.writeHead(404, cors).end();
  });
  const pageOrigin = await listen(pageServer);
  const dataOrigin = await listen(dataServer);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${pageOrigin}/`, { waitUntil: 'networkidle0' });
  await page.evaluate((origin) => (window.dataOrigin = origin), dataOrigin);
});

after(async () => {
  await browser?.close();
  pageServer?.close();
  dataServer?.close();
});

/** Adds `<smr-routine src>` for a path on the other origin and waits until it shows a routine or an error. */
function load(path) {
  return page.evaluate(async (path) => {
    const routine = document.createElement('smr-routine');
    routine.noPersist = true;
    routine.src = `${window.dataOrigin}${path}`;
    document.body.replaceChildren(routine);
    const done = () => routine.resolvedRoutine !== null || routine.shadowRoot?.querySelector('[part~="error"]');
    for (let tries = 0; tries < 100 && !done(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const error = routine.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return { title: routine.resolvedRoutine?.title ?? null, error };
  }, path);
}

describe('<smr-routine src> across origins', () => {
  test('a CORS-enabled URL on another origin loads', async () => {
    assert.deepEqual(await load('/routine.json'), { title: 'Remote routine', error: '' });
  });

  test('a URL without CORS is refused with a message about the network', async () => {
    const { title, error } = await load('/no-cors.json');
    assert.equal(title, null);
    assert.match(error, /could not be reached, or it does not let this site read the file \(CORS\)/);
  });

  test('over 1 MB with a Content-Length: refused before reading', async () => {
    const { title, error } = await load('/huge.json');
    assert.equal(title, null);
    assert.match(error, /1 MB/);
  });

  test('over 1 MB without a Content-Length: refused after reading', async () => {
    const { title, error } = await load('/huge-chunked.json');
    assert.equal(title, null);
    assert.match(error, /1 MB/);
  });

  test('a non-JSON content type is refused, naming the type', async () => {
    const { title, error } = await load('/page.html');
    assert.equal(title, null);
    assert.match(error, /text\/html/);
  });
});
