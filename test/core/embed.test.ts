import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { embedSnippet, escapeAttribute, escapeText, fitsStepMarkup, scriptSafeJson } from '../../src/core/embed.js';
import type { RoutineInput } from '../../src/core/types.js';

const routine: RoutineInput = {
  id: 'desk-break',
  title: 'Desk "break" & <reset>',
  description: 'Between meetings.',
  rest: 10,
  switchDuration: 3,
  steps: [
    { exercise: 'calves', duration: 60, sides: 'both' },
    {
      name: 'Palm press',
      duration: 30,
      sides: 'none',
      tool: 'ball',
      instructions: ['Rest your palm on the ball.', 'Press <gently> & circle.'],
    },
  ],
};

/** Parses HTML as a page would (scripts inert) and returns the body. */
function parse(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
}

describe('embed snippets', () => {
  it('writes steps as <smr-step> children with escaped attributes and text', () => {
    const code = embedSnippet(routine, { format: 'steps', scriptSrc: 'https://cdn.example/smr.js' });
    expect(code.split('\n')[0]).to.equal('<script type="module" src="https://cdn.example/smr.js"></script>');
    const body = parse(code);
    const host = body.querySelector('smr-routine')!;
    expect(host.getAttribute('title')).to.equal(routine.title);
    expect(host.getAttribute('description')).to.equal('Between meetings.');
    expect(host.getAttribute('rest')).to.equal('10');
    expect(host.getAttribute('switch-duration')).to.equal('3');
    const steps = [...host.querySelectorAll('smr-step')];
    expect(steps.map((step) => step.getAttribute('exercise'))).to.deep.equal(['calves', null]);
    expect(steps[1].getAttribute('tool')).to.equal('ball');
    expect([...steps[1].querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(routine.steps[1].instructions);
    expect(body.querySelectorAll('gently, reset').length).to.equal(0);
  });

  it('writes JSON that no text can break out of', () => {
    const hostile: RoutineInput = { ...routine, title: '</script><script>window.__pwned = 1</script><!--' };
    const code = embedSnippet(hostile, { format: 'json', scriptSrc: '' });
    expect(code.startsWith('<smr-routine>')).to.equal(true);
    const scripts = parse(code).querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(JSON.parse(scripts[0].textContent)).to.deep.equal(hostile);
    expect(scriptSafeJson({ a: '<' })).to.not.include('<');
  });

  it('falls back to JSON when step markup cannot carry the routine exactly', () => {
    expect(fitsStepMarkup(routine)).to.equal(true);
    const withCautions = { ...routine, steps: [{ exercise: 'calves', cautions: ['Skip on a swollen calf.'] }] };
    const withNul = { ...routine, steps: [{ name: 'A\0', duration: 30 }] };
    for (const input of [withCautions, withNul]) {
      expect(fitsStepMarkup(input)).to.equal(false);
      expect(embedSnippet(input, { format: 'steps', scriptSrc: '' })).to.include('application/json');
    }
    // One <p> per instruction, so a line break inside one is a space, as the browser shows it anyway.
    expect(fitsStepMarkup({ ...routine, steps: [{ name: 'A', duration: 30, instructions: ['one\ntwo'] }] })).to.equal(true);
  });

  it('escapes every character that could end an attribute or start markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const attribute = parse(`<p title="${escapeAttribute(text)}"></p>`)
          .querySelector('p')!
          .getAttribute('title');
        const content = parse(`<p>${escapeText(text)}</p>`).querySelector('p');
        // The HTML parser drops NUL and normalises nothing else that these escapes let through.
        const expected = text.replace(/\0/g, '\uFFFD');
        expect(attribute).to.equal(expected);
        expect(content!.children.length).to.equal(0);
      }),
    );
  });
});
