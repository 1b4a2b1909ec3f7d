import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateRoutine } from '../../src/content/catalog.js';
import { embedSnippet, fitsStepMarkup } from '../../src/core/embed.js';
import { LIMITS } from '../../src/core/limits.js';
import { isMediaUrl, MEDIA_URL_PATTERN } from '../../src/core/media.js';
import { draftFromRoutine, draftToInput } from '../../src/core/routine-draft.js';
import type { RoutineInput, StepMedia } from '../../src/core/types.js';
import { formatErrors } from '../../src/core/validate.js';

/** URLs a step may show: http(s) with a host, or relative to the page. */
const GOOD = [
  'https://example.com/arch-roll.jpg',
  'http://example.com/a.mp4',
  'HTTPS://EXAMPLE.COM/A.PNG',
  'https://example.com/a.webm?v=2#t=1,3',
  'https://user@example.com:8443/a.png',
  'arch-roll.jpg',
  './media/arch-roll.webp',
  '../media/arch-roll.mp4',
  '/media/arch-roll.png',
  '/media/a:b.png',
  'media/photo%20one.jpg',
  'médias/rouleau-ß.png',
  '//cdn.example.com/arch-roll.jpg',
  '?clip=arch',
  '#arch',
];

/** URLs a step may not show, and why. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://example.com/5f1c',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com/a.jpg',
  'mailto:a@example.com',
  'chrome-extension://abc/a.png',
  'arch:roll.jpg',
  'http:/example.com/a.jpg',
  'https:example.com/a.jpg',
  'https://',
  'https:///a.jpg',
  '//',
  '///a.jpg',
  '\\\\evil.example/a.jpg',
  '/\\evil.example/a.jpg',
  'https://example.com/a b.jpg',
  'a.jpg ',
  ' a.jpg',
  'https://example.com/\u00a0.jpg',
  'https://example.com/\u2028.jpg',
  'https://example.com/a\u0085.jpg',
  'https://example.com/a\u007f.jpg',
  '',
];

const routineWith = (media: unknown, step: Record<string, unknown> = { name: 'Arch roll', duration: 45 }) => ({
  id: 'media',
  title: 'Media',
  steps: [{ ...step, media }],
});

const image: StepMedia = { src: '/media/arch-roll.jpg', type: 'image', alt: 'Standing, one foot on a ball under the arch' };

describe('step media', () => {
  it('accepts http(s) and relative URLs', () => {
    for (const src of GOOD) expect(isMediaUrl(src), src).to.equal(true);
  });

  it('refuses every other scheme, spaces, control characters and backslashes', () => {
    for (const src of HOSTILE) expect(isMediaUrl(src), JSON.stringify(src)).to.equal(false);
    expect(isMediaUrl(`https://example.com/${'a'.repeat(LIMITS.mediaSrc)}`)).to.equal(false);
  });

  it('a URL it accepts loads over http(s) from any http(s) page (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl(), fc.webPath(), fc.constantFrom(...GOOD, ...HOSTILE)),
        fc.constantFrom('https://page.example/dir/', 'http://page.example/'),
        (src, page) => {
          if (!isMediaUrl(src)) return;
          let protocol: string;
          try {
            protocol = new URL(src, page).protocol;
          } catch {
            return; // Not a URL at all: the browser loads nothing.
          }
          expect(['http:', 'https:'], src).to.include(protocol);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('no scheme but http(s), and no whitespace or control character anywhere, gets through (property)', () => {
    const scheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,12}$/).filter((name) => !/^https?$/i.test(name));
    fc.assert(
      fc.property(scheme, fc.string(), (name, rest) => {
        expect(isMediaUrl(`${name}:${rest}`)).to.equal(false);
      }),
    );
    const bad = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\v',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\\',
    );
    fc.assert(
      fc.property(fc.constantFrom(...GOOD.filter(Boolean)), bad, fc.nat(), (src, character, at) => {
        const i = at % (src.length + 1);
        expect(isMediaUrl(`${src.slice(0, i)}${character}${src.slice(i)}`)).to.equal(false);
      }),
    );
  });

  it('validates into the step, on a custom or a catalog step', () => {
    const { routine, errors } = validateRoutine({
      id: 'm',
      title: 'M',
      steps: [
        { name: 'Arch roll', duration: 45, media: image },
        { exercise: 'calves', media: { src: 'https://example.com/calf.webm', type: 'video', alt: '  Lying, roller under the calf  ' } },
      ],
    });
    expect(errors).to.deep.equal([]);
    expect(routine!.steps[0].media).to.deep.equal(image);
    expect(routine!.steps[1].media).to.deep.equal({
      src: 'https://example.com/calf.webm',
      type: 'video',
      alt: 'Lying, roller under the calf',
    });
    expect(validateRoutine(routineWith(undefined)).routine!.steps[0]).not.to.have.property('media');
  });

  it('names the path and the bad value of every media problem', () => {
    const cases: [unknown, string[]][] = [
      [
        { ...image, src: 'javascript:alert(1)' },
        ['steps[0].media.src: expected an http(s) URL or a relative one, without spaces, got "javascript:alert(1)"'],
      ],
      [
        { ...image, src: 'data:image/png;base64,AAAA' },
        ['steps[0].media.src: expected an http(s) URL or a relative one, without spaces, got "data:image/png;base64,AAAA"'],
      ],
      [{ type: 'image', alt: 'A' }, ['steps[0].media.src: is required']],
      [{ ...image, src: '' }, ['steps[0].media.src: must not be empty']],
      [{ ...image, src: 42 }, ['steps[0].media.src: expected text, got 42']],
      [{ src: image.src, type: 'image' }, ['steps[0].media.alt: is required']],
      [{ ...image, alt: '   ' }, ['steps[0].media.alt: must not be empty']],
      [
        { ...image, alt: 'x'.repeat(LIMITS.mediaAlt + 1) },
        [`steps[0].media.alt: expected at most ${LIMITS.mediaAlt} characters, got ${LIMITS.mediaAlt + 1}`],
      ],
      [{ ...image, type: 'gif' }, ['steps[0].media.type: expected "image" or "video", got "gif"']],
      [{ src: image.src, alt: 'A' }, ['steps[0].media.type: is required']],
      [{ ...image, poster: '/p.jpg' }, ['steps[0].media.poster: unknown field; expected one of src, type, alt']],
      ['/media/a.jpg', ['steps[0].media: expected { src, type, alt }, got "/media/a.jpg"']],
      [[image], ['steps[0].media: expected { src, type, alt }, got an array']],
      [null, ['steps[0].media: expected { src, type, alt }, got null']],
    ];
    for (const [media, expected] of cases) {
      const { routine, errors } = validateRoutine(routineWith(media));
      expect(routine, JSON.stringify(media)).to.equal(null);
      expect(formatErrors(errors), JSON.stringify(media)).to.deep.equal(expected);
      expect(errors.every((error) => error.problem !== undefined)).to.equal(true);
    }
  });

  it('never throws on media-shaped input with arbitrary fields (property)', () => {
    const mediaLike = fc.oneof(
      fc.anything(),
      fc.record(
        {
          src: fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl(), fc.anything()),
          type: fc.oneof(fc.constantFrom('image', 'video'), fc.anything()),
          alt: fc.oneof(fc.string(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(mediaLike, (media) => {
        const { routine, errors } = validateRoutine(routineWith(media));
        if (routine) {
          const shown = routine.steps[0].media;
          if (shown) {
            expect(isMediaUrl(shown.src)).to.equal(true);
            expect(['image', 'video']).to.include(shown.type);
            expect(shown.alt.trim()).to.equal(shown.alt);
            expect(shown.alt.length).to.be.within(1, LIMITS.mediaAlt);
          }
        } else {
          expect(errors.length).to.be.greaterThan(0);
        }
      }),
    );
  });

  describe('the published JSON Schema', () => {
    let validator: Validator;
    before(async () => {
      const schema = await (await fetch('/routine.schema.json')).json();
      validator = new Validator(schema, '2020-12', false);
      expect(schema.$defs.media.properties.src.pattern).to.equal(MEDIA_URL_PATTERN);
      expect(schema.$defs.media.properties.src.maxLength).to.equal(LIMITS.mediaSrc);
      expect(schema.$defs.media.properties.alt.maxLength).to.equal(LIMITS.mediaAlt);
    });

    const agree = (input: unknown) => {
      const bySchema = validator.validate(input).valid;
      const byValidator = validateRoutine(input).routine !== null;
      expect(bySchema, `schema and validator on ${JSON.stringify(input)}`).to.equal(byValidator);
      return byValidator;
    };

    it('agrees with the validator on every URL above', () => {
      for (const src of GOOD) expect(agree(routineWith({ ...image, src })), src).to.equal(true);
      for (const src of HOSTILE) expect(agree(routineWith({ ...image, src })), JSON.stringify(src)).to.equal(false);
    });

    it('agrees with the validator on the shape of media', () => {
      const valid = [image, { ...image, type: 'video' }];
      const invalid = [
        { type: 'image', alt: 'A' },
        { src: image.src, type: 'image' },
        { ...image, alt: '' },
        { ...image, alt: ' \n ' },
        { ...image, alt: 'x'.repeat(LIMITS.mediaAlt + 1) },
        { ...image, type: 'gif' },
        { ...image, type: 'IMAGE' },
        { ...image, poster: '/p.jpg' },
        '/media/a.jpg',
        [image],
        null,
      ];
      for (const media of valid) expect(agree(routineWith(media))).to.equal(true);
      for (const media of invalid) expect(agree(routineWith(media))).to.equal(false);
      expect(agree(routineWith(image, { exercise: 'calves' }))).to.equal(true);
    });

    it('agrees with the validator on any URL (property)', () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.webPath()),
          (src) => {
            agree(routineWith({ ...image, src }));
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  it('travels in both embed formats and through the builder draft', () => {
    const input: RoutineInput = {
      id: 'm',
      title: 'M',
      steps: [
        { name: 'Arch roll', duration: 45, sides: 'none', media: { ...image, alt: "Quote \" & <b>tag</b> 'here'" } },
        {
          exercise: 'calves',
          duration: 60,
          sides: 'both',
          media: { src: 'https://example.com/a.webm?x=1&y="2"', type: 'video', alt: 'Calf' },
        },
      ],
    };
    expect(fitsStepMarkup(input)).to.equal(true);
    const markup = embedSnippet(input, { format: 'steps', scriptSrc: '' });
    expect(markup).to.include(
      'media-src="/media/arch-roll.jpg" media-type="image" media-alt="Quote &quot; &amp; &lt;b&gt;tag&lt;/b&gt; \'here\'"',
    );
    const steps = new DOMParser().parseFromString(markup, 'text/html').querySelectorAll('smr-step');
    expect(
      [...steps].map((step) => [step.getAttribute('media-src'), step.getAttribute('media-type'), step.getAttribute('media-alt')]),
    ).to.deep.equal(input.steps.map((step) => [step.media!.src, step.media!.type, step.media!.alt]));
    expect(fitsStepMarkup({ ...input, steps: [{ name: 'A', duration: 30, media: { ...image, alt: 'nul\0' } }] })).to.equal(false);

    const json = embedSnippet(input, { format: 'json', scriptSrc: '' });
    const script = new DOMParser().parseFromString(json, 'text/html').querySelector('script')!;
    expect(JSON.parse(script.textContent)).to.deep.equal(input);

    let key = 0;
    const draft = draftFromRoutine(validateRoutine(input).routine!, input, () => ++key);
    expect(draft.steps.map((step) => step.media)).to.deep.equal(input.steps.map((step) => step.media));
    expect(draftToInput(draft).steps.map((step) => step.media)).to.deep.equal(input.steps.map((step) => step.media));
  });

  it('a draft writes no media when URL and description are empty, and half-filled media so its problem shows', () => {
    const draft = {
      title: 'T',
      description: '',
      rest: 0,
      switchDuration: 5,
      steps: [
        {
          key: 1,
          name: 'A',
          duration: 30,
          sides: 'none' as const,
          tool: '' as const,
          instructions: '',
          media: { src: '', type: 'video' as const, alt: ' ' },
        },
        {
          key: 2,
          name: 'B',
          duration: 30,
          sides: 'none' as const,
          tool: '' as const,
          instructions: '',
          media: { src: ' /a.jpg ', type: 'image' as const, alt: '' },
        },
      ],
    };
    const input = draftToInput(draft);
    expect(input.steps[0]).not.to.have.property('media');
    expect(input.steps[1].media).to.deep.equal({ src: '/a.jpg', type: 'image', alt: '' });
    expect(formatErrors(validateRoutine(input).errors)).to.deep.equal(['steps[1].media.alt: must not be empty']);
  });
});
