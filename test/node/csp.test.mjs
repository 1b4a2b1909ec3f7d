// Every element under the strict Content-Security-Policy the docs tell sites they can use:
// no inline script or style, Trusted Types enforced with only Lit's policy. A page served with that
// header loads the CDN bundle, drives each element through its main flow (every button pressed,
// fields typed in, a timer run to the end) and must see no `securitypolicyviolation` event and no
// console error.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { bundleAlone } from '../../scripts/bundle-alone.mjs';
import { launchChromium, listen, STRICT_CSP } from './support.mjs';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>CSP</title>
    <link rel="icon" href="data:," />
    <script src="/watch.js"></script>
    <script type="module" src="/smr-elements.js"></script>
  </head>
  <body>
    <smr-timer duration="1" sides="none" label="Calves"></smr-timer>
    <smr-routine preset="lower-leg" no-persist lead-in="0" print-qr></smr-routine>
    <smr-routine src="/routine.json" no-persist></smr-routine>
    <smr-routine id="with-media" no-persist lead-in="0" muted>
      <script type="application/json">
        { "id": "with-media", "title": "With media", "steps": [
          { "name": "Arch roll", "duration": 5, "media": { "src": "/step-picture.svg", "type": "image", "alt": "A ball under the arch" } },
          { "name": "Ball roll", "duration": 5, "media": { "src": "/step-clip.webm", "type": "video", "alt": "A ball rolls slowly" } }
        ] }
      </script>
    </smr-routine>
    <smr-exercise exercise="calves" with-timer></smr-exercise>
    <smr-body-map selectable show-avoid></smr-body-map>
    <smr-illustration exercise="calves"></smr-illustration>
    <smr-finder></smr-finder>
    <smr-routine-builder></smr-routine-builder>
    <smr-history></smr-history>
    <smr-timer duration="-5"></smr-timer>
  </body>
</html>`;

// Runs before the bundle: records every violation the page reports.
const WATCH = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});`;

const ROUTINE = JSON.stringify({ id: 'fetched', title: 'Fetched routine', steps: [{ exercise: 'calves', duration: 30 }] });

let server;
let browser;
let origin;

before(async () => {
  const bundle = await bundleAlone('src/cdn.ts');
  const files = {
    '/': ['text/html', PAGE],
    '/watch.js': ['text/javascript', WATCH],
    '/smr-elements.js': ['text/javascript', bundle],
    '/routine.json': ['application/json', ROUTINE],
    '/step-picture.svg': ['image/svg+xml', readFileSync(new URL('../fixtures/step-picture.svg', import.meta.url))],
    '/step-clip.webm': ['video/webm', readFileSync(new URL('../fixtures/step-clip.webm', import.meta.url))],
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'content-security-policy': STRICT_CSP }).end(file[1]);
  });
  origin = await listen(server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Presses every enabled button and region of every element once, depth-first through shadow
 * roots, in passes until nothing new appears (a session's buttons show up after Start). Search
 * fields get a real query; other text fields get markup that must stay text.
 */
async function driveEverything(page) {
  return page.evaluate(async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
    const done = new WeakSet();
    const pressed = [];
    for (let pass = 0; pass < 4; pass += 1) {
      let progressed = false;
      for (const element of [...document.querySelectorAll('*')].filter((candidate) => candidate.localName.startsWith('smr-'))) {
        const roots = [element.shadowRoot];
        for (let index = 0; index < roots.length; index += 1) {
          for (const inner of roots[index].querySelectorAll('*')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
        }
        for (const root of roots) {
          for (const field of root.querySelectorAll('input[type="search"], input[type="text"], input:not([type]), textarea')) {
            if (done.has(field)) continue;
            done.add(field);
            field.value = field.type === 'search' ? 'calves' : '<img src=x onerror="window.pwned=1">Calves';
            field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            await settle();
          }
          for (const control of root.querySelectorAll('button:not([disabled]), [role="checkbox"]')) {
            if (done.has(control) || !control.isConnected) continue;
            done.add(control);
            progressed = true;
            control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
            pressed.push(`${element.localName}: ${(control.textContent || control.getAttribute('aria-label') || '').trim().slice(0, 30)}`);
            await settle();
          }
        }
      }
      if (!progressed) break;
    }
    return pressed;
  });
}

describe('strict Content-Security-Policy', () => {
  test('every element runs its main flow with no violation and no console error', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const response = await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);

    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('body > *')].map((element) => [element.localName, (element.shadowRoot?.textContent ?? '').length > 0]),
    );
    assert.ok(
      rendered.every(([, ok]) => ok),
      `every element rendered: ${JSON.stringify(rendered)}`,
    );
    await page.waitForFunction(() => document.querySelectorAll('smr-routine')[1].shadowRoot.textContent.includes('Fetched routine'));

    // The 1 s timer runs to completion.
    await page.evaluate(() => {
      const timer = document.querySelector('smr-timer');
      window.completed = new Promise((resolve) => timer.addEventListener('smr-complete', (event) => resolve(event.detail.duration)));
      timer.start();
    });
    assert.equal(await page.evaluate(() => window.completed), 1);

    const pressed = await driveEverything(page);
    console.log(`# pressed ${pressed.length} buttons and regions under the policy`);
    assert.ok(pressed.length > 40, `pressed ${pressed.length} buttons: ${pressed.join(' | ')}`);
    assert.ok(pressed.some((entry) => entry.startsWith('smr-routine-builder')));
    assert.ok(pressed.some((entry) => entry.startsWith('smr-finder')));

    const violations = await page.evaluate(() => window.violations);
    assert.deepEqual(violations, []);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    // The invalid timer reports itself with a warning (not an error); nothing else may complain.
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a step’s own picture and clip load and show under the policy', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => document.getElementById('with-media').start());
    const picture = await page.waitForFunction(() => {
      const img = document.getElementById('with-media').shadowRoot.querySelector('[part="media"] img');
      return img?.complete && img.naturalWidth > 0 && img.alt;
    });
    assert.equal(await picture.jsonValue(), 'A ball under the arch');
    await page.evaluate(() => document.getElementById('with-media').next());
    const clip = await page.waitForFunction(() => {
      const video = document.getElementById('with-media').shadowRoot.querySelector('[part="media"] video');
      return video && video.readyState >= 1 && { muted: video.muted, loop: video.loop, label: video.getAttribute('aria-label') };
    });
    assert.deepEqual(await clip.jsonValue(), { muted: true, loop: true, label: 'A ball rolls slowly' });
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a share link in the address plays, and the print card and the builder draw QR codes, with no violation', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const shared = { id: 'shared', title: 'Shared by a coach', steps: [{ exercise: 'calves', duration: 45 }] };
    const link = `${origin}/#smr-routine=j${Buffer.from(JSON.stringify(shared)).toString('base64url')}`;
    await page.goto(link, { waitUntil: 'networkidle0' });
    await page.evaluate(() => {
      document.querySelector('smr-routine').setAttribute('from-url', '');
      document.querySelector('smr-routine-builder').value = { id: 'b', title: 'B', steps: [{ exercise: 'calves' }] };
    });
    await page.waitForFunction(() => document.querySelector('smr-routine').shadowRoot.textContent.includes('Shared by a coach'));
    await page.waitForFunction(() => document.querySelector('smr-routine').shadowRoot.querySelector('.print-card svg.qr path'));
    await page.waitForFunction(() => document.querySelector('smr-routine-builder').shadowRoot.querySelector('.share-qr svg.qr path'));
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the policy is enforced: an inline script on the same page is blocked and reported', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      try {
        // Trusted Types refuses plain text for a script; were it accepted, script-src would block it.
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
      } catch {
        // Expected under require-trusted-types-for.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ran: window.inlineRan === true, violations: window.violations.length };
    });
    assert.equal(outcome.ran, false);
    assert.ok(outcome.violations > 0);
    await page.close();
  });
});
