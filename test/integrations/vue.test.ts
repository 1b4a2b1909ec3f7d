// The Vue 3 guide's example, compiled by Vue's template compiler and run against the real
// elements: bound values arrive as properties, `@smr-…` listeners get the typed details, and Vue
// treats `smr-*` tags as custom elements (no "failed to resolve component" warning).
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import type { SmrErrorEvent } from '../../src/events/error-event.js';
import type { RoutineInput } from '../../src/core/types.js';
import type { SmrTimer } from '../../src/components/timer/timer.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { useFakeClock } from '../support/helpers.js';

/** The README's Vue example, plus a routine passed as an object and an error listener. */
const TEMPLATE = `
  <smr-timer :duration="seconds" sides="both" label="Calves" @smr-complete="completed = $event.detail.duration"></smr-timer>
  <p class="done">{{ completed === null ? '' : 'Timed ' + completed + ' s' }}</p>
  <smr-routine :routine="routine" no-persist @smr-error="onError"></smr-routine>
`;

describe('Vue 3', () => {
  let app: App | undefined;
  let warn: sinon.SinonStub;

  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    warn.restore();
    sinon.restore();
  });

  async function mount(routine: RoutineInput | Record<string, unknown>) {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const state = {
      seconds: ref(30),
      completed: ref<number | null>(null),
      errors: ref<string[]>([]),
      routine: ref(routine),
    };
    app = createApp({
      template: TEMPLATE,
      setup: () => ({
        ...state,
        onError: (event: SmrErrorEvent) => (state.errors.value = event.detail.errors.map((error) => error.message)),
      }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('smr-');
    app.mount(host);
    await nextTick();
    const timer = host.querySelector('smr-timer') as SmrTimer;
    const routineElement = host.querySelector('smr-routine') as SmrRoutine;
    await timer.updateComplete;
    await routineElement.updateComplete;
    return { host, state, timer, routineElement };
  }

  it('binds values as properties and receives events with their detail', async () => {
    const { host, state, timer, routineElement } = await mount({
      id: 'vue',
      title: 'From Vue',
      steps: [{ exercise: 'calves', duration: 30 }],
    });
    expect(timer.duration).to.equal(30);
    expect(timer.sides).to.equal('both');
    expect(routineElement.resolvedRoutine?.title).to.equal('From Vue');
    expect(routineElement.noPersist).to.equal(true);

    state.seconds.value = 2;
    await nextTick();
    expect(timer.duration).to.equal(2);

    const clock = useFakeClock();
    timer.start();
    clock.tick(2000 + 5000 + 2000 + 50);
    clock.restore();
    await nextTick();
    expect(state.completed.value).to.equal(9);
    expect(host.querySelector('.done')!.textContent).to.equal('Timed 9 s');
    expect(warn.args.flat().join(' ')).not.to.match(/Failed to resolve component/);
  });

  it('hands invalid input to the @smr-error listener, field by field', async () => {
    const { state } = await mount({ id: 'vue', title: 'Broken', steps: [{ exercise: 'calfs' }] });
    expect(state.errors.value).to.deep.equal(['unknown exercise "calfs"; did you mean "calves"?']);
  });
});
