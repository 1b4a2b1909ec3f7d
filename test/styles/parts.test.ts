// Every part an element exposes must be documented (so it reaches custom-elements.json, the API
// tables and editors), and every custom property the styles read must be documented too.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import type { SmrFinder } from '../../src/components/finder/finder.js';
import type { SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import { getPreset } from '../../src/content/catalog.js';
import { manifestElements } from '../support/helpers.js';

/** Part names in an element's own shadow root (not those of elements nested in it). */
function partsOf(element: Element): Set<string> {
  const names = new Set<string>();
  for (const node of element.shadowRoot!.querySelectorAll('[part]'))
    for (const name of node.getAttribute('part')!.split(/\s+/)) names.add(name);
  return names;
}

/** `--smr-*` custom properties read by an element's styles. */
function propertiesOf(element: Element): Set<string> {
  const names = new Set<string>();
  for (const sheet of element.shadowRoot!.adoptedStyleSheets) {
    for (const match of [...sheet.cssRules]
      .map((rule) => rule.cssText)
      .join('\n')
      .matchAll(/var\((--smr-[a-z-]+)/g))
      names.add(match[1]);
  }
  return names;
}

describe('parts and custom properties are documented', () => {
  it('for every element, in its main states', async () => {
    const documented = await manifestElements();
    const page = await fixture<HTMLElement>(
      html`<div>
        <smr-timer duration="30" label="Calves" pace="20"></smr-timer>
        <smr-timer duration="oops"></smr-timer>
        <smr-routine preset="lower-leg" no-persist ask-feedback track-streak></smr-routine>
        <smr-routine id="running" no-persist ask-feedback lead-in="0"></smr-routine>
        <smr-routine preset="nope"></smr-routine>
        <smr-exercise exercise="calves" with-timer></smr-exercise>
        <smr-exercise exercise="nope"></smr-exercise>
        <smr-body-map selectable show-avoid highlight="calves"></smr-body-map>
        <smr-finder></smr-finder>
        <smr-routine-builder></smr-routine-builder>
        <smr-history weeks="oops"></smr-history>
        <smr-illustration exercise="calves"></smr-illustration>
        <smr-illustration exercise="nope"></smr-illustration>
      </div>`,
    );
    const running = page.querySelector<SmrRoutine>('#running')!;
    running.routine = getPreset('lower-leg')!;
    await running.updateComplete;
    running.start();
    const finder = page.querySelector<SmrFinder>('smr-finder')!;
    await finder.updateComplete;
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    const builder = page.querySelector<SmrRoutineBuilder>('smr-routine-builder')!;
    builder.value = getPreset('lower-leg')!;
    for (const element of page.children) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    const undocumented: string[] = [];
    for (const element of page.children) {
      const entry = documented.get(element.localName)!;
      const parts = new Set((entry.cssParts ?? []).map((part) => part.name));
      const properties = new Set((entry.cssProperties ?? []).map((property) => property.name));
      for (const part of partsOf(element)) if (!parts.has(part)) undocumented.push(`${element.localName} part ${part}`);
      for (const property of propertiesOf(element)) if (!properties.has(property)) undocumented.push(`${element.localName} ${property}`);
    }
    expect([...new Set(undocumented)].sort()).to.deep.equal([]);
  });
});
