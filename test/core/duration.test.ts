import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeValue } from '../../src/core/describe.js';
import { formatClock, parseDuration } from '../../src/core/duration.js';

describe('parseDuration', () => {
  const accepted: [unknown, number][] = [
    [90, 90],
    ['90', 90],
    ['90s', 90],
    ['90 sec', 90],
    ['1:30', 90],
    ['0:45', 45],
    ['1:00:00', 3600],
    ['2m', 120],
    ['2 min', 120],
    ['1m30s', 90],
    ['1m 30s', 90],
    ['1.5m', 90],
    ['  45  ', 45],
    ['1h', 3600],
    [0.5, 0.5],
  ];
  for (const [input, seconds] of accepted) {
    it(`reads ${JSON.stringify(input)} as ${seconds} s`, () => {
      expect(parseDuration(input)).to.deep.equal({ ok: true, seconds });
    });
  }

  const rejected: unknown[] = [
    'abc',
    '-5',
    -5,
    0,
    '0',
    '',
    '1:75',
    '30s 1m',
    '5x',
    NaN,
    Infinity,
    null,
    undefined,
    {},
    [],
    '9'.repeat(50),
    true,
  ];
  for (const input of rejected) {
    it(`rejects ${describeValue(input)} with a message naming the value`, () => {
      const result = parseDuration(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.message).to.include(describeValue(input));
    });
  }

  it('never throws and only ever returns positive finite seconds (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseDuration(input);
        if (result.ok) expect(Number.isFinite(result.seconds) && result.seconds > 0).to.equal(true);
      }),
    );
  });

  it('round-trips whole seconds through formatClock (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 35999 }), (seconds) => {
        expect(parseDuration(formatClock(seconds))).to.deep.equal({ ok: true, seconds });
      }),
    );
  });
});

describe('formatClock', () => {
  it('formats m:ss and h:mm:ss, rounding up so 0:00 means done', () => {
    expect(formatClock(90)).to.equal('1:30');
    expect(formatClock(59.01)).to.equal('1:00');
    expect(formatClock(0.2)).to.equal('0:01');
    expect(formatClock(0)).to.equal('0:00');
    expect(formatClock(-3)).to.equal('0:00');
    expect(formatClock(3725)).to.equal('1:02:05');
  });
});
