import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { concerns, exercises, getExercise, getPreset, presets, validateRoutine } from '../../src/content/catalog.js';
import { regionShapes } from '../../src/content/body-map.js';
import { regionLabels, regionView } from '../../src/content/regions.js';
import { beforeYouStart, redFlags, safetyNote, stopSigns } from '../../src/content/safety.js';
import { validateExercise } from '../../src/core/validate-exercise.js';
import { planSegments } from '../../src/core/segments.js';
import { AVOID_ZONES, BACK_REGIONS, FRONT_REGIONS, REGIONS } from '../../src/core/types.js';

/** Claims the evidence does not support, and words that promise what rolling cannot do. */
const BANNED = [
  /break(s|ing)? (up|down) (adhesions|scar tissue|knots)/i,
  /releas(e|es|ing) (the )?(fascia|knots|adhesions)/i,
  /flush(es|ing)? (out )?(toxins|lactic)/i,
  /lengthen(s|ing)? the (it|iliotibial) band/i,
  /\b(fix|fixes|cure|cures|heals?)\b/i,
  /\bno pain,? no gain\b/i,
];

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

describe('catalog', () => {
  it('has at least 24 exercises, each passing strict validation', () => {
    expect(exercises.length).to.be.at.least(24);
    for (const exercise of exercises) {
      const { errors } = validateExercise(exercise, { strict: true });
      expect(errors, exercise.id).to.deep.equal([]);
    }
  });

  it('has unique ids, including the public ones', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ['calves', 'adductors', 'neck']) expect(getExercise(id)?.id).to.equal(id);
    const presetIds = presets.map((p) => p.id);
    expect(new Set(presetIds).size).to.equal(presetIds.length);
  });

  it('covers the whole body, and every region it uses exists on the body map', () => {
    const used = new Set(exercises.flatMap((e) => e.regions));
    for (const region of REGIONS) expect(used.has(region), `no exercise for ${region}`).to.equal(true);
    for (const region of used) {
      expect(
        regionShapes.some((shape) => shape.id === region),
        `no shape for ${region}`,
      ).to.equal(true);
    }
  });

  it('keeps durations, pace and pressure sensible', () => {
    for (const e of exercises) {
      expect(e.duration, e.id).to.be.within(20, 120);
      expect(e.pressure.target, e.id).to.be.within(2, 7);
      expect(e.pace, e.id).to.be.within(0, 30);
      if (e.goal === 'ease-soreness') expect(e.duration, e.id).to.be.at.least(90);
      expect(e.cautions.length, e.id).to.be.at.least(1);
      expect(e.avoid.length, e.id).to.be.at.least(1);
    }
  });

  it('says nothing the evidence does not support', () => {
    const texts = [
      ...allText(exercises),
      ...allText(presets),
      ...allText(concerns),
      safetyNote,
      ...allText(beforeYouStart),
      ...stopSigns,
      ...allText(redFlags),
    ];
    for (const text of texts) {
      for (const pattern of BANNED) expect(pattern.test(text), `"${text}" matches ${pattern}`).to.equal(false);
    }
  });

  it('works the adductors and pectineus from above the knee toward the groin, and keeps off the front of the neck', () => {
    const adductors = getExercise('adductors')!;
    expect(adductors.muscles.map((m) => m.anatomical).join(' ')).to.match(/pectineus/i);
    expect(adductors.regions).to.include('adductors');
    const neck = getExercise('neck')!;
    expect(neck.regions).to.have.members(['neck-posterior', 'suboccipitals']);
    expect(allText(neck.avoid).join(' ')).to.match(/front/i);
  });

  it('has a safety note that says SMR complements, not replaces, professional care', () => {
    expect(safetyNote).to.match(/not replace/i);
    expect(safetyNote).to.match(/sharp pain/i);
    expect(beforeYouStart.length).to.be.at.least(4);
    expect(redFlags.map((f) => f.id)).to.include.members(['sharp-pain', 'numbness', 'swelling', 'recent-injury', 'night-pain']);
  });
  it('screens for the red flags that need care instead of a routine, urgent care where it is urgent (issue 17)', () => {
    const byId = Object.fromEntries(redFlags.map((flag) => [flag.id, flag]));
    for (const id of ['chest-breathless', 'bladder-bowel', 'head-neck']) {
      expect(byId[id].urgent, id).to.equal(true);
      expect(byId[id].advice, id).to.match(/Do not roll/);
      expect(byId[id].advice, id).to.match(/get urgent medical care now/);
    }
    for (const id of ['cancer-history', 'hot-joint']) {
      expect(byId[id].urgent, id).to.equal(undefined);
      expect(byId[id].advice, id).to.match(/physician/);
    }
    expect(byId['chest-breathless'].text).to.match(/Chest pain, or sudden shortness of breath/);
    expect(byId['bladder-bowel'].text).to.match(/bladder or bowel control, or numbness between the legs/);
    expect(byId['cancer-history'].text).to.match(/history of cancer, or weight loss you cannot explain/);
    expect(byId['head-neck'].text).to.match(
      /sudden, severe headache, or neck pain with dizziness, double vision, or trouble speaking or swallowing/,
    );
    expect(byId['hot-joint'].text).to.match(/hot, swollen joint/);
    // The same screen before every routine.
    const checks = Object.fromEntries(beforeYouStart.map((item) => [item.id, item.text]));
    expect(checks['no-chest-symptoms']).to.match(/chest pain.*shortness of breath.*urgent/);
    expect(checks['no-saddle-symptoms']).to.match(/bladder or bowel control.*numbness between the legs.*urgent/);
    expect(checks['no-head-neck-warning']).to.match(/headache.*double vision.*swallowing.*urgent/);
    expect(checks['no-hot-joint']).to.match(/hot, swollen joint/);
    expect(checks['cancer-ok']).to.match(/cancer.*lost weight.*tumour site/);
  });

  it('tells people what to do with reduced feeling, very flexible joints, fragile skin or a tumour site (issue 17)', () => {
    for (const pattern of [/diabetes or neuropathy/, /hypermobility/, /bruises or tears easily/, /tumour site/]) {
      expect(safetyNote).to.match(pattern);
    }
    expect(beforeYouStart.find((item) => item.id === 'light-if-needed')!.text).to.match(/reduced feeling.*flexible joints.*bruises/);
  });
});

describe('presets', () => {
  it('has at least 8, including lower-leg, inner-thigh and neck-relief', () => {
    expect(presets.length).to.be.at.least(8);
    for (const id of ['lower-leg', 'inner-thigh', 'neck-relief']) expect(getPreset(id)?.id).to.equal(id);
  });

  it('warms up with slow rolling of 45 to 60 seconds, and calls rolling rolling (issue 17)', () => {
    const warmUp = getPreset('pre-workout')!;
    for (const step of warmUp.steps) expect(step.duration, step.exercise).to.be.within(45, 60);
    expect(warmUp.description).not.to.match(/brisk/i);
    expect(warmUp.description).to.match(/slow/i);
    expect(getPreset('runner-recovery')!.description).not.to.match(/\bholds?\b/);
    expect(getPreset('runner-recovery')!.description).to.match(/slow rolling/);
  });

  it('every preset validates against the model and the catalog, and plans a sensible session', () => {
    for (const preset of presets) {
      const { routine, errors } = validateRoutine(preset);
      expect(errors, preset.id).to.deep.equal([]);
      const { total } = planSegments(routine!);
      expect(total, preset.id).to.be.within(120, 1800);
    }
    const fullBody = validateRoutine(getPreset('full-body-10')).routine!;
    expect(planSegments(fullBody).total).to.be.within(540, 660);
  });

  it('every preset validates against the published JSON Schema, which also rejects bad routines', async () => {
    const schema = await (await fetch('/routine.schema.json')).json();
    const validator = new Validator(schema, '2020-12', false);
    for (const preset of presets) expect(validator.validate(preset).valid, preset.id).to.equal(true);
    const bad = [
      { title: 'No id', steps: [{ exercise: 'calves' }] },
      { id: 'x', title: 'X', steps: [] },
      { id: 'x', title: 'X', steps: [{ name: 'No duration' }] },
      { id: 'x', title: 'X', steps: [{ exercise: 'calves', duration: 4 }] },
      { id: 'x', title: 'X', steps: [{ exercise: 'calves', sides: 'left' }] },
      { id: 'x', title: 'X', colour: 'red', steps: [{ exercise: 'calves' }] },
    ];
    for (const routine of bad) {
      expect(validator.validate(routine).valid, JSON.stringify(routine)).to.equal(false);
      expect(validateRoutine(routine).errors.length, JSON.stringify(routine)).to.be.greaterThan(0);
    }
  });
});

describe('concerns', () => {
  it('state no theory as fact, as the exercises\' own "why" lines do (issue 17)', () => {
    const THEORY_AS_FACT = [
      /pulls? the thigh inward/i,
      /turns? the thigh inward/i,
      /rounds? the shoulders/i,
      /pulls? the shoulders forward/i,
      /tugs? on the pelvis/i,
      /can make the low back feel tight/i,
      /stays shortened/i,
    ];
    for (const text of allText(concerns)) {
      for (const pattern of THEORY_AS_FACT) expect(pattern.test(text), `"${text}" matches ${pattern}`).to.equal(false);
    }
    const kneeValgus = concerns.find((concern) => concern.id === 'knee-valgus')!;
    expect(kneeValgus.exercises.find((entry) => entry.exercise === 'tfl')!.why).to.match(/theory, not a measured fact/);
  });
});

describe('body map data', () => {
  it('draws every region on its view and names every region and avoid zone', () => {
    for (const region of FRONT_REGIONS) expect(regionView[region]).to.equal('front');
    for (const region of BACK_REGIONS) expect(regionView[region]).to.equal('back');
    for (const id of [...REGIONS, ...AVOID_ZONES]) {
      expect(regionLabels[id], id).to.be.a('string').and.not.equal('');
      expect(
        regionShapes.filter((s) => s.id === id).every((s) => s.view === regionView[id]),
        id,
      ).to.equal(true);
    }
  });
});
