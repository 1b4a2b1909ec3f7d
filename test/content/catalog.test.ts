import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { concerns, exercises, getExercise, getPreset, presets, validateRoutine } from '../../src/content/catalog.js';
import { regionShapes } from '../../src/content/body-map.js';
import { regionLabels, regionView } from '../../src/content/regions.js';
import { beforeYouStart, redFlags, safetyNote, stopSigns } from '../../src/content/safety.js';
import { validateExercise } from '../../src/core/validate-exercise.js';
import { planSegments } from '../../src/core/segments.js';
import { AVOID_ZONES, BACK_REGIONS, FRONT_REGIONS, POSITIONS, REGIONS } from '../../src/core/types.js';

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

  it('says where every exercise is done, and how to do each floor exercise off the floor where a sound way exists', () => {
    for (const e of exercises) {
      expect(POSITIONS, e.id).to.include(e.position);
      if (e.offFloor) {
        expect(e.position, `${e.id}: an off-floor option is for floor exercises`).to.equal('floor');
        expect(e.tools, `${e.id}: the option's tool`).to.include(e.offFloor.tool);
        expect(e.offFloor.steps.length, e.id).to.be.at.least(3);
      }
    }
    const option = (id: string) => getExercise(id)!.offFloor;
    // The ones the issue names: a wall ball for the glutes and upper back, a stick for thighs and calves seated, a ball on a table for forearms.
    for (const id of ['glute-max', 'glute-med', 'piriformis']) expect(option(id), id).to.include({ position: 'wall', tool: 'ball' });
    expect(option('thoracic-spine')).to.include({ position: 'wall' });
    for (const id of ['quadriceps', 'calves', 'adductors']) expect(option(id), id).to.include({ position: 'seated', tool: 'stick' });
    for (const id of ['forearm-flexors', 'forearm-extensors']) {
      expect(getExercise(id)!.position).to.equal('seated');
      expect(getExercise(id)!.setup).to.match(/table/);
      expect(getExercise(id)!.tools[0]).to.equal('ball');
    }
  });

  it('gives every exercise a spoken set-up for the voice coach: short, for the ear, and true to its own set-up', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const toolWord = { 'foam-roller': /\broller\b/i, ball: /\bballs?\b/i, 'peanut-ball': /\bball\b/i, stick: /\bstick\b/i } as const;
    for (const e of exercises) {
      const spoken = e.spoken ?? '';
      expect(words(spoken), `${e.id}: at most 20 words`).to.be.within(8, 20);
      expect(spoken, `${e.id}: whole sentences`).to.match(/^[A-Z].*\.$/);
      // The coach says the name and the side before it.
      expect(spoken, `${e.id}: no side`).not.to.match(/\b(left|right)\b/i);
      expect(spoken.toLowerCase(), `${e.id}: not the name again`).not.to.include(e.name.toLowerCase());
      expect(spoken, `${e.id}: names its first tool`).to.match(toolWord[e.tools[0]]);
      expect(spoken, `${e.id}: no list or brackets to read out`).not.to.match(/[();]|\d/);
    }
    // Where the tool stops matters most, the spoken line says so too.
    expect(getExercise('adductors')!.spoken).to.match(/below the groin/);
    expect(getExercise('neck')!.spoken).to.match(/each side of the spine.*Head weight only/);
    expect(getExercise('lats')!.spoken).to.match(/not into it/);
    expect(getExercise('quadratus-lumborum')!.spoken).to.match(/out from the spine/);
    expect(getExercise('hamstrings')!.spoken).to.match(/above the knee/);
    expect(getExercise('calves')!.spoken).to.match(/above the Achilles/);
  });

  it('gives every exercise a longest worthwhile time, and keeps the outer thigh short', () => {
    for (const e of exercises) expect(e.maxDuration, e.id).to.be.within(e.duration, 120);
    expect(getExercise('it-band')!.maxDuration).to.be.at.most(60);
  });

  it('puts the right side of the limb on the tool (issue 17)', () => {
    const flexors = getExercise('forearm-flexors')!;
    const extensors = getExercise('forearm-extensors')!;
    expect(flexors.setup).to.match(/palm down/);
    expect(flexors.setup).not.to.match(/palm up/);
    expect(extensors.setup).to.match(/palm up/);
    expect(extensors.setup).not.to.match(/palm down/);
    // The ulnar nerve lies behind the bony bump on the inner elbow, not in the crease.
    const ulnar = flexors.avoid.find((line) => /ulnar/.test(line))!;
    expect(ulnar).to.match(/bony bump on the inner side of the elbow/);
    expect(flexors.avoid.filter((line) => /crease/.test(line)).join(' ')).not.to.match(/ulnar/);
    // Sitting on the roller, toes in puts the inner back of the thigh on it.
    expect(getExercise('hamstrings')!.steps.join(' ')).to.match(/toes in so the inner back of the thigh/);
    // The triceps lie on the roller, not the outer arm; a ball on the table would press the triceps, not the biceps.
    expect(getExercise('triceps')!.setup).to.match(/back of the arm, not its outer side/);
    expect(getExercise('biceps')!.setup).not.to.match(/ball on the table/);
  });

  it('says honestly what the inner-thigh exercise reaches, and when to move off (issue 17)', () => {
    const adductors = getExercise('adductors')!;
    expect(adductors.name).not.to.match(/pectineus/i);
    expect(adductors.note).to.match(/pectineus/i);
    expect(adductors.note).to.match(/hand-width below the groin crease/);
    expect(adductors.note).to.match(/lower edge, or not at all/);
    expect(adductors.cautions.join(' ')).to.match(/Tingling or numbness down the inner thigh or into the knee: move off/);
    expect(adductors.regions).to.deep.equal(['adductors']);
  });

  it('moves off the nerves near the hip and buttock, and keeps the top of the thigh front and outer (issue 17)', () => {
    expect(getExercise('hip-flexors')!.cautions.join(' ')).to.match(/Numbness or burning on the outer thigh: move the ball off/);
    const quadriceps = getExercise('quadriceps')!;
    expect(quadriceps.steps.join(' ')).to.match(/top of the thigh, stay on the front and outer side/);
    expect(quadriceps.tools).to.include('stick');
    expect(quadriceps.cautions.find((line) => /^Pregnant/.test(line))).to.match(/seated stick/);
    const gluteMax = getExercise('glute-max')!;
    expect(gluteMax.avoid.join(' ')).to.match(/sit bone/);
    expect(gluteMax.avoid.join(' ')).to.match(/sciatic nerve/);
    expect(gluteMax.steps.join(' ')).to.match(/just above the sit bone/);
  });

  it('adds the front and rear shoulder at a wall and the side ribs with an osteoporosis caution (issue 17)', () => {
    for (const id of ['front-deltoid', 'rear-deltoid', 'serratus']) {
      const exercise = getExercise(id)!;
      expect(exercise.position, id).to.equal('wall');
      expect(exercise.tools, id).to.include('ball');
      expect(exercise.regions, id).to.deep.equal([id]);
    }
    expect(getExercise('serratus')!.cautions.join(' ')).to.match(/Osteoporosis: skip it/);
  });

  it('works the back of the neck only, everywhere it is described', async () => {
    const neck = getExercise('neck')!;
    expect(neck.regions).to.have.members(['neck-posterior', 'suboccipitals']);
    expect(neck.cues.join(' ')).to.match(/Back of the neck only/);
    const readme = await (await fetch('/README.md')).text();
    expect(readme).not.to.match(/back and sides\s+only/);
    expect(readme).to.match(/neck \(ball, back of the neck\s+only\)/);
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

  it('has a preset that needs no floor at all', () => {
    const preset = getPreset('chair-and-wall')!;
    for (const step of preset.steps) expect(getExercise(step.exercise!)!.position, step.exercise).not.to.equal('floor');
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

  it('names the QL region as the exercise does, and gives the new shoulder and rib regions a shape (issue 17)', () => {
    expect(regionLabels['quadratus-lumborum']).to.match(/^Side of the low back/);
    expect(getExercise('quadratus-lumborum')!.name).to.match(/^Side of the low back/);
    expect(regionView['front-deltoid']).to.equal('front');
    expect(regionView.serratus).to.equal('front');
    expect(regionView['rear-deltoid']).to.equal('back');
  });

  it('the safety guide lists every exercise at the lowest pressure target, the QL included (issue 17)', async () => {
    const guide = await (await fetch('/stories/docs/safety.mdx')).text();
    const targets = exercises.map((e) => e.pressure.target);
    const [low, high] = [Math.min(...targets), Math.max(...targets)];
    const sentence = guide.match(/pressure target on a 1 to 10 scale[^]*?sit at \d/)![0].replace(/\s+/g, ' ');
    expect(sentence).to.include(`from ${low} to ${high}`);
    expect(sentence).to.match(new RegExp(`sit at ${low}$`));
    // How the guide names each exercise at the lowest target.
    const named: Record<string, string> = {
      neck: 'the neck',
      'quadratus-lumborum': 'the side of the low back (QL)',
      'it-band': 'the outer thigh',
      serratus: 'the side of the ribs',
    };
    const atLow = exercises.filter((e) => e.pressure.target === low).map((e) => e.id);
    expect(atLow).to.have.members(Object.keys(named));
    for (const id of atLow) expect(sentence, id).to.include(named[id]);
  });
});
