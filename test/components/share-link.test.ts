import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/routine-builder/routine-builder.js';
import '../../src/components/routine/routine.js';
import type { SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { getPreset, validateRoutine } from '../../src/content/catalog.js';
import { readShareLink, shareableRoutine } from '../../src/content/share-link.js';
import { MAX_SHARE_PAYLOAD_CHARS } from '../../src/core/limits.js';
import { encodeSharePayload } from '../../src/core/share-link.js';
import type { RoutineInput } from '../../src/core/types.js';
import { chromiumOnly } from '../support/engines.js';
import { captureDownloads, refuseClipboard, stubClipboard } from '../support/clipboard.js';
import { recordEvents, shadowText } from '../support/helpers.js';
import { decodeQrSvg } from '../support/qr.js';

/** A routine with rest, a switch pause, catalog steps with and without overrides, and a custom step. */
const GYM: RoutineInput = {
  id: 'gym-cooldown',
  title: 'Gym cool-down',
  description: 'After leg day.',
  rest: 10,
  switchDuration: 3,
  steps: [
    { exercise: 'calves', duration: 75, sides: 'both' },
    { exercise: 'adductors', name: 'Inner thigh, slowly', duration: 60, sides: 'both', tool: 'foam-roller' },
    {
      name: 'Arch roll',
      duration: 45,
      sides: 'none',
      tool: 'ball',
      instructions: ['Stand tall, one hand on a wall.', 'Roll the arch slowly from heel to toes.'],
    },
  ],
};

const SHORT: RoutineInput = { id: 'short', title: 'Short', steps: [{ name: 'A', duration: 10 }] };

/** Random words that do not compress: a routine with many of them is too long for a QR code, not for a link. */
function noise(length: number): string {
  let text = '';
  while (text.length < length) text += `${Math.random().toString(36).slice(2, 9)} `;
  return text.slice(0, length).trim();
}
const WORDY: RoutineInput = {
  id: 'wordy',
  title: 'Wordy',
  steps: Array.from({ length: 8 }, (_, i) => ({ name: `Step ${i + 1}`, duration: 30, instructions: [noise(400), noise(400)] })),
};

/** The page's address without a fragment: the default share base. */
const page = () => location.href.split('#')[0];

async function payload(routine: unknown): Promise<string> {
  const outcome = await encodeSharePayload(routine);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

/** Puts a routine link in the address without a `hashchange` (as when a page opens with it). */
function openWith(fragment: string): void {
  history.replaceState(null, '', `${page()}${fragment}`);
}

function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function button(el: Element, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.textContent.trim() === label,
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

async function builderWith(value: RoutineInput, attributes: Record<string, string> = {}): Promise<SmrRoutineBuilder> {
  const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
  for (const [name, attribute] of Object.entries(attributes)) el.setAttribute(name, attribute);
  el.value = value;
  await el.updateComplete;
  return el;
}

/** The link the builder shows, once it is made. */
async function shownLink(el: SmrRoutineBuilder): Promise<string> {
  const field = part<HTMLInputElement>(el, '.share-link');
  await waitUntil(() => field.value !== '', 'the share link is made');
  return field.value;
}

async function routineFromUrl(attributes = ''): Promise<SmrRoutine> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = `<smr-routine from-url lead-in="0" no-persist ${attributes}></smr-routine>`;
  const el = holder.querySelector('smr-routine')!;
  await el.updateComplete;
  return el;
}

describe('share links', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    openWith('');
    localStorage.clear();
  });

  describe('<smr-routine-builder>: Copy share link', () => {
    it('shows the link of the routine on this page, copies it, and its QR code decodes to the exact link', async () => {
      openWith('#editing');
      const el = await builderWith(GYM);
      const link = await shownLink(el);
      expect(link.startsWith(`${page()}#smr-routine=d`), link).to.equal(true);
      expect((await readShareLink(link)).routine).to.deep.equal(validateRoutine(GYM).routine);

      const writeText = stubClipboard();
      button(el, 'Copy share link').click();
      await waitUntil(() => shadowText(el, '.share .status') === 'Share link copied.');
      expect(writeText.calledOnceWithExactly(link)).to.equal(true);

      const qr = part<SVGSVGElement>(el, '.share-qr svg');
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.equal('QR code of the share link for “Gym cool-down”');
      expect(qr.querySelectorAll('path')).to.have.length(1);
      expect(qr.outerHTML).not.to.include('style');
      expect(await decodeQrSvg(qr)).to.equal(link);
    });

    it('the share area is accessible, its QR code an image named for the routine', async function () {
      // axe over a whole builder (catalog, steps, preview and share area) takes WebKit about 15 s here.
      this.timeout(40000);
      const el = await builderWith(GYM);
      await shownLink(el);
      await expect(el).to.be.accessible();
    });

    it('selects the link for Ctrl+C when the clipboard is refused, and says so', async () => {
      const el = await builderWith(GYM);
      const link = await shownLink(el);
      refuseClipboard();
      button(el, 'Copy share link').click();
      await waitUntil(() => shadowText(el, '.share .status').startsWith('Could not copy'));
      const field = part<HTMLInputElement>(el, '.share-link');
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect(field.value.slice(field.selectionStart!, field.selectionEnd!)).to.equal(link);
      expect(field.readOnly).to.equal(true);
    });

    it('copies from the keyboard', async () => {
      const el = await builderWith(SHORT);
      await shownLink(el);
      const writeText = stubClipboard();
      button(el, 'Copy share link').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => writeText.calledOnce);
      expect(shadowText(el, '.share .status')).to.equal('Share link copied.');
    });

    it('share-base sets the page the link opens (its fragment dropped, relative to this page)', async () => {
      const el = await builderWith(GYM, { 'share-base': 'https://gym.example/play?room=2#old' });
      const link = await shownLink(el);
      expect(link.startsWith('https://gym.example/play?room=2#smr-routine=d'), link).to.equal(true);
      el.shareBase = 'player.html';
      await waitUntil(() => part<HTMLInputElement>(el, '.share-link').value.includes('player.html'));
      expect(part<HTMLInputElement>(el, '.share-link').value.startsWith(new URL('player.html', page()).href + '#smr-routine=')).to.equal(
        true,
      );
    });

    it('a share-base that is not an http(s) address is a visible problem and an smr-error; nothing to copy', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
      const errors = recordEvents(el, ['smr-error']);
      el.setAttribute('share-base', 'javascript:alert(1)');
      el.value = GYM;
      await el.updateComplete;
      expect(shadowText(el, '.share [role="alert"]')).to.equal('share-base: expected "http:" or "https:", got "javascript:alert(1)"');
      expect(errors).to.have.length(1);
      expect((errors[0].detail as { errors: { path: string }[] }).errors[0].path).to.equal('share-base');
      expect(button(el, 'Copy share link').disabled).to.equal(true);
      expect(button(el, 'Download QR (SVG)').disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('downloads the QR code as an SVG file that decodes to the link', async () => {
      const el = await builderWith(GYM);
      const link = await shownLink(el);
      const { blobs, click } = captureDownloads();
      button(el, 'Download QR (SVG)').click();
      await el.updateComplete;
      expect((click.firstCall.thisValue as HTMLAnchorElement).download).to.equal('gym-cooldown-qr.svg');
      expect(blobs[0].type).to.equal('image/svg+xml');
      expect(shadowText(el, '.share .status')).to.equal('Downloaded gym-cooldown-qr.svg.');
      sinon.restore();
      const file = new DOMParser().parseFromString(await blobs[0].text(), 'image/svg+xml');
      expect(file.querySelector('parsererror')).to.equal(null);
      expect(await decodeQrSvg(file.documentElement as unknown as SVGSVGElement)).to.equal(link);
    });

    it('a routine too long for a readable QR code still gets its link, and says why there is no code', async () => {
      const el = await builderWith(WORDY);
      const link = await shownLink(el);
      expect((await readShareLink(link)).routine).to.deep.equal(validateRoutine(WORDY).routine);
      expect(el.shadowRoot!.querySelector('.share-qr')).to.equal(null);
      expect(shadowText(el, '.share')).to.include('too long for a QR code');
      expect(button(el, 'Download QR (SVG)').disabled).to.equal(true);
      expect(button(el, 'Copy share link').disabled).to.equal(false);
    });

    it('an invalid routine has no link; a fixed one gets it, and "copied" is cleared by an edit', async () => {
      sinon.stub(console, 'warn');
      const el = await builderWith({ id: 'empty', title: 'Empty', steps: [] });
      expect(part<HTMLInputElement>(el, '.share-link').value).to.equal('');
      expect(button(el, 'Copy share link').disabled).to.equal(true);
      el.value = SHORT;
      const link = await shownLink(el);
      expect((await readShareLink(link)).routine?.id).to.equal('short');
      stubClipboard();
      button(el, 'Copy share link').click();
      await waitUntil(() => shadowText(el, '.share .status') === 'Share link copied.');
      el.value = GYM;
      await el.updateComplete;
      expect(shadowText(el, '.share .status')).to.equal('');
      await waitUntil(() => part<HTMLInputElement>(el, '.share-link').value !== link);
    });
  });

  describe('<smr-routine from-url>', () => {
    it('plays the routine in the address, over a preset (with one warning)', async () => {
      const warn = sinon.stub(console, 'warn');
      openWith(`#smr-routine=${await payload(GYM)}`);
      const el = await routineFromUrl('preset="neck-relief"');
      await waitUntil(() => el.resolvedRoutine !== null, 'the link is read');
      expect(el.resolvedRoutine).to.deep.equal(validateRoutine(GYM).routine);
      expect(shadowText(el, '[part="header"]')).to.include('Gym cool-down');
      expect(warn.calledOnce).to.equal(true);
      expect(String(warn.firstCall.args[0])).to.include('share link and preset were both given; using the share link');
      await expect(el).to.be.accessible();
    });

    it('reads the link among other fragment parameters, and ignores the address without from-url', async () => {
      sinon.stub(console, 'warn');
      openWith(`#tab=2&smr-routine=${await payload(SHORT)}`);
      const el = await routineFromUrl();
      await waitUntil(() => el.resolvedRoutine?.id === 'short');
      const plain = await fixture<SmrRoutine>(html`<smr-routine preset="neck-relief" no-persist></smr-routine>`);
      expect(plain.resolvedRoutine?.id).to.equal('neck-relief');
    });

    it('follows hashchange: a new link, then none (the preset plays again)', async () => {
      sinon.stub(console, 'warn');
      openWith(`#smr-routine=${await payload(SHORT)}`);
      const el = await routineFromUrl('preset="neck-relief"');
      await waitUntil(() => el.resolvedRoutine?.id === 'short');
      location.hash = `smr-routine=${await payload(GYM)}`;
      await waitUntil(() => el.resolvedRoutine?.id === 'gym-cooldown', 'the new link is read');
      location.hash = 'top';
      await waitUntil(() => el.resolvedRoutine?.id === 'neck-relief', 'back to the preset');
    });

    it('the routine property outranks the address', async () => {
      sinon.stub(console, 'warn');
      openWith(`#smr-routine=${await payload(GYM)}`);
      const el = await routineFromUrl();
      el.routine = SHORT;
      await el.updateComplete;
      expect(el.resolvedRoutine?.id).to.equal('short');
      el.routine = undefined;
      await waitUntil(() => el.resolvedRoutine?.id === 'gym-cooldown');
    });

    it('a broken link shows its problem, fires smr-error, never throws, and loses nothing', async () => {
      const warn = sinon.stub(console, 'warn');
      const good = await payload(GYM);
      openWith(`#smr-routine=${good.slice(0, Math.floor(good.length / 2))}`);
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = recordEvents(holder, ['smr-error']);
      holder.innerHTML = '<smr-routine from-url preset="neck-relief" lead-in="0" no-persist></smr-routine>';
      const el = holder.querySelector('smr-routine')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the problem is shown');
      const shown = shadowText(el, '[part="error"]');
      expect(shown).to.match(/^This element could not start #smr-routine: the share link (is damaged|does not hold)/);
      expect(part(el, '[part="error"]').getAttribute('role')).to.equal('alert');
      expect(events).to.have.length(1);
      const detail = events[0].detail as { errors: { path: string; problem?: { code: string } }[] };
      expect(detail.errors[0].path).to.equal('#smr-routine');
      expect(detail.errors[0].problem?.code).to.equal('share-link');
      expect(warn.calledWithMatch(/#smr-routine: the share link/)).to.equal(true);
      expect(el.resolvedRoutine).to.equal(null);
      await expect(el).to.be.accessible();
      // The address keeps the link as it was; once it carries the whole link, the routine plays.
      expect(location.hash.startsWith('#smr-routine=')).to.equal(true);
      location.hash = `smr-routine=${good}`;
      await waitUntil(() => el.resolvedRoutine?.id === 'gym-cooldown');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });

    it('a broken link arriving mid-session keeps the saved session: the good link offers to resume it', async () => {
      sinon.stub(console, 'warn');
      const good = await payload(GYM);
      openWith(`#smr-routine=${good}`);
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.innerHTML = '<smr-routine from-url lead-in="0"></smr-routine>';
      const el = holder.querySelector('smr-routine')!;
      await waitUntil(() => el.resolvedRoutine?.id === 'gym-cooldown');
      el.start();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      el.pause();
      location.hash = `smr-routine=${good.slice(0, -6)}`;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the broken link is shown');
      expect(el.state).to.equal('idle');
      location.hash = `smr-routine=${good}`;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="resume"]'), 'the saved session is offered');
      expect(shadowText(el, '[part="resume"]')).to.include('Step 1 of 3');
    });

    it('hostile links: huge, a bomb, a wrong format, a routine that is not valid', async () => {
      sinon.stub(console, 'warn');
      const cases: [string, RegExp][] = [
        [`d${'A'.repeat(MAX_SHARE_PAYLOAD_CHARS + 1)}`, /longer than 32768 characters/],
        [`x${(await payload(SHORT)).slice(1)}`, /starts with "x"/],
        ['', /holds no routine/],
        [
          await payload({ id: 'bad', title: 'Bad', steps: [{ name: 'A', duration: 'abc' }] }),
          /steps\[0\]\.duration: expected seconds from 5 to 600, got "abc"/,
        ],
        [await payload('<img src=x onerror="window.__smrXss=1">'), /expected a routine object/],
      ];
      const bytes = new Uint8Array(4 * 1024 * 1024).fill(0x5b);
      const packed = new Uint8Array(
        await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
      );
      let binary = '';
      packed.forEach((byte) => (binary += String.fromCharCode(byte)));
      const bomb = `d${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
      cases.push([bomb, /unpacks to more than 262144 bytes/]);
      for (const [hostile, expected] of cases) {
        openWith(`#smr-routine=${hostile}`);
        const el = await routineFromUrl();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), `a problem for ${hostile.slice(0, 20)}`);
        expect(shadowText(el, '[part="error"]')).to.match(expected);
      }
      expect((window as { __smrXss?: number }).__smrXss).to.equal(undefined);
    });
  });

  describe('<smr-routine print-qr>', () => {
    it('prints a QR code that decodes to the exact share link of the routine', async () => {
      openWith('#somewhere');
      const el = await fixture<SmrRoutine>(html`<smr-routine print-qr preset="inner-thigh" no-persist></smr-routine>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.print-card svg.qr'), 'the QR code is drawn');
      const qr = el.shadowRoot!.querySelector<SVGSVGElement>('.print-card svg.qr')!;
      const link = await decodeQrSvg(qr);
      expect(link).to.equal(`${page()}#smr-routine=${await payload(shareableRoutine(el.resolvedRoutine!))}`);
      expect((await readShareLink(link!)).routine).to.deep.equal(el.resolvedRoutine);
      expect(qr.getAttribute('aria-label')).to.equal(`QR code that opens “${getPreset('inner-thigh')!.title}”`);
      expect(shadowText(el, '.print-qr figcaption')).to.equal('Scan to follow this session on your phone.');
      await expect(el).to.be.accessible();
    });

    it('share-base sets the page the printed code opens; a routine from the address prints its own link', async () => {
      sinon.stub(console, 'warn');
      openWith(`#smr-routine=${await payload(GYM)}`);
      const el = await routineFromUrl('print-qr share-base="https://gym.example/play"');
      await waitUntil(() => el.shadowRoot!.querySelector('.print-card svg.qr'));
      const link = (await decodeQrSvg(el.shadowRoot!.querySelector<SVGSVGElement>('.print-card svg.qr')!))!;
      expect(link.startsWith('https://gym.example/play#smr-routine=d'), link).to.equal(true);
      expect((await readShareLink(link)).routine).to.deep.equal(validateRoutine(GYM).routine);
    });

    it('a routine too long for a readable code prints why instead; no print-qr prints no code', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<SmrRoutine>(html`<smr-routine print-qr no-persist></smr-routine>`);
      el.routine = WORDY;
      await waitUntil(() => el.shadowRoot!.querySelector('.print-qr-note'));
      expect(shadowText(el, '.print-qr-note')).to.equal(
        'This routine is too long for a QR code a phone can read reliably: share it as a link instead.',
      );
      expect(el.shadowRoot!.querySelector('.print-card svg')).to.equal(null);
      const plain = await fixture<SmrRoutine>(html`<smr-routine preset="lower-leg" no-persist></smr-routine>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(plain.shadowRoot!.querySelector('.print-qr, .print-qr-note')).to.equal(null);
    });

    it('a bad share-base is reported (smr-error) and printed; the routine still plays', async () => {
      sinon.stub(console, 'warn');
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = recordEvents(holder, ['smr-error']);
      holder.innerHTML = '<smr-routine print-qr share-base="data:text/html,hi" preset="lower-leg" no-persist></smr-routine>';
      const el = holder.querySelector('smr-routine')!;
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(shadowText(el, '.print-qr-note')).to.equal(
        'The QR code could not be made. share-base: expected "http:" or "https:", got "data:text/html,hi"',
      );
      expect(el.resolvedRoutine?.id).to.equal('lower-leg');
    });

    chromiumOnly('media-emulation')('in print, the code sits beside the steps at a size a phone reads', async () => {
      const el = await fixture<SmrRoutine>(html`<smr-routine print-qr preset="lower-leg" no-persist></smr-routine>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.print-card svg.qr'));
      await emulateMedia({ media: 'print' });
      try {
        const figure = part(el, '.print-qr');
        expect(getComputedStyle(part(el, '.print-card')).display).to.equal('block');
        const millimetres = figure.getBoundingClientRect().width / (96 / 25.4);
        expect(millimetres).to.be.within(29, 51);
        const modules = part<SVGSVGElement>(el, '.print-qr svg').viewBox.baseVal.width;
        expect(millimetres / modules).to.be.at.least(0.39);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  it('from-url turned on later reads the address then', async () => {
    sinon.stub(console, 'warn');
    openWith(`#smr-routine=${await payload(SHORT)}`);
    const el = await fixture<SmrRoutine>(html`<smr-routine no-persist></smr-routine>`);
    expect(el.resolvedRoutine).to.equal(null);
    expect(shadowText(el, '[part="error"]')).to.include('expected a preset');
    const changed = oneEvent(el, 'smr-error');
    el.routine = { id: 'x', title: 'X', steps: [] };
    await changed;
    el.routine = undefined;
    el.setAttribute('from-url', '');
    await waitUntil(() => el.resolvedRoutine?.id === 'short');
  });
});
