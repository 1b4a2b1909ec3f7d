import { expect } from '@open-wc/testing';
import { exercises } from '../../src/content/exercises.js';
import { pictureText } from '../../src/content/illustration-text.js';
import { illustrations } from '../../src/content/illustrations.js';
import { contactRange, layoutIllustration, type IllustrationData, type Stroke } from '../../src/core/illustration.js';
import { poseProblems, solvePose, SEGMENT_LENGTHS } from '../../src/core/pose.js';
import { dePictures } from '../../src/translations/de-pictures.js';
import { esPictures } from '../../src/translations/es-pictures.js';

/** Bones of a limb, where a tool on a joint end would press on the knee, elbow, hip or ankle. */
const LIMB_BONE = /\.(thigh|shin|upperArm|forearm)$/;
/** The lumbar spine: the torso's back between these fractions (hip 0, shoulder 1). */
const LUMBAR = [0.18, 0.45];

const entries = exercises.map((exercise) => [exercise, illustrations[exercise.id]] as const);

function allStrokes(scene: ReturnType<typeof layoutIllustration>): Stroke[] {
  return [...scene.far, ...scene.trunk, ...scene.near, ...scene.movingLimb];
}

describe('illustration data', () => {
  it('every catalog exercise has a picture and words for it in English, Spanish and German', () => {
    for (const exercise of exercises) {
      expect(illustrations[exercise.id], exercise.id).to.exist;
      for (const [lang, texts] of [
        ['en', pictureText],
        ['es', esPictures],
        ['de', dePictures],
      ] as const) {
        const text = texts[exercise.id];
        expect(text, `${lang} ${exercise.id}`).to.be.a('string');
        expect(text.split(/\s+/).length, `${lang} ${exercise.id}: at most about 25 words`).to.be.at.most(25);
      }
    }
    expect(Object.keys(illustrations).sort()).to.deep.equal(exercises.map((exercise) => exercise.id).sort());
  });

  it('joints bend only the way joints bend', () => {
    for (const [exercise, data] of entries) expect(poseProblems(data.pose, data.view), exercise.id).to.deep.equal([]);
  });

  it('the tool stays on the worked area through a whole pass, off joints and off the lumbar spine and the front of the neck', () => {
    for (const [exercise, data] of entries) {
      const [start, end] = contactRange(data, exercise.tools[0]);
      const { bone } = data.tool;
      expect(data.work.bone, `${exercise.id}: the tool is on the worked bone`).to.equal(bone);
      expect(start, `${exercise.id}: pass starts on the worked area`).to.be.at.least(data.work.from - 0.02);
      expect(end, `${exercise.id}: pass ends on the worked area`).to.be.at.most(data.work.to + 0.02);
      if (LIMB_BONE.test(bone)) {
        expect(start, `${exercise.id}: clear of the joint at the bone's start`).to.be.at.least(0.05);
        expect(end, `${exercise.id}: clear of the joint at the bone's end`).to.be.at.most(0.95);
      }
      if (bone === 'torso' && data.tool.face === 'back' && !exercise.regions.includes('quadratus-lumborum')) {
        const onLumbar = end > LUMBAR[0] && start < LUMBAR[1];
        expect(onLumbar, `${exercise.id}: not on the lumbar spine`).to.equal(false);
      }
      if (bone === 'neck') expect(data.tool.face, `${exercise.id}: back of the neck only`).to.equal('back');
    }
  });

  it('nothing passes through the floor or the wall', () => {
    for (const [exercise, data] of entries) {
      const scene = layoutIllustration(data, exercise.tools[0], exercise.pace > 0);
      if (scene.fromAbove) continue;
      for (const stroke of allStrokes(scene)) {
        // SVG y grows downward: the floor is y = 0 and a stroke's edge is half its width out.
        const lowest = Math.max(stroke.from.y, stroke.to.y) + stroke.width / 2;
        expect(lowest, `${exercise.id}: through the floor`).to.be.at.most(0.8);
      }
      expect(scene.tool.center.y + scene.tool.radius, `${exercise.id}: the tool sits on or above the floor`).to.be.at.most(0.01);
      if (scene.wallX !== undefined) {
        const side = Math.sign(scene.head.center.x - scene.wallX);
        for (const stroke of allStrokes(scene)) {
          for (const point of [stroke.from, stroke.to]) {
            expect(side * (point.x - scene.wallX) + stroke.width / 2, `${exercise.id}: through the wall`).to.be.at.least(-0.8);
          }
        }
      }
    }
  });

  it('proportions are human: a standing figure is about 100 units tall, legs about half of it', () => {
    const standing = solvePose({
      torso: 90,
      nearLeg: { root: 0, bend: 0, ankle: 0 },
      farLeg: { root: 0, bend: 0, ankle: 0 },
      nearArm: { root: 0, bend: 0 },
      farArm: { root: 0, bend: 0 },
    });
    const top = standing.head.center.y + standing.head.radius;
    const bottom = standing.bones['near.shin'].to.y;
    expect(top - bottom).to.be.within(92, 102);
    expect((SEGMENT_LENGTHS.thigh + SEGMENT_LENGTHS.shin) / (top - bottom)).to.be.within(0.45, 0.53);
    // Fingertips reach about mid-thigh.
    expect(standing.bones['near.hand'].to.y).to.be.within(-20, -8);
  });

  it('lying on one side, the propping forearm lies under the shoulder toward the head, clear of the tool, the bottom foot in line with the leg', () => {
    for (const id of ['peroneals', 'it-band', 'glute-med']) {
      const exercise = exercises.find((e) => e.id === id)!;
      const scene = layoutIllustration(illustrations[id], exercise.tools[0], true);
      const [, shin, foot, upperArm, forearm, hand] = scene.near;
      const towardHead = Math.sign(scene.head.center.x - upperArm.from.x);
      expect(Math.abs(upperArm.to.x - upperArm.from.x), `${id}: elbow under the shoulder`).to.be.below(5);
      expect(towardHead * (forearm.to.x - forearm.from.x), `${id}: forearm toward the head`).to.be.above(8);
      const { center, radius } = scene.tool;
      const gap = Math.hypot(hand.to.x - center.x, hand.to.y - center.y) - radius - hand.width / 2;
      expect(gap, `${id}: hand clear of the tool`).to.be.above(10);
      expect(Math.hypot(foot.to.x - foot.from.x, foot.to.y - foot.from.y), `${id}: foot points toward the viewer`).to.be.below(5);
      expect(shin.to.y - foot.to.y, `${id}: toes not up toward the ceiling`).to.be.below(3.5);
    }
  });

  it('forearm flexors and extensors differ: palm side or back on the ball, hand dropping or curled up', () => {
    const hand = (id: string) => layoutIllustration(illustrations[id], 'ball', true).near[5];
    expect(illustrations['forearm-flexors'].tool.face).to.equal('front');
    expect(illustrations['forearm-extensors'].tool.face).to.equal('back');
    for (const id of ['forearm-flexors', 'forearm-extensors']) {
      const scene = layoutIllustration(illustrations[id], 'ball', true);
      expect(scene.tool.center.y, `${id}: ball under the forearm`).to.be.above(scene.near[4].from.y);
    }
    // SVG y grows downward: the palm-down hand drops, the palm-up hand curls up.
    expect(hand('forearm-flexors').to.y - hand('forearm-flexors').from.y).to.be.above(2);
    expect(hand('forearm-extensors').to.y - hand('forearm-extensors').from.y).to.be.below(-2);
  });

  it('biceps: the arm rests on a table, as the set-up says', () => {
    const scene = layoutIllustration(illustrations.biceps, 'stick', true);
    const forearm = scene.near[4];
    const tableTop = scene.furniture.find((s) => s.from.y === s.to.y && s.from.y < forearm.to.y + 5 && s.to.x > forearm.to.x);
    expect(tableTop, 'a table top under the forearm').to.exist;
    expect(tableTop!.from.y - (forearm.to.y + forearm.width / 2)).to.be.within(0, 2);
  });

  it('quadratus lumborum: the ball sits beside the spine, drawn over the body, the worked area on the back half of the waist', () => {
    const data = illustrations['quadratus-lumborum'];
    const scene = layoutIllustration(data, 'ball', false);
    expect(scene.toolOnTop).to.equal(true);
    const torso = scene.trunk[0];
    const backEdge = Math.min(torso.from.x, torso.to.x) - torso.width / 2;
    expect(scene.tool.center.x + scene.tool.radius, 'overlaps the back edge').to.be.above(backEdge + 1);
    const middle = (torso.from.x + torso.to.x) / 2;
    expect((scene.work.from.x + scene.work.to.x) / 2, 'worked area toward the back').to.be.below(middle - 1);
    expect(scene.work.width).to.be.below(torso.width / 2);
  });

  it('seen from the front, a foreshortened limb may show bent either way; a full-length one may not', () => {
    const pose = illustrations.peroneals.pose;
    expect(poseProblems(pose, 'front')).to.deep.equal([]);
    const fullLength = { ...pose, nearArm: { ...pose.nearArm, depth: 1 } };
    expect(poseProblems(fullLength, 'front')).to.deep.equal(['near elbow -95 is outside 0–155']);
    expect(poseProblems(pose, 'side')).to.deep.equal(['near elbow -95 is outside 0–155']);
  });

  it('poseProblems names a joint bent the wrong way', () => {
    const data: IllustrationData = illustrations.calves;
    const wrong = { ...data.pose, nearLeg: { ...data.pose.nearLeg, bend: -30 } };
    expect(poseProblems(wrong)).to.deep.equal(['near knee -30 is outside 0–160']);
  });
});
