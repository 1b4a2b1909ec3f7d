/**
 * A small 2D pose model for the exercise illustrations: a skeleton with human proportions whose
 * pose is a handful of joint angles, solved to joint positions. Pure: no DOM. Angles are in
 * degrees; positions are in figure units (a standing figure is about 100 tall), y pointing up.
 *
 * The figure is drawn as seen from its side (or, for lying on one side, from its front) and,
 * unflipped, faces right when upright: its front is the torso's direction turned 90° clockwise.
 * The near limbs are the ones closer to the viewer.
 */

/** Lengths of the segments, in figure units, in the proportions of an adult (height ≈ 100). */
export const SEGMENT_LENGTHS = {
  torso: 29,
  neck: 3.5,
  headRadius: 6.2,
  upperArm: 17.5,
  forearm: 14.5,
  hand: 5.5,
  thigh: 24.5,
  shin: 24,
  foot: 9.5,
} as const;

/** Stroke widths of the segments: the silhouette's thickness. */
export const SEGMENT_WIDTHS = {
  torso: 13,
  neck: 5,
  upperArm: 5.6,
  forearm: 4.6,
  hand: 3.6,
  thigh: 8.4,
  shin: 6,
  foot: 3.6,
} as const;

/** Hip (or shoulder), knee (or elbow) and ankle angles of one limb; a limb may be foreshortened. */
export interface LimbAngles {
  /** Hip or shoulder flexion: the limb swings forward of the torso's line (negative: behind it). */
  root: number;
  /** Knee or elbow flexion: 0 is straight; joints bend one way only. */
  bend: number;
  /** Ankle: plantar flexion (toes pointed) positive, dorsiflexion negative. Legs only. */
  ankle?: number;
  /** 0.4–1: how much of the limb's length shows when it points toward or away from the viewer. */
  depth?: number;
  /** 0.4–1: how much of the foot shows when it points toward or away from the viewer. Legs only. */
  footDepth?: number;
  /** Wrist flexion (hand toward the palm side) positive, extension negative. Arms only. */
  wrist?: number;
  /**
   * Arms only: the forearm is turned palm-down (pronated) from the anatomical position, so its palm
   * side (the forearm's and hand's `front`) and the way the wrist flexes face the other way.
   */
  pronated?: boolean;
}

/** A pose: the torso's direction, the neck and the four limbs. */
export interface Pose {
  /** Direction from hip to shoulder, degrees counter-clockwise from pointing right (90 = upright). */
  torso: number;
  /** Neck flexion: chin toward chest positive, head tipped back negative. */
  neck?: number;
  nearLeg: LimbAngles;
  farLeg: LimbAngles;
  nearArm: LimbAngles;
  farArm: LimbAngles;
}

/** How far each joint may turn, in degrees: joints bend only the way joints bend. */
export const JOINT_RANGES = {
  neck: [-45, 60],
  hip: [-35, 140],
  knee: [0, 160],
  ankle: [-30, 55],
  wrist: [-70, 80],
  shoulder: [-65, 185],
  elbow: [0, 155],
  depth: [0.4, 1],
} as const satisfies Record<string, readonly [number, number]>;

export interface Point {
  x: number;
  y: number;
}

/** A drawn segment: where it starts and ends, its direction and its front (anatomical) normal. */
export interface Bone {
  from: Point;
  to: Point;
  /** Direction from `from` to `to`, degrees. */
  angle: number;
  /** Direction the segment's front faces (shin bone, front of the thigh, chest, palm side), degrees. */
  front: number;
  width: number;
}

/** Named bones of a solved figure; `near.shin`, `far.forearm`, `torso`… */
export const BONE_NAMES = [
  'torso',
  'neck',
  'near.thigh',
  'near.shin',
  'near.foot',
  'far.thigh',
  'far.shin',
  'far.foot',
  'near.upperArm',
  'near.forearm',
  'near.hand',
  'far.upperArm',
  'far.forearm',
  'far.hand',
] as const;
export type BoneName = (typeof BONE_NAMES)[number];

export interface Figure {
  bones: Record<BoneName, Bone>;
  head: { center: Point; radius: number };
}

const RADIANS = Math.PI / 180;

/** The point `length` away from `from` in direction `angle` (degrees). */
export function along(from: Point, angle: number, length: number): Point {
  return { x: from.x + Math.cos(angle * RADIANS) * length, y: from.y + Math.sin(angle * RADIANS) * length };
}

function bone(from: Point, angle: number, length: number, width: number, front: number): Bone {
  return { from, to: along(from, angle, length), angle, front, width };
}

/** Solves a pose to bone positions, the hip joint at the origin. */
export function solvePose(pose: Pose): Figure {
  const hip: Point = { x: 0, y: 0 };
  const L = SEGMENT_LENGTHS;
  const W = SEGMENT_WIDTHS;
  const torso = bone(hip, pose.torso, L.torso, W.torso, pose.torso - 90);
  const shoulder = torso.to;
  // Limbs hang from the torso's line: "down" along the torso, swung toward the front by flexion.
  const down = pose.torso + 180;
  const leg = (limb: LimbAngles) => {
    const depth = limb.depth ?? 1;
    const thighAngle = down + limb.root;
    const shinAngle = thighAngle - limb.bend;
    const thigh = bone(hip, thighAngle, L.thigh * depth, W.thigh, thighAngle + 90);
    const shin = bone(thigh.to, shinAngle, L.shin * depth, W.shin, shinAngle + 90);
    const footAngle = shinAngle + 90 - (limb.ankle ?? 0);
    const foot = bone(shin.to, footAngle, L.foot * (limb.footDepth ?? 1), W.foot, footAngle + 90);
    return { thigh, shin, foot };
  };
  const arm = (limb: LimbAngles) => {
    const depth = limb.depth ?? 1;
    const upperAngle = down + limb.root;
    const foreAngle = upperAngle + limb.bend;
    // The palm side faces the forearm's front, or its back when the forearm is turned palm-down.
    const palm = limb.pronated ? -90 : 90;
    const handAngle = foreAngle + (limb.wrist ?? 0) * Math.sign(palm);
    const upperArm = bone(shoulder, upperAngle, L.upperArm * depth, W.upperArm, upperAngle + 90);
    const forearm = bone(upperArm.to, foreAngle, L.forearm * depth, W.forearm, foreAngle + palm);
    return { upperArm, forearm, hand: bone(forearm.to, handAngle, L.hand, W.hand, handAngle + palm) };
  };
  const neckAngle = pose.torso - (pose.neck ?? 0);
  const neck = bone(shoulder, neckAngle, L.neck, W.neck, neckAngle - 90);
  const nearLeg = leg(pose.nearLeg);
  const farLeg = leg(pose.farLeg);
  const nearArm = arm(pose.nearArm);
  const farArm = arm(pose.farArm);
  return {
    bones: {
      torso,
      neck,
      'near.thigh': nearLeg.thigh,
      'near.shin': nearLeg.shin,
      'near.foot': nearLeg.foot,
      'far.thigh': farLeg.thigh,
      'far.shin': farLeg.shin,
      'far.foot': farLeg.foot,
      'near.upperArm': nearArm.upperArm,
      'near.forearm': nearArm.forearm,
      'near.hand': nearArm.hand,
      'far.upperArm': farArm.upperArm,
      'far.forearm': farArm.forearm,
      'far.hand': farArm.hand,
    },
    head: { center: along(neck.to, neckAngle, L.headRadius), radius: L.headRadius },
  };
}

/**
 * The joint angles of `pose` outside the ranges a human joint allows, as readable problems. Seen
 * from above (`top`), the far limbs are the mirror image of the near ones across the body's line,
 * so their angles are checked mirrored. Seen from the front, a foreshortened limb (`depth` below 1)
 * points toward or away from the viewer, so its knee or elbow may show bent either way.
 */
export function poseProblems(pose: Pose, view: 'side' | 'front' | 'top' = 'side'): string[] {
  const problems: string[] = [];
  const check = (name: string, value: number | undefined, [min, max]: readonly [number, number]): void => {
    if (value === undefined) return;
    if (!Number.isFinite(value) || value < min || value > max) problems.push(`${name} ${value} is outside ${min}–${max}`);
  };
  check('neck', pose.neck, JOINT_RANGES.neck);
  for (const side of ['near', 'far'] as const) {
    const mirrored = view === 'top' && side === 'far' ? -1 : 1;
    const asSeen = (limb: LimbAngles): LimbAngles => {
      const eitherWay = view === 'front' && (limb.depth ?? 1) < 1;
      return { ...limb, root: limb.root * mirrored, bend: eitherWay ? Math.abs(limb.bend) : limb.bend * mirrored };
    };
    const leg = asSeen(side === 'near' ? pose.nearLeg : pose.farLeg);
    const arm = asSeen(side === 'near' ? pose.nearArm : pose.farArm);
    check(`${side} hip`, leg.root, JOINT_RANGES.hip);
    check(`${side} knee`, leg.bend, JOINT_RANGES.knee);
    check(`${side} ankle`, leg.ankle, JOINT_RANGES.ankle);
    check(`${side} leg depth`, leg.depth, JOINT_RANGES.depth);
    check(`${side} foot depth`, leg.footDepth, JOINT_RANGES.depth);
    check(`${side} wrist`, arm.wrist, JOINT_RANGES.wrist);
    check(`${side} shoulder`, arm.root, JOINT_RANGES.shoulder);
    check(`${side} elbow`, arm.bend, JOINT_RANGES.elbow);
    check(`${side} arm depth`, arm.depth, JOINT_RANGES.depth);
  }
  return problems;
}
