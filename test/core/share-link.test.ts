import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { encode as encodeQr } from 'uqr';
import { exercises, getPreset, presets, validateRoutine } from '../../src/content/catalog.js';
import { createShareLink, readShareLink, shareableRoutine } from '../../src/content/share-link.js';
import { MAX_QR_VERSION, MAX_SHARE_JSON_BYTES, MAX_SHARE_PAYLOAD_CHARS } from '../../src/core/limits.js';
import { describeProblem, type Problem, type ShareLinkProblem } from '../../src/core/problems.js';
import { makeQrCode, qrPath, qrSvgFile } from '../../src/core/qr.js';
import { canDeflate, decodeSharePayload, encodeSharePayload, fromBase64Url, toBase64Url } from '../../src/core/share-link.js';
import { fragmentPayload, resolveShareBase, shareLink, type ShareOutcome } from '../../src/core/share-address.js';
import { TOOLS, type Routine, type RoutineInput } from '../../src/core/types.js';
import { de } from '../../src/translations/de.js';
import { es } from '../../src/translations/es.js';

const text = (maxLength: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength }).filter((value) => value.trim() !== '');
const lines = fc.array(text(60), { maxLength: 3 });
const ids = exercises.map((exercise) => exercise.id);

/** Routine input of every kind a person can write: catalog steps with or without overrides, custom steps. */
const routineInput: fc.Arbitrary<RoutineInput> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,29}$/),
    title: text(60),
    description: text(120),
    rest: fc.integer({ min: 0, max: 600 }),
    switchDuration: fc.integer({ min: 0, max: 60 }),
    steps: fc.array(
      fc.oneof(
        fc.record(
          {
            exercise: fc.constantFrom(...ids),
            name: text(40),
            duration: fc.integer({ min: 5, max: 600 }),
            sides: fc.constantFrom('both' as const, 'none' as const),
            tool: fc.constantFrom(...TOOLS),
            instructions: lines,
            cautions: lines,
          },
          { requiredKeys: ['exercise'] },
        ),
        fc.record(
          {
            name: text(40),
            duration: fc.integer({ min: 5, max: 600 }),
            sides: fc.constantFrom('both' as const, 'none' as const),
            tool: fc.constantFrom(...TOOLS),
            instructions: lines,
            cautions: lines,
          },
          { requiredKeys: ['name', 'duration'] },
        ),
      ),
      { minLength: 1, maxLength: 12 },
    ),
  },
  { requiredKeys: ['id', 'title', 'steps'] },
);

/** A validated routine made from arbitrary valid input. */
const validRoutine: fc.Arbitrary<Routine> = routineInput
  .map((input) => validateRoutine(input).routine)
  .filter((routine): routine is Routine => routine !== null);

/** The reason of a failed outcome (fails the test when it succeeded or names another problem). */
function reasonOf(outcome: ShareOutcome<unknown>): ShareLinkProblem['reason'] {
  expect(outcome.ok, 'expected a problem').to.equal(false);
  if (outcome.ok) throw new Error('unreachable');
  expect(outcome.error.path).to.equal('#smr-routine');
  expect(outcome.error.problem?.code).to.equal('share-link');
  expect(outcome.error.message).to.equal(describeProblem(outcome.error.problem!));
  return (outcome.error.problem as ShareLinkProblem).reason;
}

async function payloadOf(value: unknown, compress = true): Promise<string> {
  const outcome = await encodeSharePayload(value, { compress });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

/** Raw DEFLATE of `bytes`, for making hostile links by hand. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('share links', () => {
  describe('base64url', () => {
    it('round-trips any bytes, matching the platform base64 with the URL alphabet and no padding', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          const text = toBase64Url(bytes);
          const reference = btoa(String.fromCharCode(...bytes))
            .replace(/\+/g, '-')
            .replace(/\//g, '_')
            .replace(/=+$/, '');
          expect(text).to.equal(reference);
          expect([...fromBase64Url(text)!]).to.deep.equal([...bytes]);
          expect([...fromBase64Url(`${text}${'='.repeat((4 - (text.length % 4)) % 4)}`)!]).to.deep.equal([...bytes]);
        }),
      );
    });

    it('refuses text no bytes encode to: other characters, an impossible length, stray bits', () => {
      for (const bad of ['ab+c', 'ab/c', 'ab c', 'a', 'abcde', 'ab%3D', 'AB', 'AAB', 'é']) {
        expect(fromBase64Url(bad), bad).to.equal(undefined);
      }
      expect([...fromBase64Url('AA')!]).to.deep.equal([0]);
    });
  });

  describe('round trip', () => {
    it('compresses where the platform can (every engine here does)', async () => {
      expect(canDeflate()).to.equal(true);
      const payload = await payloadOf(getPreset('lower-leg'));
      expect(payload[0]).to.equal('d');
      expect(payload.length).to.be.lessThan((await payloadOf(getPreset('lower-leg'), false)).length);
    });

    it('any valid routine encodes and decodes to the same routine, compressed or plain', async () => {
      await fc.assert(
        fc.asyncProperty(validRoutine, fc.boolean(), async (routine, compress) => {
          const payload = await payloadOf(routine, compress);
          expect(payload).to.match(/^[dj][A-Za-z0-9_-]*$/);
          const decoded = await decodeSharePayload(payload);
          expect(decoded).to.deep.equal({ ok: true, value: routine });
          expect(validateRoutine(decoded.ok ? decoded.value : null).routine).to.deep.equal(routine);
        }),
        { numRuns: 80 },
      );
    });

    it('the compact form of any valid routine validates back to exactly that routine, and is never longer', async () => {
      await fc.assert(
        fc.asyncProperty(validRoutine, async (routine) => {
          const compact = shareableRoutine(routine);
          expect(validateRoutine(compact).routine).to.deep.equal(routine);
          expect(JSON.stringify(compact).length).to.be.at.most(JSON.stringify(routine).length);
          const decoded = await decodeSharePayload(await payloadOf(compact));
          expect(validateRoutine(decoded.ok ? decoded.value : null).routine).to.deep.equal(routine);
        }),
        { numRuns: 60 },
      );
    });

    it('a preset shares as its exercise ids and its own overrides alone', () => {
      for (const preset of presets) {
        const compact = shareableRoutine(validateRoutine(preset).routine!);
        compact.steps.forEach((step, i) => {
          expect(step.exercise, preset.id).to.equal(preset.steps[i].exercise);
          for (const key of Object.keys(step)) expect(Object.keys(preset.steps[i]), `${preset.id} ${key}`).to.include(key);
        });
        expect(JSON.stringify(compact).length).to.be.lessThan(JSON.stringify(validateRoutine(preset).routine).length / 4);
      }
    });

    it('createShareLink and readShareLink: the link of a routine reads back as that routine', async () => {
      const input = getPreset('inner-thigh')!;
      const { link, errors } = await createShareLink(input, 'https://gym.example/play?x=1#old');
      expect(errors).to.deep.equal([]);
      expect(link).to.match(/^https:\/\/gym\.example\/play\?x=1#smr-routine=d[A-Za-z0-9_-]+$/);
      expect(await readShareLink(link)).to.deep.equal(validateRoutine(input));
      // Just the fragment, and among other parameters, reads too.
      expect((await readShareLink(link.slice(link.indexOf('#')))).routine).to.deep.equal(validateRoutine(input).routine);
      expect((await readShareLink(`#tab=2&${link.slice(link.indexOf('#') + 1)}`)).routine).to.deep.equal(validateRoutine(input).routine);
    });

    it('createShareLink refuses an invalid routine, a base that is not http(s), and a routine too long for a link', async () => {
      const invalid = await createShareLink({ id: 'x', title: 'X', steps: [{ exercise: 'calfs' }] }, 'https://gym.example/');
      expect(invalid.link).to.equal('');
      expect(invalid.errors[0].path).to.equal('steps[0].exercise');
      const base = await createShareLink(getPreset('lower-leg'), 'javascript:alert(1)');
      expect(base).to.deep.equal({
        link: '',
        errors: [
          {
            path: 'share-base',
            message: 'expected "http:" or "https:", got "javascript:alert(1)"',
            problem: { code: 'one-of', allowed: ['http:', 'https:'], got: '"javascript:alert(1)"' },
          },
        ],
      });
      // 100 steps of 30 lines of random text: far past a link's length once compressed.
      const random = () =>
        Array.from({ length: 40 }, () => Math.random().toString(36).slice(2))
          .join(' ')
          .slice(0, 900);
      const huge = {
        id: 'huge',
        title: 'Huge',
        steps: Array.from({ length: 100 }, (_, i) => ({
          name: `Step ${i}`,
          duration: 30,
          instructions: Array.from({ length: 30 }, random),
        })),
      };
      const long = await createShareLink(huge, 'https://gym.example/');
      expect(long.link).to.equal('');
      expect(long.errors[0].problem).to.deep.include({ code: 'share-link' });
      expect(['too-long', 'too-large']).to.include((long.errors[0].problem as ShareLinkProblem).reason);
    });

    it('readShareLink validates what the link holds like any input', async () => {
      const payload = await payloadOf({ id: 'bad', title: 'Bad', steps: [{ name: 'A', duration: 'abc' }] });
      const { routine, errors } = await readShareLink(`https://x.example/#smr-routine=${payload}`);
      expect(routine).to.equal(null);
      expect(errors.map((error) => `${error.path}: ${error.message}`)).to.deep.equal([
        'steps[0].duration: expected seconds from 5 to 600, got "abc"',
      ]);
      expect((await readShareLink('https://x.example/')).errors[0].problem).to.deep.equal({ code: 'share-link', reason: 'empty' });
    });
  });

  describe('hostile payloads never throw and name their problem', () => {
    it('empty, an unknown format, not base64url', async () => {
      expect(reasonOf(await decodeSharePayload(''))).to.equal('empty');
      const real = await payloadOf(getPreset('lower-leg'));
      for (const prefix of ['x', 'D', 'J', '0', '-']) {
        const outcome = await decodeSharePayload(`${prefix}${real.slice(1)}`);
        expect(reasonOf(outcome)).to.equal('format');
        expect(outcome.ok ? '' : outcome.error.message).to.include(`starts with "${prefix}"`);
      }
      expect(reasonOf(await decodeSharePayload('d%7Babc'))).to.equal('base64');
      expect(reasonOf(await decodeSharePayload('jab+c'))).to.equal('base64');
      expect(reasonOf(await decodeSharePayload(`${real}A`))).to.be.oneOf(['base64', 'corrupt']);
    });

    it('truncated at every length: never a routine', async () => {
      const routine = { ...getPreset('lower-leg')!, description: 'Cool-down after a long run, slowly and with care.' };
      for (const compress of [true, false]) {
        const payload = await payloadOf(routine, compress);
        for (let length = 1; length < payload.length; length += 1) {
          const reason = reasonOf(await decodeSharePayload(payload.slice(0, length)));
          expect(['base64', 'corrupt', 'not-json'], `${payload.slice(0, length)}`).to.include(reason);
        }
      }
    });

    it('random text and random bytes', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (payload) => {
          const outcome = await decodeSharePayload(payload);
          if (!outcome.ok) reasonOf(outcome);
        }),
        { numRuns: 150 },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('d', 'j'), fc.uint8Array({ minLength: 1, maxLength: 400 }), async (format, bytes) => {
          const outcome = await decodeSharePayload(`${format}${toBase64Url(bytes)}`);
          if (!outcome.ok) expect(['corrupt', 'not-json']).to.include(reasonOf(outcome));
        }),
        { numRuns: 150 },
      );
    });

    it('not UTF-8, not JSON, deeply nested JSON', async () => {
      const outcome = await decodeSharePayload(`j${toBase64Url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}`);
      expect(reasonOf(outcome)).to.equal('not-json');
      expect(outcome.ok ? '' : outcome.error.message).to.include('not UTF-8 text');
      expect(reasonOf(await decodeSharePayload(`j${toBase64Url(new TextEncoder().encode('{"id": "x",'))}`))).to.equal('not-json');
      // 100,000 levels deep: a parser may refuse it; either way nothing throws, and it is no routine.
      const deep = new TextEncoder().encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      const nested = await decodeSharePayload(`d${toBase64Url(await deflate(deep))}`);
      expect(validateRoutine(nested.ok ? nested.value : null).routine).to.equal(null);
    });

    it('huge: a payload over the limit is refused before it is read', async () => {
      const started = performance.now();
      const outcome = await decodeSharePayload(`d${'A'.repeat(MAX_SHARE_PAYLOAD_CHARS * 4)}`);
      expect(reasonOf(outcome)).to.equal('too-long');
      expect(outcome.ok ? '' : outcome.error.message).to.equal(`the share link is longer than ${MAX_SHARE_PAYLOAD_CHARS} characters`);
      expect(performance.now() - started).to.be.lessThan(200);
    });

    it('a decompression bomb (16 KB unpacking to 16 MB) stops at the limit', async () => {
      const bomb = await deflate(new Uint8Array(16 * 1024 * 1024).fill(0x20));
      const payload = `d${toBase64Url(bomb)}`;
      expect(payload.length).to.be.lessThan(MAX_SHARE_PAYLOAD_CHARS);
      const started = performance.now();
      const outcome = await decodeSharePayload(payload);
      expect(reasonOf(outcome)).to.equal('too-large');
      expect(outcome.ok ? '' : outcome.error.message).to.equal(`the share link unpacks to more than ${MAX_SHARE_JSON_BYTES} bytes`);
      expect(performance.now() - started).to.be.lessThan(2000);
    });

    it('a routine whose JSON is over the unpacked limit is not encoded (every link made can be read)', async () => {
      const big = { id: 'big', title: 'Big', description: ' '.repeat(MAX_SHARE_JSON_BYTES) };
      expect(reasonOf(await encodeSharePayload(big))).to.equal('too-large');
      expect(reasonOf(await encodeSharePayload(undefined))).to.equal('not-json');
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      expect(reasonOf(await encodeSharePayload(cyclic))).to.equal('not-json');
    });

    it('every reason is worded in Spanish and German too', () => {
      const problems: Problem[] = [
        { code: 'share-link', reason: 'empty' },
        { code: 'share-link', reason: 'format', got: '"x"' },
        { code: 'share-link', reason: 'base64' },
        { code: 'share-link', reason: 'corrupt' },
        { code: 'share-link', reason: 'unsupported' },
        { code: 'share-link', reason: 'too-long', max: 32768 },
        { code: 'share-link', reason: 'too-large', max: 262144 },
        { code: 'share-link', reason: 'not-json', detail: 'Unexpected end' },
      ];
      for (const translation of [es, de]) {
        const worded = problems.map((problem) => translation.errors.problem(problem));
        expect(new Set(worded).size, translation.lang).to.equal(problems.length);
        worded.forEach((words, i) => {
          expect(words, translation.lang).to.be.a('string').and.not.equal(describeProblem(problems[i]));
        });
        expect(worded[1]).to.include('"x"');
        expect(worded[7]).to.include('Unexpected end');
      }
    });
  });

  describe('addresses', () => {
    it('finds the routine among the fragment parameters', () => {
      expect(fragmentPayload('#smr-routine=dABC')).to.equal('dABC');
      expect(fragmentPayload('smr-routine=dABC')).to.equal('dABC');
      expect(fragmentPayload('#a=1&smr-routine=jXYZ&b=2')).to.equal('jXYZ');
      expect(fragmentPayload('#smr-routine=')).to.equal('');
      expect(fragmentPayload('#smr-routine')).to.equal('');
      expect(fragmentPayload('#')).to.equal(undefined);
      expect(fragmentPayload('')).to.equal(undefined);
      expect(fragmentPayload('#smr-routines=dABC')).to.equal(undefined);
      expect(fragmentPayload('#top')).to.equal(undefined);
    });

    it('resolves the share base against the page and drops its fragment; only http(s)', () => {
      const page = 'https://coach.example/blog/post?id=3#comments';
      expect(resolveShareBase('', page)).to.deep.equal({ ok: true, value: 'https://coach.example/blog/post?id=3' });
      expect(resolveShareBase('player.html', page)).to.deep.equal({ ok: true, value: 'https://coach.example/blog/player.html' });
      expect(resolveShareBase(' https://gym.example/s#x ', page)).to.deep.equal({ ok: true, value: 'https://gym.example/s' });
      for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'http://[', 'mailto:a@b.c']) {
        const outcome = resolveShareBase(bad, page);
        expect(outcome.ok, bad).to.equal(false);
        if (!outcome.ok) expect(outcome.error.path).to.equal('share-base');
      }
      expect(shareLink('https://gym.example/s', 'dABC')).to.equal('https://gym.example/s#smr-routine=dABC');
    });
  });

  describe('QR code', () => {
    it('draws each run of dark modules in a row as one rectangle of one path', () => {
      expect(
        qrPath([
          [true, true, false],
          [false, true, true],
          [true, false, true],
        ]),
      ).to.equal('M0 0h2v1h-2zM1 1h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z');
      expect(qrPath([[false]])).to.equal('');
    });

    it('encodes at level M or better within the largest version, with a quiet zone of 4 modules', () => {
      const code = makeQrCode(encodeQr, 'https://gym.example/#smr-routine=dABC')!;
      expect(code.version).to.be.within(1, 4);
      expect(code.size).to.equal(17 + 4 * code.version + 8);
      expect(code.path.startsWith('M4 4h7v1h-7z')).to.equal(true); // The top-left finder's top edge.
      expect(makeQrCode(encodeQr, `https://gym.example/#smr-routine=d${'A'.repeat(1400)}`)).to.equal(undefined);
      expect(makeQrCode(encodeQr, 'x'.repeat(900))!.version).to.be.at.most(MAX_QR_VERSION);
      const file = qrSvgFile(code, 'Legs <&> link');
      expect(file).to.include('<title>Legs &lt;&amp;&gt; link</title>');
      expect(file).to.include(`viewBox="0 0 ${code.size} ${code.size}"`);
      expect(file).not.to.include('style');
    });
  });
});
