/**
 * Entry of `dist/cdn/smr-autoloader.js`: include it once with
 * `<script type="module" src=".../smr-autoloader.js">` and each `smr-*` element the page uses is
 * defined the first time its tag appears, in the HTML or added later, by importing that element's
 * chunk from `elements/` next to this file (relative to its own URL, so any CDN or self-hosted copy
 * works). Lit, the shared code, the catalog and the translations are chunks of their own in
 * `chunks/`, loaded once by whichever element needs them first; a timer never loads the catalog.
 *
 * Before an element is defined, a constructable stylesheet on `document.adoptedStyleSheets` (no
 * inline style: strict CSP holds) reserves its space, so the page does not jump when it upgrades.
 *
 * Only the document's own tree is watched: elements inside the library's shadow roots are loaded by
 * their parent's imports; an element inside another library's shadow root needs its chunk imported
 * by that page (or `smr-elements.js`). Including this file twice, or next to `smr-elements.js` or the
 * npm build, is harmless: each tag is defined once, by whichever copy comes first.
 */
import { ELEMENT_TAGS as ELEMENTS } from './element-tags.js';
import { loadLanguagesOnDemand } from './languages-on-demand.js';

/**
 * The space each element takes once rendered in a blog column (a timer exactly; the others at least
 * their usual height), reserved while it is not yet defined; a page sets `--smr-reserved-<element>`
 * to its own height. `smr-step` renders nothing itself and keeps its fallback display.
 */
const RESERVED = `
smr-timer:not(:defined),smr-routine:not(:defined),smr-exercise:not(:defined),smr-body-map:not(:defined),smr-illustration:not(:defined),smr-finder:not(:defined),smr-routine-builder:not(:defined),smr-history:not(:defined){display:block;max-inline-size:100%}
smr-timer:not(:defined){min-block-size:var(--smr-reserved-timer,23.5rem)}
smr-routine:not(:defined){min-block-size:var(--smr-reserved-routine,40rem)}
smr-exercise:not(:defined){min-block-size:var(--smr-reserved-exercise,40rem)}
smr-body-map:not(:defined){min-block-size:var(--smr-reserved-body-map,28rem)}
smr-illustration:not(:defined){aspect-ratio:4/3}
smr-finder:not(:defined){min-block-size:var(--smr-reserved-finder,40rem)}
smr-routine-builder:not(:defined){min-block-size:var(--smr-reserved-routine-builder,60rem)}
smr-history:not(:defined){min-block-size:var(--smr-reserved-history,15rem)}
`;

const base = import.meta.url;
const requested = new Set<string>();

function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the page may jump once, nothing else changes.
  }
}

/** Imports the chunk that defines `tag`, once. */
function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (customElements.get(tag)) return;
  const url = new URL(`elements/${tag}.js`, base).href;
  import(/* @vite-ignore */ url).catch((error: unknown) => {
    requested.delete(tag);
    console.error(`smr-elements: could not load <${tag}> from ${url}.`, error);
  });
}

/** Loads every known element in `root` (itself included) that is not defined yet. */
function discover(root: Element | Document): void {
  for (const tag of ELEMENTS) {
    if (requested.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

function watch(): void {
  discover(document);
  if (requested.size === ELEMENTS.length) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    if (requested.size === ELEMENTS.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

reserveSpace();
loadLanguagesOnDemand();
watch();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => discover(document), { once: true });
