// Light, dark (theme="dark" and the system preference), forced colours and right-to-left, for every
// element: axe (colour contrast included) passes in each, system colours win in forced-colours
// mode even over theme="dark", focus stays visible there, and the layout mirrors in RTL.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { chromiumOnly, supports } from '../support/engines.js';

const forcedColors = (value: 'active' | 'none') => executeServerCommand('emulate-forced-colors', value);

/** One of each element, as a page would show them. */
async function everyElement(attributes: { theme?: string; dir?: string } = {}) {
  const page = await fixture<HTMLElement>(
    html`<main dir=${attributes.dir ?? 'ltr'}>
      <smr-timer duration="30" label="Calves" theme=${attributes.theme ?? ''}></smr-timer>
      <smr-routine preset="lower-leg" no-persist theme=${attributes.theme ?? ''}></smr-routine>
      <smr-exercise exercise="calves" theme=${attributes.theme ?? ''}></smr-exercise>
      <smr-body-map selectable show-avoid highlight="calves" theme=${attributes.theme ?? ''}></smr-body-map>
      <smr-finder theme=${attributes.theme ?? ''}></smr-finder>
      <smr-routine-builder theme=${attributes.theme ?? ''}></smr-routine-builder>
      <smr-history theme=${attributes.theme ?? ''}></smr-history>
      <smr-illustration exercise="calves" theme=${attributes.theme ?? ''}></smr-illustration>
    </main>`,
  );
  for (const element of page.children) {
    if (!element.getAttribute('theme')) element.removeAttribute('theme');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return page;
}

/** Every top-level rule of an element's shadow-root stylesheets, as this engine parsed them. */
function styleRules(element: Element): CSSRule[] {
  return element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
}

/** The custom properties a style rule declares, trimmed. */
function declarations(rule: CSSRule): Record<string, string> {
  const style = (rule as CSSStyleRule).style;
  return Object.fromEntries([...style].filter((name) => name.startsWith('--')).map((name) => [name, style.getPropertyValue(name).trim()]));
}

/** The colour a system colour keyword resolves to right now. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('themes', function () {
  this.timeout(30_000);
  afterEach(async () => {
    if (supports('forced-colors')) await forcedColors('none');
    if (supports('media-emulation')) await emulateMedia({ colorScheme: 'light' });
  });

  it('light: every element passes axe, colour contrast included', async () => {
    await expect(await everyElement()).to.be.accessible();
  });

  it('theme="dark": every element passes axe, on a dark page', async () => {
    document.body.style.background = '#0d1213';
    try {
      const page = await everyElement({ theme: 'dark' });
      await expect(page).to.be.accessible();
      const timer = page.querySelector('smr-timer')!;
      expect(getComputedStyle(timer).color).not.to.equal(getComputedStyle(document.body).color);
    } finally {
      document.body.style.background = '';
    }
  });

  chromiumOnly('media-emulation')('prefers-color-scheme: dark switches elements without a theme, and theme="light" opts out', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = await fixture<HTMLElement>(
      html`<div>
        <smr-timer duration="30"></smr-timer>
        <smr-timer duration="30" theme="light"></smr-timer>
        <smr-timer duration="30" theme="dark"></smr-timer>
      </div>`,
    );
    const [auto, light, dark] = [...page.querySelectorAll('smr-timer')].map((timer) => getComputedStyle(timer).color);
    expect(auto).to.equal(dark);
    expect(light).not.to.equal(dark);
  });

  chromiumOnly('forced-colors')('forced colours: system colours win, even over theme="dark", and axe passes', async () => {
    await forcedColors('active');
    const page = await everyElement({ theme: 'dark' });
    const canvasText = systemColour('CanvasText');
    for (const element of page.children) expect(getComputedStyle(element).color, element.localName).to.equal(canvasText);
    await expect(page).to.be.accessible();
  });

  chromiumOnly('forced-colors')('forced colours: the keyboard focus stays visible', async () => {
    await forcedColors('active');
    const timer = await fixture<HTMLElement>(html`<smr-timer duration="30"></smr-timer>`);
    await sendKeys({ press: 'Tab' });
    const focused = timer.shadowRoot!.activeElement as HTMLElement;
    expect(focused?.localName).to.equal('button');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  // The closest tests Firefox and WebKit allow for the two Chromium-only ones above: they cannot
  // emulate prefers-color-scheme or forced-colors, so each engine's own CSS parser is asked what
  // the elements' stylesheets do under those media.
  it('the system dark scheme applies exactly the values theme="dark" does, in every engine', async () => {
    const timer = await fixture<HTMLElement>(html`<smr-timer duration="30"></smr-timer>`);
    const rules = styleRules(timer);
    const media = rules.filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.conditionText),
    );
    expect(media, 'a prefers-color-scheme: dark rule').to.have.length.greaterThan(0);
    const fromMedia = declarations([...media[0].cssRules].find((rule) => (rule as CSSStyleRule).selectorText?.includes(':not('))!);
    const fromTheme = declarations(
      rules.find((rule) => (rule as CSSStyleRule).selectorText?.replace(/"/g, "'") === ":host([theme='dark'])")!,
    );
    expect(Object.keys(fromMedia)).to.include('--_surface');
    expect(fromMedia).to.deep.equal(fromTheme);
  });

  it('forced colours map every colour token to a system colour and keep a focus outline, in every engine', async () => {
    expect(window.matchMedia('(forced-colors: none)').matches, 'the engine knows the forced-colors feature').to.equal(true);
    const page = await everyElement();
    for (const element of page.children) {
      const forced = styleRules(element).filter(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText),
      );
      const tokens = forced.flatMap((rule) => [...rule.cssRules]).map((rule) => declarations(rule));
      const colours = Object.assign({}, ...tokens) as Record<string, string>;
      expect(colours['--_text'], element.localName).to.equal('CanvasText');
      expect(colours['--_surface'], element.localName).to.equal('Canvas');
      expect(colours['--_accent'], element.localName).to.equal('Highlight');
      const focus = forced
        .flatMap((rule) => [...rule.cssRules])
        .find((rule) => (rule as CSSStyleRule).selectorText === ':focus-visible') as CSSStyleRule | undefined;
      expect(focus?.style.getPropertyValue('outline-style') || focus?.style.getPropertyValue('outline'), element.localName).to.match(
        /solid/,
      );
    }
  });

  it('right-to-left: the session layout mirrors, narrow and wide, and axe passes', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        ${['ltr', 'rtl'].map(
          (dir) =>
            html`${[400, 720].map(
              (width) =>
                html`<section dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} style="width:${width}px">
                  <smr-routine preset="lower-leg" no-persist lead-in="0"></smr-routine>
                </section>`,
            )}`,
        )}
      </div>`,
    );
    const layouts: string[] = [];
    for (const section of page.querySelectorAll('section')) {
      const routine = section.querySelector<SmrRoutine>('smr-routine')!;
      routine.start();
      await routine.updateComplete;
      const box = (selector: string) => routine.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      const [previous, next, dial] = [box('[aria-label="Previous step"]'), box('[aria-label="Next step"]'), box('[part~="dial"]')];
      expect(next.width, 'the buttons are shown').to.be.greaterThan(0);
      // Narrow: the buttons sit below the dial, on one row or, with a wider default font (Firefox
      // and WebKit on Linux: DejaVu Serif), on two. Wide: the dial sits beside a column of buttons.
      const besideDial = previous.top < dial.bottom;
      const centre = (rect: DOMRect) => rect.left + rect.width / 2;
      const buttonFirst = centre(previous) < centre(next) ? 'previous' : 'next';
      const leftFirst = besideDial ? (dial.left < previous.left ? 'dial' : 'buttons') : buttonFirst;
      layouts.push(`${section.dir} ${section.style.width}: ${leftFirst} on the left`);
      routine.pause();
    }
    expect(layouts).to.deep.equal([
      'ltr 400px: previous on the left',
      'ltr 720px: dial on the left',
      'rtl 400px: next on the left',
      'rtl 720px: buttons on the left',
    ]);
    await expect(page).to.be.accessible();
  });
});
