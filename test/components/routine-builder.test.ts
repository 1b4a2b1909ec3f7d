import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/components/routine-builder/routine-builder.js';
import { DEFAULT_SCRIPT_SRC, type SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { exercises, getPreset, validateRoutine } from '../../src/content/catalog.js';
import { formatClock } from '../../src/core/duration.js';
import { planSegments } from '../../src/core/segments.js';
import type { RoutineInput } from '../../src/core/types.js';
import { VERSION } from '../../src/version.js';
import { captureDownloads, refuseClipboard, stubClipboard } from '../support/clipboard.js';
import { recordEvents, shadowText } from '../support/helpers.js';

const HOSTILE = '"><img src=x onerror="window.__smrXss=1"><script>window.__smrXss=2</script>&amp;</smr-step></smr-routine>';

/** Every feature a builder routine can have: rest, switch pause, catalog and custom steps, overrides. */
const FULL: RoutineInput = {
  id: 'gym-cooldown',
  title: 'Gym cool-down',
  description: 'After leg day.',
  rest: 10,
  switchDuration: 3,
  steps: [
    { exercise: 'calves', duration: 75, sides: 'both' },
    {
      exercise: 'adductors',
      name: 'Inner thigh, slowly',
      duration: 60,
      sides: 'both',
      tool: 'foam-roller',
    },
    {
      name: 'Arch roll',
      duration: 45,
      sides: 'none',
      tool: 'ball',
      instructions: ['Stand tall, one hand on a wall.', 'Roll the arch slowly from heel to toes.'],
    },
    { exercise: 'glute-med', duration: 45, sides: 'both' },
  ],
};

function part<T extends Element = HTMLElement>(el: SmrRoutineBuilder, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function all<T extends Element = HTMLElement>(el: SmrRoutineBuilder, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Types into a field the way a person does: input events, then change on commit. */
async function edit(el: SmrRoutineBuilder, selector: string, value: string): Promise<void> {
  const field = part<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function addButton(el: SmrRoutineBuilder, name: string): HTMLButtonElement {
  return part<HTMLButtonElement>(el, `.catalog-list button[aria-label="Add ${name}"]`);
}

function stepNames(el: SmrRoutineBuilder): string[] {
  return all(el, '.step .step-title').map((title) => title.textContent.replace(/^\s*\d+\.\s*/, '').trim());
}

/** Pastes a snippet into the page the way a site owner would, and waits for the routine. */
async function mountSnippet(code: string): Promise<SmrRoutine> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = code;
  const routine = holder.querySelector('smr-routine')!;
  await routine.updateComplete;
  return routine;
}

async function builderWith(value: RoutineInput): Promise<SmrRoutineBuilder> {
  const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
  el.value = value;
  await el.updateComplete;
  return el;
}

describe('<smr-routine-builder>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => sinon.restore());

  it('starts empty, accessible, with the whole catalog and the safety note', async () => {
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
    await expect(el).to.be.accessible();
    expect(all(el, '.catalog-list li')).to.have.length(exercises.length);
    // Each entry has its exercise's still picture, drawn into the builder (no element each), hidden from screen readers.
    const pictures = all(el, '.catalog-list li > .entry-picture[aria-hidden="true"] > svg.illustration');
    expect(pictures).to.have.length(exercises.length);
    expect(all(el, '.catalog-list smr-illustration')).to.have.length(0);
    expect(pictures[0].getBoundingClientRect().width).to.be.within(40, 80);
    expect(shadowText(el, '.catalog .count')).to.equal(`${exercises.length} exercises`);
    expect(shadowText(el, '.steps')).to.include('No steps yet');
    expect(shadowText(el, '[part="safety"]')).to.match(/not replace/);
    expect(el.value).to.deep.equal({
      id: 'my-routine',
      title: 'My routine',
      steps: [],
    });
    expect(part<HTMLButtonElement>(el, '[part~="button-primary"]').disabled).to.equal(true);
    expect(el.errors.map((error) => error.path)).to.deep.equal(['steps']);
  });

  it('searches and filters the catalog by text, area and tool', async () => {
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
    const names = () => all(el, '.catalog-list .entry-name').map((name) => name.textContent.trim());
    await edit(el, '#search', 'pectineus');
    expect(names()).to.deep.equal(['Inner thigh (adductors)']);
    await edit(el, '#search', '');
    await edit(el, '#area', 'calves');
    expect(names().length).to.be.greaterThan(0);
    for (const name of names()) expect(exercises.find((exercise) => exercise.name === name)!.regions).to.include('calves');
    await edit(el, '#area', '');
    await edit(el, '#tool', 'stick');
    for (const name of names()) expect(exercises.find((exercise) => exercise.name === name)!.tools).to.include('stick');
    await edit(el, '#search', 'nothing-like-this');
    expect(all(el, '.catalog-list li')).to.have.length(0);
    expect(shadowText(el, '.catalog .count')).to.match(/No exercise matches/);
  });

  it('filters the catalog to what works off the floor, and adds a floor exercise in its off-the-floor form (issue 17)', async () => {
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
    const meta = (name: string) =>
      all(el, '.catalog-list li')
        .find((li) => li.querySelector('.entry-name')!.textContent.trim() === name)!
        .querySelector('.entry-meta')!
        .textContent.trim();
    expect(meta('Calves')).to.match(/^On the floor · Foam roller/);
    const box = part<HTMLInputElement>(el, '#off-floor');
    box.click();
    await el.updateComplete;
    expect(shadowText(el, '#off-floor-hint')).to.include('off-the-floor form');
    expect(meta('Calves')).to.match(/^Seated · Massage stick · /);
    expect(meta('Chest (pecs)')).to.match(/^At a wall · Ball · /);
    await edit(el, '#tool', 'foam-roller');
    const names = all(el, '.catalog-list .entry-name').map((name) => name.textContent.trim());
    expect(names).to.deep.equal(
      exercises
        .filter((e) => (e.position === 'floor' ? e.offFloor?.tool === 'foam-roller' : e.tools.includes('foam-roller')))
        .map((e) => e.name),
    );
    await edit(el, '#tool', '');
    addButton(el, 'Calves').click();
    await el.updateComplete;
    const calves = exercises.find((e) => e.id === 'calves')!;
    expect(el.value.steps[0]).to.deep.include({ exercise: 'calves', tool: 'stick', instructions: calves.offFloor!.steps });
    expect(validateRoutine(el.value).errors).to.deep.equal([]);
    // Off again, an exercise comes as the catalog has it.
    box.click();
    await el.updateComplete;
    addButton(el, 'Calves').click();
    await el.updateComplete;
    expect(el.value.steps[1]).not.to.have.any.keys('tool', 'instructions');
    await expect(el).to.be.accessible();
  });

  it('adds catalog and custom steps, totals them and previews the same plan', async () => {
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
    const log = recordEvents(el, ['smr-change']);
    addButton(el, 'Calves').click();
    await el.updateComplete;
    expect(log).to.have.length(1);
    expect(shadowText(el, '[role="status"][aria-live]')).to.match(/added as step 1/);
    part<HTMLButtonElement>(el, '.add-custom').click();
    await el.updateComplete;
    // Focus moves to the new step's name so it can be typed at once.
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.step:last-child input[name="name"]'));
    await edit(el, '.step:last-child input[name="name"]', 'Arch roll');
    await edit(el, '.step:last-child textarea', 'Stand tall.\n\n  Roll slowly.  ');
    await edit(el, '#rest', '10');
    const value = el.value;
    expect(value.rest).to.equal(10);
    expect(value.steps).to.deep.equal([
      { exercise: 'calves', duration: 90, sides: 'both' },
      {
        name: 'Arch roll',
        duration: 60,
        sides: 'none',
        instructions: ['Stand tall.', 'Roll slowly.'],
      },
    ]);
    expect(log.at(-1)!.detail).to.deep.equal({ value, errors: [] });

    const plan = planSegments(validateRoutine(value).routine!, { leadIn: 5 });
    expect(shadowText(el, '[part="total"]')).to.include(`Total ${formatClock(plan.total)}`);
    const preview = part<SmrRoutine>(el, 'smr-routine');
    await preview.updateComplete;
    expect(preview.segments).to.deep.equal(plan.segments);
    expect(preview.noPersist).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('edits duration, sides, tool, title and description, and names each invalid field', async () => {
    const el = await builderWith(FULL);
    expect(stepNames(el)).to.deep.equal(['Calves', 'Inner thigh, slowly', 'Arch roll', 'Side of the hip (glute med)']);
    await edit(el, '.step:nth-child(1) input[name="duration"]', '120');
    await edit(el, '.step:nth-child(1) select[id$="-sides"]', 'none');
    await edit(el, '.step:nth-child(4) select[id$="-tool"]', 'foam-roller');
    await edit(el, '#title', 'Leg day cool-down');
    await edit(el, '#description', 'Ten minutes.');
    await edit(el, '#switch', '5');
    const value = el.value;
    expect(value.steps[0]).to.deep.equal({
      exercise: 'calves',
      duration: 120,
      sides: 'none',
    });
    expect(value.steps[3]).to.deep.equal({
      exercise: 'glute-med',
      duration: 45,
      sides: 'both',
      tool: 'foam-roller',
    });
    expect(value).to.include({
      title: 'Leg day cool-down',
      description: 'Ten minutes.',
      id: 'gym-cooldown',
    });
    expect(value).to.not.have.property('switchDuration');

    await edit(el, '.step:nth-child(2) input[name="duration"]', '2');
    await edit(el, '#title', '   ');
    const duration = part<HTMLInputElement>(el, '.step:nth-child(2) input[name="duration"]');
    expect(duration.getAttribute('aria-invalid')).to.equal('true');
    const problem = part(el, `#${duration.getAttribute('aria-describedby')!.split(' ').at(-1)}`);
    expect(problem.textContent).to.equal('expected seconds from 5 to 600, got 2');
    expect(part(el, '#title').getAttribute('aria-invalid')).to.equal('true');
    expect(shadowText(el, '.blocking')).to.include('steps[1].duration: expected seconds from 5 to 600, got 2');
    expect(shadowText(el, '.blocking')).to.include('title: must not be empty');
    expect(part<HTMLButtonElement>(el, '[part~="button-primary"]').disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('smr-routine')).to.equal(null);
    expect(shadowText(el, '[part="preview"]')).to.include('once the problems above are fixed');
    await expect(el).to.be.accessible();

    await edit(el, '.step:nth-child(2) input[name="duration"]', '');
    expect(el.errors.map((error) => error.path)).to.deep.equal(['title', 'steps[1].duration']);
    await edit(el, '.step:nth-child(2) input[name="duration"]', '30');
    await edit(el, '#title', 'Fixed');
    expect(el.errors).to.deep.equal([]);
  });

  it('reorders with the keyboard on the handle, keeping focus and announcing', async () => {
    const el = await builderWith(FULL);
    const handle = (index: number) => part<HTMLButtonElement>(el, `.step:nth-child(${index}) .handle`);
    expect(handle(1).getAttribute('aria-label')).to.equal('Move Calves, step 1 of 4');
    handle(1).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(stepNames(el)).to.deep.equal(['Inner thigh, slowly', 'Calves', 'Arch roll', 'Side of the hip (glute med)']);
    expect(el.shadowRoot!.activeElement).to.equal(handle(2));
    expect(shadowText(el, '[role="status"][aria-live]')).to.equal('Calves moved to step 2 of 4.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(stepNames(el).at(-1)).to.equal('Calves');
    expect(el.shadowRoot!.activeElement).to.equal(handle(4));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(stepNames(el)[0]).to.equal('Calves');
    await sendKeys({ press: 'ArrowUp' }); // already first: nothing moves
    await el.updateComplete;
    expect(stepNames(el)[0]).to.equal('Calves');

    // The move buttons do the same, and focus follows the step.
    part<HTMLButtonElement>(el, '.step:nth-child(3) [data-action="up"]').click();
    await el.updateComplete;
    expect(stepNames(el)[1]).to.equal('Arch roll');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.step:nth-child(2) [data-action="up"]'));
    expect(el.value.steps.map((step) => step.exercise ?? step.name)).to.deep.equal(['calves', 'Arch roll', 'adductors', 'glute-med']);
  });

  it('reorders by drag and drop, showing where the step will land', async () => {
    const el = await builderWith(FULL);
    const dataTransfer = new DataTransfer();
    const drag = (target: Element, type: string, clientY = 0) =>
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, clientY, dataTransfer }));
    const rows = all(el, '.step');
    drag(part(el, '.step:nth-child(1) .handle'), 'dragstart');
    const lowerHalf = rows[2].getBoundingClientRect().bottom - 2;
    drag(rows[2], 'dragover', lowerHalf);
    await el.updateComplete;
    expect(rows[2].classList.contains('drop-after')).to.equal(true);
    const log = recordEvents(el, ['smr-change']);
    drag(rows[2], 'drop', lowerHalf);
    await el.updateComplete;
    expect(stepNames(el)).to.deep.equal(['Inner thigh, slowly', 'Arch roll', 'Calves', 'Side of the hip (glute med)']);
    expect(log).to.have.length(1);
    expect(all(el, '.drop-before, .drop-after')).to.have.length(0);
  });

  it('removes a step with undo', async () => {
    const el = await builderWith(FULL);
    part<HTMLButtonElement>(el, '.step:nth-child(2) [data-action="remove"]').click();
    await el.updateComplete;
    expect(stepNames(el)).to.have.length(3);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.step:nth-child(2) .handle'));
    part<HTMLButtonElement>(el, '.undo button').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(FULL);
    expect(el.shadowRoot!.querySelector('.undo')).to.equal(null);
  });

  for (const format of ['steps', 'json'] as const) {
    it(`exports an embed snippet (${format}) that plays the same segments in a fresh page`, async () => {
      const el = await builderWith(FULL);
      el.embedFormat = format;
      await el.updateComplete;
      const code = el.embedCode;
      expect(code.split('\n')[0]).to.equal(`<script type="module" src="${DEFAULT_SCRIPT_SRC}"></script>`);
      expect(part<HTMLTextAreaElement>(el, '.embed-code').value).to.equal(code);
      expect(code).to.include(
        format === 'steps' ? '<smr-step exercise="calves" duration="75" sides="both"></smr-step>' : 'type="application/json"',
      );
      const played = await mountSnippet(code);
      const expected = validateRoutine(el.value).routine!;
      expect(played.segments).to.deep.equal(planSegments(expected, { leadIn: 5 }).segments);
      const { id, ...rest } = played.resolvedRoutine!;
      const { id: expectedId, ...expectedRest } = expected;
      expect(rest).to.deep.equal(expectedRest);
      if (format === 'json') expect(id).to.equal(expectedId);
    });
  }

  it('round-trips any text exactly through both snippet formats and JSON', async () => {
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder script-src=""></smr-routine-builder>`);
    const text = (max: number) =>
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((value) => value.trim().length > 0 && !/\0/.test(value));
    await fc.assert(
      fc.asyncProperty(
        text(40),
        fc.option(text(80), { nil: undefined }),
        fc.array(
          fc.record({
            name: text(30),
            duration: fc.integer({ min: 5, max: 600 }),
            sides: fc.constantFrom('none' as const, 'both' as const),
            instructions: fc.array(text(40), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (title, description, steps) => {
          const input: RoutineInput = { id: 'fuzz', title, steps };
          if (description !== undefined) input.description = description;
          const expected = validateRoutine(input).routine;
          fc.pre(expected !== null);
          el.value = input;
          await el.updateComplete;
          for (const format of ['steps', 'json'] as const) {
            el.embedFormat = format;
            const played = await mountSnippet(el.embedCode);
            expect(played.shadowRoot!.querySelector('[part="error"]'), format).to.equal(null);
            const { id: _id, ...rest } = played.resolvedRoutine!;
            const { id: _expectedId, ...expectedRest } = expected;
            expect(rest, format).to.deep.equal(expectedRest);
            played.parentElement!.remove();
          }
          expect(validateRoutine(JSON.parse(JSON.stringify(el.value))).routine).to.deep.equal(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('copies the embed code and the JSON, and selects the text when the clipboard is refused', async () => {
    const el = await builderWith(FULL);
    const writeText = stubClipboard();
    part<HTMLButtonElement>(el, '[part~="button-primary"]').click();
    await waitUntil(() => shadowText(el, '.export .status') === 'Embed code copied.');
    expect(writeText.firstCall.args[0]).to.equal(el.embedCode);
    all<HTMLButtonElement>(el, '.export .row button')[1].click();
    await waitUntil(() => shadowText(el, '.export .status') === 'JSON copied.');
    expect(JSON.parse(writeText.secondCall.args[0])).to.deep.equal(FULL);

    writeText.rejects(new DOMException('denied', 'NotAllowedError'));
    all<HTMLButtonElement>(el, '.export .row button')[1].click();
    await waitUntil(() => shadowText(el, '.export .status').startsWith('Could not copy'));
    const json = part<HTMLTextAreaElement>(el, '.json-code');
    expect(part<HTMLDetailsElement>(el, 'details.json').open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(json);
    expect(json.value.slice(json.selectionStart, json.selectionEnd)).to.equal(JSON.stringify(FULL, null, 2));
  });

  it('downloads the routine as a JSON file named after it', async () => {
    const el = await builderWith(FULL);
    const { blobs, click } = captureDownloads();
    all<HTMLButtonElement>(el, '.export .row button')[2].click();
    await el.updateComplete;
    expect(click.calledOnce).to.equal(true);
    expect((click.firstCall.thisValue as HTMLAnchorElement).download).to.equal('gym-cooldown.json');
    expect(JSON.parse(await blobs[0].text())).to.deep.equal(FULL);
    expect(shadowText(el, '.export .status')).to.equal('Downloaded gym-cooldown.json.');
  });

  it('imports pasted JSON and files, and lists every problem of an invalid one by field', async () => {
    const el = await builderWith(FULL);
    const errors = recordEvents(el, ['smr-error']);
    const bad = {
      id: 'x',
      title: 'Bad',
      rest: 'soon',
      steps: [{ exercise: 'calfs' }, { name: 'No time' }],
    };
    await edit(el, '#import', JSON.stringify(bad));
    part<HTMLButtonElement>(el, '.load-json').click();
    await el.updateComplete;
    const message = shadowText(el, '[part="error"]');
    expect(message).to.include('This routine could not be loaded');
    expect(message).to.include('rest: expected seconds from 0 to 600, got "soon"');
    expect(message).to.include('steps[0].exercise: unknown exercise "calfs"; did you mean "calves"');
    expect(message).to.include('steps[1].duration: is required for a custom step');
    expect(errors).to.have.length(1);
    // Nothing is replaced or lost: the routine stays, the pasted text stays to be fixed.
    expect(el.value).to.deep.equal(FULL);
    expect(part<HTMLTextAreaElement>(el, '#import').value).to.equal(JSON.stringify(bad));
    await expect(el).to.be.accessible();

    await edit(el, '#import', '{ "id": ');
    part<HTMLButtonElement>(el, '.load-json').click();
    await el.updateComplete;
    expect(shadowText(el, '[part="error"]')).to.match(/not valid JSON/i);

    const preset = getPreset('lower-leg')!;
    const file = new File([JSON.stringify(preset)], 'lower-leg.json', {
      type: 'application/json',
    });
    const files = new DataTransfer();
    files.items.add(file);
    const picker = part<HTMLInputElement>(el, 'input[type="file"]');
    picker.files = files.files;
    setTimeout(() => picker.dispatchEvent(new Event('change')));
    const change = await oneEvent(el, 'smr-change');
    expect(validateRoutine(change.detail.value).routine).to.deep.equal(validateRoutine(preset).routine);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(shadowText(el, '.undo')).to.include('Loaded “Lower leg and foot”.');
    part<HTMLButtonElement>(el, '.undo button').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(FULL);
  });

  it('loads a preset to start from', async () => {
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder></smr-routine-builder>`);
    await edit(el, '#preset', 'neck-relief');
    part<HTMLButtonElement>(el, '.load button').click();
    await el.updateComplete;
    expect(validateRoutine(el.value).routine).to.deep.equal(validateRoutine(getPreset('neck-relief')).routine);
    expect(part<HTMLInputElement>(el, '#title').value).to.equal(getPreset('neck-relief')!.title);
  });

  it('shows a routine set through value, and keeps an invalid one to fix without replacing anything', async () => {
    const el = await builderWith(FULL);
    expect(part<HTMLInputElement>(el, '#title').value).to.equal('Gym cool-down');
    expect(part<HTMLInputElement>(el, '#rest').value).to.equal('10');
    const warn = sinon.stub(console, 'warn');
    const errors = recordEvents(el, ['smr-error', 'smr-change']);
    el.value = { id: 'x', title: '', steps: [] };
    await el.updateComplete;
    expect(errors.map((event) => event.name)).to.deep.equal(['smr-error']);
    expect(warn.calledOnce).to.equal(true);
    expect(shadowText(el, '[part="error"]')).to.include('title: must not be empty');
    expect(JSON.parse(part<HTMLTextAreaElement>(el, '#import').value)).to.deep.equal({ id: 'x', title: '', steps: [] });
    expect(el.value).to.deep.equal(FULL);
    // Anything at all: never throws.
    for (const junk of [null, 42, 'text', [], { steps: new Array(1000).fill({}) }]) el.value = junk as unknown as RoutineInput;
    await el.updateComplete;
    expect(el.value).to.deep.equal(FULL);
  });

  it('renders hostile text as text everywhere and in the exported page', async () => {
    const hostile: RoutineInput = {
      id: 'hostile',
      title: HOSTILE,
      description: HOSTILE,
      steps: [
        {
          name: HOSTILE,
          duration: 30,
          instructions: [HOSTILE],
          cautions: [HOSTILE],
        },
        { exercise: 'calves', name: HOSTILE },
      ],
    };
    const el = await builderWith(hostile);
    await edit(el, '#search', HOSTILE);
    const preview = part<SmrRoutine>(el, 'smr-routine');
    await preview.updateComplete;
    for (const root of [el.shadowRoot!, preview.shadowRoot!]) expect(root.querySelectorAll('img, script').length).to.equal(0);
    expect(part<HTMLInputElement>(el, '#title').value).to.equal(HOSTILE);
    expect(shadowText(el, '.step:nth-child(2) .step-title')).to.include(HOSTILE.replace(/\s+/g, ' '));
    for (const format of ['steps', 'json'] as const) {
      el.embedFormat = format;
      const played = await mountSnippet(el.embedCode);
      expect(played.parentElement!.querySelectorAll('img, smr-routine smr-routine').length).to.equal(0);
      expect(played.resolvedRoutine!.title).to.equal(HOSTILE);
      expect(played.resolvedRoutine!.steps[0].cautions).to.deep.equal([HOSTILE]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __smrXss?: number }).__smrXss).to.equal(undefined);
  });

  it('uses the CDN bundle of this version, or the script-src given, or none', async () => {
    const version = (await (await fetch('/package.json')).json()) as {
      version: string;
    };
    expect(VERSION).to.equal(version.version);
    expect(DEFAULT_SCRIPT_SRC).to.equal(`https://cdn.jsdelivr.net/npm/smr-elements@${VERSION}/dist/cdn/smr-autoloader.js`);
    const el = await fixture<SmrRoutineBuilder>(html`<smr-routine-builder script-src="/js/smr.js"></smr-routine-builder>`);
    el.value = FULL;
    expect(el.embedCode.split('\n')[0]).to.equal('<script type="module" src="/js/smr.js"></script>');
    el.scriptSrc = '';
    expect(el.embedCode.startsWith('<smr-routine ')).to.equal(true);
  });

  it('caps a routine at 100 steps', async () => {
    const el = await builderWith({
      id: 'long',
      title: 'Long',
      steps: Array.from({ length: 100 }, () => ({ exercise: 'calves' })),
    });
    expect(part<HTMLButtonElement>(el, '.add-custom').disabled).to.equal(true);
    expect(all<HTMLButtonElement>(el, '.catalog-list button').every((button) => button.disabled)).to.equal(true);
    expect(shadowText(el, '.catalog')).to.include('up to 100 steps');
  });

  it('marks a drop before a step, clears the mark when the drag leaves the list, and focuses the dropped step', async () => {
    const el = await builderWith(FULL);
    const dataTransfer = new DataTransfer();
    const drag = (target: Element, type: string, init: DragEventInit = {}) =>
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer, ...init }));
    const rows = all(el, '.step');
    const upperHalf = rows[1].getBoundingClientRect().top + 2;
    drag(part(el, '.step:nth-child(4) .handle'), 'dragstart');
    drag(rows[1], 'dragover', { clientY: upperHalf });
    await el.updateComplete;
    expect(rows[1].classList.contains('drop-before')).to.equal(true);
    drag(rows[1], 'dragleave', { relatedTarget: rows[2] });
    await el.updateComplete;
    expect(rows[1].classList.contains('drop-before'), 'still over the list').to.equal(true);
    drag(rows[1], 'dragleave', { relatedTarget: part(el, '.add-custom') });
    await el.updateComplete;
    expect(all(el, '.drop-before, .drop-after')).to.have.length(0);

    drag(rows[1], 'dragover', { clientY: upperHalf });
    drag(rows[1], 'drop', { clientY: upperHalf });
    await el.updateComplete;
    expect(stepNames(el)).to.deep.equal(['Calves', 'Side of the hip (glute med)', 'Inner thigh, slowly', 'Arch roll']);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.step:nth-child(2) .handle'));
    expect(shadowText(el, '[role="status"][aria-live]')).to.equal('Side of the hip (glute med) moved to step 2 of 4.');
  });

  it('keeps focus with the step: on its handle when its move button turns disabled, on "Add custom step" when none is left', async () => {
    const el = await builderWith({ ...FULL, steps: FULL.steps.slice(0, 2) });
    part<HTMLButtonElement>(el, '.step:nth-child(1) [data-action="down"]').click();
    await el.updateComplete;
    expect(stepNames(el)).to.deep.equal(['Inner thigh, slowly', 'Calves']);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.step:nth-child(2) .handle'));

    part<HTMLButtonElement>(el, '.step:nth-child(2) [data-action="remove"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.step:nth-child(1) .handle'));
    part<HTMLButtonElement>(el, '.step [data-action="remove"]').click();
    await el.updateComplete;
    expect(all(el, '.step')).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '.add-custom'));
    expect(shadowText(el, '[role="status"][aria-live]')).to.equal('Inner thigh, slowly removed.');
  });

  it('selects the embed code when the clipboard is refused, leaving the JSON closed', async () => {
    const el = await builderWith(FULL);
    refuseClipboard();
    part<HTMLButtonElement>(el, '[part~="button-primary"]').click();
    await waitUntil(() => shadowText(el, '.export .status').startsWith('Could not copy'));
    const code = part<HTMLTextAreaElement>(el, '.embed-code');
    expect(el.shadowRoot!.activeElement).to.equal(code);
    expect(code.value.slice(code.selectionStart, code.selectionEnd)).to.equal(el.embedCode);
    expect(part<HTMLDetailsElement>(el, 'details.json').open).to.equal(false);
  });

  it('refuses a file over 1 MB by name, and lets the same file be chosen again', async () => {
    const el = await builderWith(FULL);
    const errors = recordEvents(el, ['smr-error']);
    const picker = part<HTMLInputElement>(el, 'input[type="file"]');
    const choose = (file: File) => {
      const files = new DataTransfer();
      files.items.add(file);
      picker.files = files.files;
      picker.dispatchEvent(new Event('change'));
    };
    choose(new File([new Uint8Array(1024 * 1024 + 1)], 'huge.json', { type: 'application/json' }));
    await el.updateComplete;
    expect(shadowText(el, '[part="error"]')).to.include('huge.json is larger than 1 MB.');
    expect(errors).to.have.length(1);
    expect(picker.value).to.equal('');
    expect(el.value).to.deep.equal(FULL);

    const preset = getPreset('neck-relief')!;
    setTimeout(() => choose(new File([JSON.stringify(preset)], 'neck.json', { type: 'application/json' })));
    await oneEvent(el, 'smr-change');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.value.title).to.equal(preset.title);
  });

  it('switches the embed format from its radio buttons, and says when the steps format falls back to JSON', async () => {
    const el = await builderWith(FULL);
    const json = part<HTMLInputElement>(el, 'input[name="format"][value="json"]');
    json.click();
    await el.updateComplete;
    expect(el.embedFormat).to.equal('json');
    expect(el.getAttribute('embed-format')).to.equal('json');
    part<HTMLInputElement>(el, 'input[name="format"][value="steps"]').click();
    await el.updateComplete;
    expect(el.embedFormat).to.equal('steps');
    expect(shadowText(el, '.export')).not.to.include('only JSON keeps');
    el.value = { ...FULL, steps: [{ ...FULL.steps[0], cautions: ['Not over the knee.'] }] };
    await el.updateComplete;
    expect(shadowText(el, '.export')).to.include('only JSON keeps');
  });
});
