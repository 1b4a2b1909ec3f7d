/**
 * Lays out an exercise illustration from its data: the solved pose, the tool against the named
 * segment, the floor, wall or furniture the tool rests on, the worked area and the rolling arrow.
 * Pure: the result is plain coordinates in SVG space (y down) that one render function draws.
 */
import { along, solvePose, type Bone, type BoneName, type Figure, type Point, type Pose } from './pose.js';
import type { Tool } from './types.js';

/** What the tool rests on: the floor, a wall beside it, a table top, or a hand that holds it (a stick). */
export type ToolSurface = 'floor' | 'wall' | 'table' | 'held';

/** The part of the body that moves while rolling: all of it, or one limb turning at its root. */
export type MovingPart = 'body' | 'near.leg' | 'near.shin' | 'near.arm' | 'tool';

/** One exercise's picture, as data. */
export interface IllustrationData {
  /**
   * `side`: seen from the side (default); `front`: seen from the front (lying on one side, or
   * side-on to a wall); `top`: seen from above (lying face down with a leg out to the side). Seen
   * from the front or above, a bent limb that points toward the viewer may show bent either way.
   */
  view?: 'side' | 'front' | 'top';
  pose: Pose;
  /** Mirror the drawing (the figure faces left), e.g. lying face down with the head on the left. */
  flip?: boolean;
  /** The tool touches `bone` at `at` (0 at the bone's start, 1 at its end) on its `face` side. */
  tool: {
    bone: BoneName;
    at: number;
    face: 'front' | 'back';
    on: ToolSurface;
    /** Seen from above, a roller lies along this direction (degrees) under the bone instead of beside it. */
    lengthwise?: number;
    /**
     * Figure units the tool sits inside the silhouette's edge: it touches the near side of that face
     * (a ball beside the spine, not on it), so it is drawn over the body, overlapping its edge.
     */
    inset?: number;
  };
  /**
   * The worked area, in the accent colour: a stretch of one bone; with `face`, only that half of
   * its width (the back of the waist, not the belly).
   */
  work: { bone: BoneName; from: number; to: number; face?: 'front' | 'back' };
  /** Sitting on a chair: draw one under the hips. */
  chair?: boolean;
  /** The near arm rests on a table (the tool is held): draw one under that arm. */
  table?: boolean;
  /**
   * How the body moves along the tool in one pass: `travel` figure units along the worked bone
   * (sign: toward the bone's end), or `turn` degrees for a limb turning at its root.
   * Holds (pin and hold) lean in by a little instead and draw no arrow.
   */
  motion: { part: MovingPart; travel?: number; turn?: number };
}

/** A rounded stroke: a bone, the worked area, a piece of furniture. */
export interface Stroke {
  from: Point;
  to: Point;
  width: number;
}

export interface IllustrationScene {
  /** `x y width height` of the drawing. */
  viewBox: readonly [number, number, number, number];
  floorY: number;
  /** The wall's x, when the tool rests on a wall. */
  wallX?: number;
  /** Table and chair outlines. */
  furniture: Stroke[];
  /** The tool; `lengthwise` (degrees): a roller seen from above, lying along that direction. */
  tool: { kind: Tool; center: Point; radius: number; lengthwise?: number };
  /** No floor line: the figure is seen from above. */
  fromAbove: boolean;
  /** The tool touches the neck or a near limb: drawn over the trunk, under the near limbs. */
  toolOverTrunk: boolean;
  /** The tool sits on the near side of a face (`inset`): drawn over the whole figure. */
  toolOnTop: boolean;
  /** Drawn back to front: far limbs, then torso and head, then near limbs. */
  far: Stroke[];
  trunk: Stroke[];
  head: { center: Point; radius: number };
  /** Near limbs that stay put, and the ones that move (drawn about `pivot` when a limb moves). */
  near: Stroke[];
  movingLimb: Stroke[];
  work: Stroke;
  /** Which strokes move: `moving` names the part; `pivot` is the joint a limb turns at. */
  moving: MovingPart;
  pivot: Point;
  /** The motion of one pass, in SVG units and degrees (clockwise on screen). */
  shift: Point;
  turn: number;
  /** A double-headed arrow along the rolling direction; absent for holds. */
  arrow?: { from: Point; to: Point };
  flip: boolean;
}

/** Radii of the tools, in figure units (a foam roller ≈ 15 cm across, a massage ball ≈ 6–7 cm). */
export const TOOL_RADII: Record<Tool, number> = { 'foam-roller': 5.2, ball: 2.6, 'peanut-ball': 3, stick: 2.2 };

/** The frame every illustration shares, so figures keep one scale: 4:3, floor near the bottom. */
export const FRAME = { width: 140, height: 105, floorMargin: 7 } as const;

/** The bones of each moving limb; the first one's start is the joint it turns at. */
const LIMB_BONES: Record<Exclude<MovingPart, 'body' | 'tool'>, readonly BoneName[]> = {
  'near.leg': ['near.thigh', 'near.shin', 'near.foot'],
  'near.shin': ['near.shin', 'near.foot'],
  'near.arm': ['near.upperArm', 'near.forearm', 'near.hand'],
};
const HOLD_LEAN = 1.2;
/** The shortest rolling arrow, in figure units. */
const MIN_ARROW = 9;

const boneLength = (bone: Bone): number => Math.hypot(bone.to.x - bone.from.x, bone.to.y - bone.from.y);

/** The point at `t` of a bone, moved `offset` units out on its front (positive) or back. */
export function pointOn(bone: Bone, t: number, offset = 0): Point {
  const base = { x: bone.from.x + (bone.to.x - bone.from.x) * t, y: bone.from.y + (bone.to.y - bone.from.y) * t };
  return along(base, bone.front, offset);
}

/** Where the tool's centre sits for `data`, in figure space (hip at the origin, y up). */
export function toolCenter(figure: Figure, data: IllustrationData, kind: Tool): Point {
  const bone = figure.bones[data.tool.bone];
  if (data.tool.lengthwise !== undefined) return pointOn(bone, data.tool.at);
  const reach = bone.width / 2 + TOOL_RADII[kind] - (data.tool.inset ?? 0);
  return pointOn(bone, data.tool.at, data.tool.face === 'front' ? reach : -reach);
}

/** The lowest point of the feet and hands that rest on the floor (y up). */
function lowestPoint(figure: Figure): number {
  const bones = Object.values(figure.bones);
  return Math.min(...bones.flatMap((bone) => [bone.from.y - bone.width / 2, bone.to.y - bone.width / 2]));
}

/** How far the pose moves in one pass (y up), and how the worked bone slides over the tool. */
export function passMotion(figure: Figure, data: IllustrationData, kind: Tool): { shift: Point; turn: number } {
  const { travel, turn = 0 } = data.motion;
  if (travel === undefined) {
    if (turn !== 0 || data.motion.part !== 'body') return { shift: { x: 0, y: 0 }, turn };
    // A hold: lean a little onto the tool; on the floor, rock level (leaning down would sink into it).
    const center = toolCenter(figure, data, kind);
    const contact = pointOn(figure.bones[data.tool.bone], data.tool.at);
    const length = Math.hypot(center.x - contact.x, center.y - contact.y) || 1;
    const lean = { x: ((center.x - contact.x) / length) * HOLD_LEAN, y: ((center.y - contact.y) / length) * HOLD_LEAN };
    return { shift: data.tool.on === 'floor' ? { x: Math.sign(lean.x || 1) * HOLD_LEAN, y: 0 } : lean, turn: 0 };
  }
  const bone = figure.bones[data.work.bone];
  const direction = along({ x: 0, y: 0 }, bone.angle, travel);
  // A held tool or a body seen from above moves along the bone; on the floor or a table the body
  // glides level; against a wall it slides up and down.
  if (data.tool.on === 'held' || data.tool.lengthwise !== undefined) return { shift: direction, turn: 0 };
  if (data.tool.on === 'wall') return { shift: { x: 0, y: direction.y }, turn: 0 };
  return { shift: { x: direction.x, y: 0 }, turn: 0 };
}

/**
 * Where on the worked bone the tool touches at the start and the end of a pass (0–1), for the
 * checks that keep joints and avoid zones out from under the tool.
 */
export function contactRange(data: IllustrationData, kind: Tool): [number, number] {
  const figure = solvePose(data.pose);
  const bone = figure.bones[data.tool.bone];
  const { shift, turn } = passMotion(figure, data, kind);
  const length = Math.hypot(bone.to.x - bone.from.x, bone.to.y - bone.from.y);
  const unit = { x: (bone.to.x - bone.from.x) / length, y: (bone.to.y - bone.from.y) / length };
  // The tool stays put while the body moves, so relative to the bone it moves the other way;
  // a held tool moves itself.
  const sign = data.motion.part === 'tool' ? 1 : -1;
  let slide = (sign * (shift.x * unit.x + shift.y * unit.y)) / length;
  if (turn !== 0) {
    // A limb turning at its root: in the limb's frame the tool turns the other way about the root.
    const center = toolCenter(figure, data, kind);
    const root = pivotOf(figure, data.motion.part);
    const turned = rotateAbout(center, root, -turn);
    slide = ((turned.x - center.x) * unit.x + (turned.y - center.y) * unit.y) / length;
  }
  const start = data.tool.at;
  return [Math.min(start, start + slide), Math.max(start, start + slide)];
}

/** The joint the moving part turns at (the hip for the whole body). */
function pivotOf(figure: Figure, part: MovingPart): Point {
  return part === 'body' || part === 'tool' ? figure.bones.torso.from : figure.bones[LIMB_BONES[part][0]].from;
}

function rotateAbout(point: Point, pivot: Point, degrees: number): Point {
  const angle = (degrees * Math.PI) / 180;
  const x = point.x - pivot.x;
  const y = point.y - pivot.y;
  return { x: pivot.x + x * Math.cos(angle) - y * Math.sin(angle), y: pivot.y + x * Math.sin(angle) + y * Math.cos(angle) };
}

/**
 * Lays out `data` with `kind` of tool for drawing: SVG coordinates, floor at y = 0. `rolling`: the
 * exercise rolls (pace above 0), so an arrow shows the direction.
 */
export function layoutIllustration(data: IllustrationData, kind: Tool, rolling: boolean): IllustrationScene {
  const figure = solvePose(data.pose);
  const radius = TOOL_RADII[kind];
  const center = toolCenter(figure, data, kind);
  const furniture: Stroke[] = [];
  // Place the figure so the tool rests on its surface; the floor is under the lowest point.
  let dx = 0;
  let dy: number;
  let wallX: number | undefined;
  const fromAbove = data.view === 'top';
  if (fromAbove) {
    // Seen from above there is no floor line: centre the drawing in the frame.
    const ys = Object.values(figure.bones).flatMap((b) => [b.from.y, b.to.y]);
    dy = FRAME.height / 2 - FRAME.floorMargin - (Math.min(...ys) + Math.max(...ys)) / 2;
  } else if (data.tool.on === 'floor') {
    dy = radius - center.y;
  } else {
    dy = -lowestPoint(figure);
  }
  if (data.tool.on === 'wall') {
    // The wall is on the far side of the tool from the body.
    const contact = pointOn(figure.bones[data.tool.bone], data.tool.at);
    const side = Math.sign(center.x - contact.x) || 1;
    wallX = center.x + side * radius;
    dx = -wallX;
    wallX = 0;
  }
  const place = (point: Point): Point => ({ x: point.x + dx, y: -(point.y + dy) });
  const stroke = (bone: Bone): Stroke => ({ from: place(bone.from), to: place(bone.to), width: bone.width });
  const toolAt = place(center);
  if (data.tool.on === 'table') {
    const top = toolAt.y + radius;
    const forearm = figure.bones[data.tool.bone];
    const reach = Math.max(place(forearm.from).x, place(forearm.to).x, toolAt.x) + 8;
    furniture.push({ from: { x: toolAt.x - 14, y: top + 1 }, to: { x: reach, y: top + 1 }, width: 2 });
    furniture.push({ from: { x: reach - 4, y: top + 1 }, to: { x: reach - 4, y: 0 }, width: 2 });
  }
  if (data.table) {
    // The table top just under the lowest point of the resting arm.
    const arm = (['near.upperArm', 'near.forearm', 'near.hand'] as const).map((name) => stroke(figure.bones[name]));
    const top = Math.max(...arm.flatMap((s) => [s.from.y + s.width / 2, s.to.y + s.width / 2]));
    const xs = arm.flatMap((s) => [s.from.x, s.to.x]);
    const reach = Math.max(...xs) + 6;
    furniture.push({ from: { x: Math.min(...xs) - 2, y: top + 1 }, to: { x: reach, y: top + 1 }, width: 2 });
    furniture.push({ from: { x: reach - 4, y: top + 1 }, to: { x: reach - 4, y: 0 }, width: 2 });
  }
  if (data.chair) {
    const hip = place(figure.bones.torso.from);
    const seat = hip.y + figure.bones['near.thigh'].width / 2 + 1;
    furniture.push({ from: { x: hip.x - 9, y: seat }, to: { x: hip.x + 12, y: seat }, width: 2 });
    furniture.push({ from: { x: hip.x - 9, y: seat }, to: { x: hip.x - 9, y: 0 }, width: 2 });
    furniture.push({ from: { x: hip.x + 10, y: seat }, to: { x: hip.x + 10, y: 0 }, width: 2 });
    furniture.push({ from: { x: hip.x - 9, y: seat }, to: { x: hip.x - 11, y: seat - 26 }, width: 2 });
  }
  const names = (predicate: (name: BoneName) => boolean): Stroke[] =>
    (Object.keys(figure.bones) as BoneName[]).filter(predicate).map((name) => stroke(figure.bones[name]));
  const workBone = figure.bones[data.work.bone];
  const half = data.work.face === undefined ? 0 : data.work.face === 'front' ? 1 : -1;
  const work: Stroke = {
    from: place(pointOn(workBone, data.work.from, (half * workBone.width) / 4)),
    to: place(pointOn(workBone, data.work.to, (half * workBone.width) / 4)),
    width: (half ? workBone.width / 2 : workBone.width) - 1.2,
  };
  const { shift, turn } = passMotion(figure, data, kind);
  const svgShift = { x: shift.x, y: -shift.y };
  let arrow: IllustrationScene['arrow'];
  if (rolling) {
    // Beside the worked area, on the side away from the tool, pointing along the pass.
    const away = data.tool.face === 'front' ? -1 : 1;
    const offset = away * (workBone.width / 2 + 4.5);
    // At least MIN_ARROW long, so a short stretch still shows its direction.
    const stretch = Math.max(data.work.to - data.work.from, MIN_ARROW / boneLength(workBone));
    const middle = (data.work.from + data.work.to) / 2;
    arrow = {
      from: place(pointOn(workBone, middle - stretch / 2, offset)),
      to: place(pointOn(workBone, middle + stretch / 2, offset)),
    };
  }
  const part = data.motion.part;
  const limb: readonly BoneName[] = part === 'body' || part === 'tool' ? [] : LIMB_BONES[part];
  const head = { center: place(figure.head.center), radius: figure.head.radius };
  const scene: Omit<IllustrationScene, 'viewBox'> = {
    floorY: 0,
    wallX,
    furniture,
    tool: { kind, center: toolAt, radius, lengthwise: data.tool.lengthwise === undefined ? undefined : -data.tool.lengthwise },
    fromAbove,
    toolOverTrunk: data.tool.bone === 'neck' || data.tool.bone.startsWith('near.'),
    toolOnTop: (data.tool.inset ?? 0) > 0,
    far: names((name) => name.startsWith('far.')),
    trunk: names((name) => name === 'torso' || name === 'neck'),
    head,
    near: names((name) => name.startsWith('near.') && !limb.includes(name)),
    movingLimb: limb.map((name) => stroke(figure.bones[name])),
    work,
    moving: data.motion.part,
    pivot: place(pivotOf(figure, data.motion.part)),
    shift: svgShift,
    turn: -turn,
    arrow,
    flip: data.flip ?? false,
  };
  return { ...scene, viewBox: frameFor(scene) };
}

/** The shared 4:3 frame, centred on the drawing, with the floor near the bottom edge. */
function frameFor(scene: Omit<IllustrationScene, 'viewBox'>): [number, number, number, number] {
  const strokes = [...scene.far, ...scene.trunk, ...scene.near, ...scene.movingLimb, ...scene.furniture];
  const xs = strokes.flatMap((s) => [s.from.x, s.to.x]);
  xs.push(scene.head.center.x, scene.tool.center.x);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const middle = (left + right) / 2;
  return [round(middle - FRAME.width / 2), FRAME.floorMargin - FRAME.height, FRAME.width, FRAME.height];
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The same picture mirrored left to right: the other side worked. */
export function mirrorScene(scene: IllustrationScene): IllustrationScene {
  return { ...scene, flip: !scene.flip };
}
