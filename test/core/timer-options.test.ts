import { expect } from '@open-wc/testing';
import { validateTimerOptions } from '../../src/core/timer-options.js';

const defaults = { duration: 60, sides: 'none', switchDuration: 5, leadIn: 0, cueSeconds: 3, pace: 0 };

describe('validateTimerOptions', () => {
  it('accepts attribute text and numbers', () => {
    const { options, errors } = validateTimerOptions({
      ...defaults,
      duration: '1:30',
      sides: 'both',
      switchDuration: '0',
      leadIn: '5s',
      cueSeconds: '5',
      pace: '30',
    });
    expect(errors).to.deep.equal([]);
    expect(options).to.deep.equal({ duration: 90, sides: 'both', switchDuration: 0, leadIn: 5, cueSeconds: 5, pace: 30 });
  });

  it('names every bad attribute and its value', () => {
    const { options, errors } = validateTimerOptions({
      duration: 'abc',
      sides: 'left',
      switchDuration: -1,
      leadIn: 'soon',
      cueSeconds: 'x',
      pace: 500,
    });
    expect(options).to.equal(null);
    expect(errors.map((e) => e.path)).to.deep.equal(['duration', 'sides', 'switch-duration', 'lead-in', 'cue-seconds', 'pace']);
    expect(errors[0].message).to.include('"abc"');
    expect(errors[1].message).to.include('"left"');
  });

  it('rejects zero, negative and absurdly long durations', () => {
    for (const duration of [0, '0', -5, '-5', 86401]) {
      expect(validateTimerOptions({ ...defaults, duration }).errors[0]?.path).to.equal('duration');
    }
  });
});
