/**
 * The exercise illustrations as data: each catalog exercise's pose on its first tool, where the
 * tool touches the body, the worked area and how the body moves in one pass. The position in words
 * (the picture's text alternative) is in `illustration-text.ts`. Drawn by one render function; see
 * core/illustration.ts. The worked side is the near side; `<smr-illustration side="left">` mirrors
 * the drawing.
 *
 * Conventions the poses rely on:
 * - Lying on one side (`view: 'front'`) is posed head-left, so the torso's front normal points up
 *   and the top leg's knee bends up with its foot planted in front (a knee bends one way only), and
 *   then mirrored (`flip`) so the head is on the right like the other floor pictures. The tool under
 *   the body therefore touches the `back` face of the torso or leg, whichever side faces the floor.
 * - Hands, forearms and feet that rest on the floor touch the floor line (a flat foot sits 0.5 above
 *   it, so the wider shin's rounded end at the ankle dips less than 0.8 below).
 * - Table and sole rolls move the ball (`part: 'tool'`), so the body does not slide over the chair.
 */
import type { IllustrationData } from '../core/illustration.js';

export const illustrations: Readonly<Record<string, IllustrationData>> = {
  'plantar-fascia': {
    pose: {
      torso: 92,
      neck: 15,
      nearLeg: { root: 99, bend: 91, ankle: 10 },
      farLeg: { root: 86, bend: 107, ankle: -19 },
      nearArm: { root: -10, bend: 91 },
      farArm: { root: -10, bend: 90 },
    },
    chair: true,
    tool: { bone: 'near.foot', at: 0.18, face: 'back', on: 'floor' },
    work: { bone: 'near.foot', from: 0.1, to: 0.8 },
    motion: { part: 'tool', travel: 4.5 },
  },
  calves: {
    pose: {
      torso: 122,
      neck: 20,
      nearLeg: { root: 65, bend: 0, ankle: 25 },
      // Legs long, as the set-up says: the other leg lies beside it.
      farLeg: { root: 65, bend: 0, ankle: 25 },
      nearArm: { root: -62, bend: 0 },
      farArm: { root: -62, bend: 0 },
    },
    tool: { bone: 'near.shin', at: 0.2, face: 'back', on: 'floor' },
    work: { bone: 'near.shin', from: 0.15, to: 0.78 },
    motion: { part: 'body', travel: -11 },
  },
  'tibialis-anterior': {
    pose: {
      torso: 12,
      neck: -10,
      nearLeg: { root: 126, bend: 138, ankle: 45 },
      farLeg: { root: 78, bend: 94, ankle: 55 },
      nearArm: { root: 101, bend: 0 },
      farArm: { root: 103, bend: 1 },
    },
    tool: { bone: 'near.shin', at: 0.22, face: 'front', on: 'floor' },
    work: { bone: 'near.shin', from: 0.18, to: 0.8 },
    motion: { part: 'body', travel: -12 },
  },
  peroneals: {
    view: 'front',
    flip: true,
    pose: {
      torso: 165,
      neck: 0,
      nearLeg: { root: 17, bend: 0, ankle: 50, footDepth: 0.5 },
      farLeg: { root: 47, bend: 140, ankle: -18, depth: 1 },
      nearArm: { root: -65, bend: -95, depth: 0.95 },
      farArm: { root: 10, bend: 0 },
    },
    tool: { bone: 'near.shin', at: 0.27, face: 'back', on: 'floor' },
    work: { bone: 'near.shin', from: 0.22, to: 0.82 },
    motion: { part: 'body', travel: -11.5 },
  },
  hamstrings: {
    pose: {
      torso: 125,
      neck: 20,
      nearLeg: { root: 55, bend: 0, ankle: 20 },
      farLeg: { root: 84, bend: 119, ankle: 0 },
      nearArm: { root: -22, bend: 0 },
      farArm: { root: -22, bend: 0 },
    },
    tool: { bone: 'near.thigh', at: 0.2, face: 'back', on: 'floor' },
    work: { bone: 'near.thigh', from: 0.15, to: 0.78 },
    motion: { part: 'body', travel: -13 },
  },
  quadriceps: {
    pose: {
      torso: 11,
      neck: -15,
      nearLeg: { root: -10, bend: 0, ankle: 45 },
      farLeg: { root: 108, bend: 160, ankle: 55, depth: 0.45 },
      nearArm: { root: 79, bend: 89 },
      farArm: { root: 85, bend: 83 },
    },
    tool: { bone: 'near.thigh', at: 0.16, face: 'front', on: 'floor' },
    work: { bone: 'near.thigh', from: 0.12, to: 0.72 },
    motion: { part: 'body', travel: -13 },
  },
  'it-band': {
    view: 'front',
    flip: true,
    pose: {
      torso: 168,
      neck: 0,
      nearLeg: { root: 12, bend: 0, ankle: 50, footDepth: 0.5 },
      farLeg: { root: 41, bend: 123, ankle: -4, depth: 1 },
      nearArm: { root: -65, bend: -95, depth: 0.95 },
      farArm: { root: 10, bend: 0 },
    },
    tool: { bone: 'near.thigh', at: 0.22, face: 'back', on: 'floor' },
    work: { bone: 'near.thigh', from: 0.18, to: 0.8 },
    motion: { part: 'body', travel: -12.5 },
  },
  tfl: {
    pose: {
      torso: 22,
      neck: -15,
      nearLeg: { root: -20, bend: 0, ankle: 55 },
      farLeg: { root: 121, bend: 160, ankle: 55, depth: 0.4 },
      nearArm: { root: 68, bend: 88 },
      farArm: { root: 68, bend: 88 },
    },
    tool: { bone: 'near.thigh', at: 0.1, face: 'front', on: 'floor' },
    work: { bone: 'near.thigh', from: 0.06, to: 0.24 },
    motion: { part: 'body', travel: -3 },
  },
  adductors: {
    view: 'top',
    pose: {
      torso: 0,
      neck: 0,
      nearLeg: { root: 100, bend: 95, ankle: 30 },
      farLeg: { root: 0, bend: 0, ankle: 55 },
      nearArm: { root: 65, bend: 115, depth: 0.6 },
      // Seen from above, the far arm is the near one's mirror image.
      farArm: { root: -65, bend: -115, depth: 0.6 },
    },
    tool: { bone: 'near.thigh', at: 0.8, face: 'back', on: 'floor', lengthwise: 0 },
    work: { bone: 'near.thigh', from: 0.32, to: 0.84 },
    motion: { part: 'body', travel: 11 },
  },
  'glute-max': {
    pose: {
      torso: 126,
      neck: 20,
      nearLeg: { root: 120, bend: 36, ankle: 0, depth: 0.63 },
      farLeg: { root: 92, bend: 117, ankle: 11 },
      nearArm: { root: -65, bend: 0 },
      farArm: { root: -65, bend: 0 },
    },
    tool: { bone: 'torso', at: 0.05, face: 'back', on: 'floor' },
    work: { bone: 'torso', from: 0, to: 0.16 },
    motion: { part: 'body', travel: -3 },
  },
  'glute-med': {
    view: 'front',
    flip: true,
    pose: {
      torso: 169,
      neck: 0,
      nearLeg: { root: 13, bend: 22, ankle: 50, footDepth: 0.5 },
      farLeg: { root: 51, bend: 136, ankle: -7, depth: 1 },
      nearArm: { root: -65, bend: -97, depth: 0.74 },
      farArm: { root: 10, bend: 0 },
    },
    tool: { bone: 'torso', at: 0.16, face: 'back', on: 'floor' },
    work: { bone: 'torso', from: 0.02, to: 0.2 },
    motion: { part: 'body', travel: 2.5 },
  },
  piriformis: {
    pose: {
      torso: 122,
      neck: 20,
      nearLeg: { root: 120, bend: 30, ankle: 0, depth: 0.65 },
      farLeg: { root: 99, bend: 98, ankle: 33 },
      nearArm: { root: -65, bend: 0, depth: 0.95 },
      farArm: { root: -65, bend: 0, depth: 0.95 },
    },
    tool: { bone: 'torso', at: 0.03, face: 'back', on: 'floor' },
    work: { bone: 'torso', from: 0, to: 0.12 },
    motion: { part: 'body' },
  },
  'hip-flexors': {
    pose: {
      torso: 11,
      neck: -15,
      nearLeg: { root: -11, bend: 0, ankle: 45 },
      farLeg: { root: -5, bend: 0, ankle: 45 },
      nearArm: { root: 79, bend: 89 },
      farArm: { root: 73, bend: 95 },
    },
    tool: { bone: 'near.thigh', at: 0.12, face: 'front', on: 'floor' },
    work: { bone: 'near.thigh', from: 0.08, to: 0.36 },
    motion: { part: 'body', travel: -5.5 },
  },
  'quadratus-lumborum': {
    pose: {
      torso: 96,
      neck: 5,
      nearLeg: { root: 8, bend: 8, ankle: 0 },
      farLeg: { root: 8, bend: 8, ankle: 0 },
      nearArm: { root: 5, bend: 15 },
      farArm: { root: 5, bend: 15 },
    },
    // On the near side of the back, beside the spine (not on it): drawn over the body's edge.
    tool: { bone: 'torso', at: 0.3, face: 'back', on: 'wall', inset: 2 },
    work: { bone: 'torso', from: 0.22, to: 0.4, face: 'back' },
    motion: { part: 'body' },
  },
  'thoracic-spine': {
    pose: {
      torso: 166,
      neck: 5,
      nearLeg: { root: 49, bend: 119, ankle: 6 },
      farLeg: { root: 49, bend: 119, ankle: 6 },
      nearArm: { root: 100, bend: 151 },
      farArm: { root: 100, bend: 151 },
    },
    tool: { bone: 'torso', at: 0.62, face: 'back', on: 'floor' },
    work: { bone: 'torso', from: 0.55, to: 0.92 },
    motion: { part: 'body', travel: -8 },
  },
  lats: {
    view: 'front',
    flip: true,
    pose: {
      torso: 172,
      neck: 0,
      nearLeg: { root: -5, bend: 5, ankle: 40, depth: 0.85 },
      farLeg: { root: 36, bend: 129, ankle: -10, depth: 1 },
      nearArm: { root: 185, bend: 60 },
      farArm: { root: 10, bend: 0 },
    },
    tool: { bone: 'torso', at: 0.6, face: 'back', on: 'floor' },
    work: { bone: 'torso', from: 0.55, to: 0.9 },
    motion: { part: 'body', travel: -7 },
  },
  serratus: {
    view: 'front',
    pose: {
      torso: 88,
      neck: -5,
      nearLeg: { root: -10, bend: 0, ankle: 0, depth: 0.9 },
      farLeg: { root: 2, bend: 0, ankle: 0, depth: 0.9 },
      nearArm: { root: -15, bend: 10 },
      farArm: { root: 150, bend: 40, depth: 0.6 },
    },
    tool: { bone: 'torso', at: 0.74, face: 'front', on: 'wall' },
    work: { bone: 'torso', from: 0.6, to: 0.84 },
    motion: { part: 'tool', travel: -3 },
  },
  rhomboids: {
    pose: {
      torso: 96,
      neck: 10,
      nearLeg: { root: 10, bend: 10, ankle: 0 },
      farLeg: { root: 10, bend: 10, ankle: 0 },
      nearArm: { root: 40, bend: 120, depth: 0.8 },
      farArm: { root: 45, bend: 120, depth: 0.8 },
    },
    tool: { bone: 'torso', at: 0.86, face: 'back', on: 'wall' },
    work: { bone: 'torso', from: 0.68, to: 0.94 },
    motion: { part: 'tool', travel: -4 },
  },
  'upper-trapezius': {
    pose: {
      torso: 96,
      neck: 10,
      nearLeg: { root: 10, bend: 10, ankle: 0 },
      farLeg: { root: 10, bend: 10, ankle: 0 },
      nearArm: { root: 5, bend: 10 },
      farArm: { root: 5, bend: 10 },
    },
    tool: { bone: 'torso', at: 0.98, face: 'back', on: 'wall' },
    work: { bone: 'torso', from: 0.9, to: 1 },
    motion: { part: 'body' },
  },
  neck: {
    pose: {
      torso: 182,
      neck: 22,
      nearLeg: { root: 43, bend: 112, ankle: 23 },
      farLeg: { root: 43, bend: 112, ankle: 23 },
      nearArm: { root: -9, bend: 0 },
      farArm: { root: -9, bend: 0 },
    },
    tool: { bone: 'neck', at: 1, face: 'back', on: 'floor' },
    work: { bone: 'neck', from: 0.2, to: 1 },
    motion: { part: 'body' },
  },
  pecs: {
    pose: {
      torso: 84,
      neck: 5,
      nearLeg: { root: -8, bend: 5, ankle: 0 },
      farLeg: { root: -8, bend: 5, ankle: 0 },
      nearArm: { root: 8, bend: 10 },
      farArm: { root: 0, bend: 10 },
    },
    tool: { bone: 'torso', at: 0.84, face: 'front', on: 'wall' },
    work: { bone: 'torso', from: 0.74, to: 0.92 },
    motion: { part: 'body' },
  },
  'front-deltoid': {
    pose: {
      torso: 84,
      neck: 5,
      nearLeg: { root: -6, bend: 5, ankle: 0 },
      farLeg: { root: -6, bend: 5, ankle: 0 },
      nearArm: { root: 12, bend: 0 },
      farArm: { root: 0, bend: 10 },
    },
    tool: { bone: 'near.upperArm', at: 0.28, face: 'front', on: 'wall' },
    work: { bone: 'near.upperArm', from: 0.08, to: 0.4 },
    motion: { part: 'body' },
  },
  infraspinatus: {
    pose: {
      torso: 96,
      neck: 5,
      nearLeg: { root: 10, bend: 10, ankle: 0 },
      farLeg: { root: 10, bend: 10, ankle: 0 },
      nearArm: { root: 0, bend: 90 },
      farArm: { root: 5, bend: 15 },
    },
    tool: { bone: 'torso', at: 0.82, face: 'back', on: 'wall' },
    work: { bone: 'torso', from: 0.72, to: 0.89 },
    motion: { part: 'body' },
  },
  'rear-deltoid': {
    pose: {
      torso: 94,
      neck: 5,
      nearLeg: { root: 10, bend: 10, ankle: 0 },
      farLeg: { root: 10, bend: 10, ankle: 0 },
      nearArm: { root: -15, bend: 60 },
      farArm: { root: 0, bend: 10 },
    },
    tool: { bone: 'near.upperArm', at: 0.14, face: 'back', on: 'wall' },
    work: { bone: 'near.upperArm', from: 0.06, to: 0.24 },
    motion: { part: 'body' },
  },
  teres: {
    view: 'front',
    flip: true,
    pose: {
      torso: 169,
      neck: 0,
      nearLeg: { root: 7, bend: 2, ankle: 40, depth: 0.85 },
      farLeg: { root: 64, bend: 135, ankle: 7, depth: 1 },
      nearArm: { root: 185, bend: 44 },
      farArm: { root: 10, bend: 0 },
    },
    tool: { bone: 'torso', at: 0.8, face: 'back', on: 'floor' },
    work: { bone: 'torso', from: 0.72, to: 0.88 },
    motion: { part: 'body' },
  },
  'forearm-flexors': {
    pose: {
      torso: 95,
      neck: 20,
      nearLeg: { root: 85, bend: 91, ankle: 0 },
      farLeg: { root: 85, bend: 91, ankle: 0 },
      // Palm down: the palm side meets the ball and the relaxed hand drops toward the table.
      nearArm: { root: 38, bend: 47, pronated: true, wrist: 35 },
      farArm: { root: 33, bend: 50, depth: 0.6 },
    },
    chair: true,
    tool: { bone: 'near.forearm', at: 0.22, face: 'front', on: 'table' },
    work: { bone: 'near.forearm', from: 0.2, to: 0.8 },
    motion: { part: 'tool', travel: 7.5 },
  },
  'forearm-extensors': {
    pose: {
      torso: 95,
      neck: 20,
      nearLeg: { root: 85, bend: 91, ankle: 0 },
      farLeg: { root: 85, bend: 91, ankle: 0 },
      // Palm up: the back of the forearm meets the ball and the open hand curls up.
      nearArm: { root: 38, bend: 47, wrist: 40 },
      farArm: { root: 33, bend: 50, depth: 0.6 },
    },
    chair: true,
    tool: { bone: 'near.forearm', at: 0.22, face: 'back', on: 'table' },
    work: { bone: 'near.forearm', from: 0.2, to: 0.8 },
    motion: { part: 'tool', travel: 7.5 },
  },
  biceps: {
    pose: {
      // Leaning forward at a table, the arm reaching forward onto it palm up; the other hand holds
      // the stick across the front of the upper arm.
      torso: 65,
      neck: -20,
      nearLeg: { root: 115, bend: 91, ankle: 0 },
      farLeg: { root: 115, bend: 91, ankle: 0 },
      nearArm: { root: 75, bend: 40 },
      farArm: { root: 41, bend: 146, depth: 0.7 },
    },
    chair: true,
    table: true,
    tool: { bone: 'near.upperArm', at: 0.3, face: 'front', on: 'held' },
    work: { bone: 'near.upperArm', from: 0.25, to: 0.8 },
    motion: { part: 'tool', travel: 7.5 },
  },
  triceps: {
    view: 'front',
    flip: true,
    pose: {
      torso: 171,
      neck: 30,
      nearLeg: { root: 4, bend: 2, ankle: 40, depth: 0.85 },
      farLeg: { root: 59, bend: 135, ankle: 5, depth: 1 },
      nearArm: { root: 185, bend: 40 },
      farArm: { root: 10, bend: 0 },
    },
    tool: { bone: 'near.upperArm', at: 0.78, face: 'front', on: 'floor' },
    work: { bone: 'near.upperArm', from: 0.25, to: 0.82 },
    motion: { part: 'body', travel: 9 },
  },
};
