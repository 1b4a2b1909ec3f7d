/**
 * Body-map drawing data for `<smr-body-map>`: an original, stylised, gender-neutral adult figure
 * (about eight heads tall) seen from the front and from the back, plus one or more shapes per
 * selectable region and per avoid zone. Pure data: no DOM, no Lit.
 *
 * Coordinates are in the shared viewBox; the figure is symmetric about x = 100. On the front view
 * the figure's right side is on the viewer's left; on the back view it is on the viewer's right.
 */
import type { AvoidZoneId, RegionId } from '../core/types.js';

export type BodyView = 'front' | 'back';

/** One drawn area. A region may have several shapes; a limb's is drawn once per side. */
export interface BodyShape {
  id: RegionId | AvoidZoneId;
  view: BodyView;
  /** SVG path data in `BODY_VIEWBOX` coordinates. */
  d: string;
  /** Also drawn mirrored about x = 100, for the other side. */
  mirrored?: boolean;
}

/** viewBox shared by both views. */
export const BODY_VIEWBOX = '0 0 200 480';

/** The silhouette is the same from the front and from the back. */
const SILHOUETTE =
  'M100 10c4 0 8.8 .7 12 3s5.6 7 7 11s1.6 8.7 1.5 13s-1 9.2-2 13s-2.4 7.2-4 10s-4.8 4.3-5.5 6.5s.6 4.4 1 6.5s.3 4.2 1.5 6s2.4 3.6 5.5 5s8.8 2.4 13 3.5s8.6 1.7 12 3s6.2 2.6 8.5 5s3.7 5.1 5 9.5s1.8 10.3 3 17s2.7 15.3 4 23s2.5 15.7 4 23s3.6 14.5 5 21s2.3 11.5 3.5 18s2.8 15 3.5 21s.3 10.7 1 15s2.2 7 3 11s1.8 8.8 2 13s-.2 8.6-1 12s-2.5 7.2-4 8.5s-3.7 .8-5-.5s-2.3-3.7-3-7s-.7-8.8-1-13s-.6-8.3-1-12s-.8-5-1.5-10s-1.7-13.3-3-20s-3.4-14-5-20s-3.3-11.5-4.5-16s-1.7-6.2-2.5-11s-1.3-11.5-2.5-18s-3-15-4.5-21s-2.8-11-4.5-15s-4.6-7.5-5.5-9c-.4 2-1.7 6.7-2.5 12s-1.6 13.2-2.5 20s-2.5 14.7-3 21s-.6 11.3 0 17s2.2 11.2 3.5 17s3.1 11.7 4 18s1.2 12.5 1.5 20s.8 15.8 .5 25s-1 20-2 30s-2.8 21.5-4 30s-2.9 14.2-3 21s1.8 13.2 2.5 20s1.9 13.7 1.5 21s-2.7 15.5-4 23s-3.2 16.3-4 22s-1.4 8.2-1 12s2.3 7.5 3.5 11s3.2 7.2 3.5 10s-.2 5.5-2 7s-5.7 1.8-8.5 2s-6.6 .5-8.5-.5s-2.6-2.6-3-5.5s.2-8 .5-12s1.4-6 1.5-12s-.2-16.2-1-24s-2.8-15.7-3.5-23s-.7-13.5-.5-21s1.6-16.3 1.5-24s-1.2-13.3-2-22s-1.8-20-2.5-30s-1.3-21.5-1.7-30s-.7-17.5-.8-21c-.1 3.5-.4 12.5-.8 21s-1 20-1.7 30s-1.8 21.3-2.5 30s-1.9 14.3-2 22s1.3 16.5 1.5 24s.2 13.7-.5 21s-2.8 15.2-3.5 23s-1.1 18-1 24s1.2 8 1.5 12s.9 9.1 .5 12s-1.1 4.5-3 5.5s-5.7 .8-8.5 .5s-6.8-.5-8.5-2s-2.2-4.2-2-7s2.3-6.5 3.5-10s3.1-7.2 3.5-11s-.2-6.3-1-12s-2.7-14.5-4-22s-3.6-15.7-4-23s.8-14.2 1.5-21s2.6-13.2 2.5-20s-1.8-12.5-3-21s-3-20-4-30s-1.8-20.8-2-30s.2-17.5 .5-25s.6-13.7 1.5-20s2.8-12.2 4-18s2.9-11.3 3.5-17s.5-10.7 0-17s-2.1-14.2-3-21s-1.7-14.7-2.5-20s-2.1-10-2.5-12c-.9 1.5-3.8 5-5.5 9s-3 9-4.5 15s-3.3 14.5-4.5 21s-1.7 13.2-2.5 18s-1.3 6.5-2.5 11s-2.9 10-4.5 16s-3.7 13.3-5 20s-2.2 15-3 20s-1.1 6.3-1.5 10s-.7 7.8-1 12s-.3 9.7-1 13s-1.7 5.8-3 7s-3.5 1.8-5 .5s-3.2-5.1-4-8.5s-1.2-7.8-1-12s1.2-9 2-13s2.3-6.7 3-11s.2-9 1-15s2.3-14.5 3.5-21s2.1-11.5 3.5-18s3.5-13.7 5-21s2.7-15.3 4-23s2.8-16.3 4-23s1.7-12.6 3-17s2.8-7.1 5-9.5s5.1-3.7 8.5-5s7.8-1.9 12-3s9.9-2.1 13-3.5s4.3-3.2 5.5-5s1.1-3.9 1.5-6s1.8-4.3 1-6.5s-3.9-3.8-5.5-6.5s-3-6.2-4-10s-1.9-8.7-2-13s.1-9 1.5-13s3.8-8.7 7-11s8-3 12-3z';

/** Silhouette of the whole figure for each view. */
export const bodyOutline: Readonly<Record<BodyView, string>> = {
  front: SILHOUETTE,
  back: SILHOUETTE,
};

/**
 * Subtle interior guide lines, drawn as strokes only (no fill). Front: collarbones, sternum,
 * kneecaps, shin crests. Back: spine, gluteal cleft and folds, spines of the shoulder blades.
 */
export const bodyDetails: Readonly<Record<BodyView, string>> = {
  front:
    'M103 88c1.5 .1 5.8 .2 9 .5s5.8 .2 10 1s12.5 2.9 15 3.5 M97 88c-1.5 .1-5.8 .2-9 .5s-5.8 .2-10 1s-12.5 2.9-15 3.5 M100 92l0 40 M113 347c.8-1.8 3-3.5 4.5-3.5s3.7 1.8 4.5 3.5s1.2 5 .5 7s-3.3 5-5 5s-4.2-3-5-5s-.3-5.2 .5-7z M87 347c-.8-1.8-3-3.5-4.5-3.5s-3.7 1.8-4.5 3.5s-1.2 5-.5 7s3.3 5 5 5s4.2-3 5-5s.3-5.2-.5-7z M113.5 386c-.2 4-.9 16.7-1 24s.4 16.7 .5 20 M86.5 386c.2 4 .9 16.7 1 24s-.4 16.7-.5 20',
  back: 'M100 86l0 150 M100 240l0 24 M103 270.5c1.5 .7 5.5 3.4 9 4s8.5 .4 12-.5s7.5-4.2 9-5 M97 270.5c-1.5 .7-5.5 3.4-9 4s-8.5 .4-12-.5s-7.5-4.2-9-5 M119 101c1.5-.3 5.5-1.8 9-2s10 .4 12 .5 M81 101c-1.5-.3-5.5-1.8-9-2s-10 .4-12 .5',
};

/**
 * Every region and avoid zone, drawn on the view where it is seen. A shape marked `mirrored` is
 * also drawn mirrored about the figure's axis (x = 100): the limb or muscle of the other side.
 */
export const regionShapes: readonly BodyShape[] = [
  {
    id: 'pecs',
    view: 'front',
    mirrored: true,
    d: 'M104 97c1.9-2.4 7.5-2.6 11-2.5s7.8 1.4 10 3s3.3 3.4 3.5 6.5s-.2 8.8-2.5 12s-7.5 6.7-11 7.5s-8.1-.1-10-2.5s-1.3-8-1.5-12s-1.4-9.6 .5-12z',
  },
  {
    id: 'biceps',
    view: 'front',
    mirrored: true,
    d: 'M149 121c1.2-.3 4.3 1 6 5s3.1 13 4 19s1.8 13.2 1.5 17s-1.8 6.2-3 6s-2.8-2.8-4-7s-2.5-12.5-3.5-18s-2.3-11.3-2.5-15s.2-6.7 1.5-7z',
  },
  {
    id: 'forearm-flexors',
    view: 'front',
    mirrored: true,
    d: 'M160.5 188c.8-2.2 3.7-2.3 5.5-.5s4 5.9 5.5 11.5s3 16.2 3.5 22s.2 10.8-.5 13s-2.6 2.7-4 0s-3-10.5-4.5-16s-3.6-12-4.5-17s-1.8-10.8-1-13z',
  },
  {
    id: 'hip-flexors',
    view: 'front',
    mirrored: true,
    d: 'M122.5 209.5c1.3 .2 3.2 2.7 3 5.5s-2.4 8.2-4.5 11.5s-5.9 7.2-8 8.5s-4.2 .8-4.5-1s1.5-6.6 3-10s4.2-8.1 6-10.5s3.7-4.2 5-4z',
  },
  {
    id: 'tfl',
    view: 'front',
    mirrored: true,
    d: 'M128 212c.9-2.3 3 .3 4 3s1.8 8.5 2 13s-.2 11.5-1 14s-2.4 3.2-3.5 1s-2.8-8.8-3-14s.6-14.7 1.5-17z',
  },
  {
    id: 'quadriceps',
    view: 'front',
    mirrored: true,
    d: 'M124 243c1.4-.7 2.9 2.2 3.5 7s.4 13.2 0 22s-1.5 21.7-2.5 31s-2.2 19.3-3.5 25s-3 7.8-4.5 9s-3.5 1.2-4.5-2s-1.2-10.2-1.5-17s-.5-16.3 0-24s1.7-15.3 3-22s3.3-13.2 5-18s3.6-10.3 5-11z',
  },
  {
    id: 'adductors',
    view: 'front',
    mirrored: true,
    d: 'M104 272c.8-1 3.7 2.3 4.5 7s.5 13.8 .5 21s-.2 17.2-.5 22s-.7 6.1-1 7s-.5 2.8-1-1.5s-1.5-17.4-2-24.5s-.9-12.8-1-18s-.3-12 .5-13z',
  },
  {
    id: 'it-band',
    view: 'front',
    mirrored: true,
    d: 'M131 250c.9-4.5 3.3-1.3 4 3s.4 14.3 0 23s-1.5 19.3-2.5 29s-2.3 23.7-3.5 29s-3.2 7-3.5 3s.8-17.5 1.5-27s1.8-20 2.5-30s.6-25.5 1.5-30z',
  },
  {
    id: 'tibialis-anterior',
    view: 'front',
    mirrored: true,
    d: 'M117 366c.9-3.2 3.5-2.3 4.5 1s1.5 11.2 1.5 19s-.8 21.7-1.5 28s-1.7 10.7-2.5 10s-2-7.7-2.5-14s-.6-16.7-.5-24s.1-16.8 1-20z',
  },
  {
    id: 'peroneals',
    view: 'front',
    mirrored: true,
    d: 'M126 372c.6-.8 2.6 .7 3 5s0 13.8-.7 21s-2.5 17.3-3.3 22s-1.3 9-1.5 6s.2-16.7 .5-24s1.2-15 1.5-20s-.1-9.2 .5-10z',
  },
  {
    id: 'avoid-neck-front',
    view: 'front',
    d: 'M100 70.5c2.2 0 5.1-.2 6.5 1s2 4.2 2 6.5s-.6 5.5-2 7s-4.3 2-6.5 2s-5.1-.5-6.5-2s-2-4.8-2-7s.6-5.2 2-6.5s4.3-1 6.5-1z',
  },
  { id: 'avoid-femoral-triangle', view: 'front', d: 'M106 242l16.5-8.5l-10 34.5l-6.5-26z' },
  { id: 'avoid-femoral-triangle', view: 'front', d: 'M87.5 268l-10-34.5l16.5 8.5l-6.5 26z' },
  {
    id: 'avoid-axilla',
    view: 'front',
    d: 'M136 114c-1.5-.2-3.8-3.4-4.5-5.5s-.4-5.4 .5-7s3.3-2.8 5-2.5s4.4 2.2 5 4s-.5 4.7-1.5 6.5s-3 4.7-4.5 4.5z',
  },
  {
    id: 'avoid-axilla',
    view: 'front',
    d: 'M59.5 109.5c-1-1.8-2.1-4.8-1.5-6.5s3.3-3.8 5-4s4.1 .9 5 2.5s1.2 4.9 .5 7s-3 5.3-4.5 5.5s-3.5-2.7-4.5-4.5z',
  },
  {
    id: 'avoid-abdomen',
    view: 'front',
    d: 'M100 139c4.3 0 9.7-.3 13 1.5s5.7 3.2 7 9.5s1.5 19.8 1 28s-1.8 16.3-4 21s-6.2 5.6-9 7s-5.3 1.5-8 1.5s-5.2-.1-8-1.5s-6.8-2.3-9-7s-3.5-12.8-4-21s-.3-21.8 1-28s3.7-7.7 7-9.5s8.7-1.5 13-1.5z',
  },
  {
    id: 'suboccipitals',
    view: 'back',
    d: 'M100 54.5c3 0 6.9-.2 9 .5s3.4 2.2 3.5 3.5s-.9 3.2-3 4s-6.3 .5-9.5 .5s-7.4 .2-9.5-.5s-3.1-2.8-3-4s1.4-2.8 3.5-3.5s6-.5 9-.5z',
  },
  {
    id: 'neck-posterior',
    view: 'back',
    d: 'M100 66.5c1.7 0 3.7 0 5 .8s2.2 1.6 3 3.7s2.1 6.8 1.5 9s-3.4 3.3-5 4s-3 0-4.5 0s-2.9 .7-4.5 0s-4.4-1.8-5-4s.8-6.9 1.5-9s1.7-3 3-3.7s3.3-.8 5-.8z',
  },
  {
    id: 'upper-trapezius',
    view: 'back',
    mirrored: true,
    d: 'M111 84c1.4-.6 3.8 1.6 7 2.5s8.2 2 12 3s8.7 1.8 10.5 3s1.8 3.2 .5 4s-4.8 .6-8 .5s-7.7-.6-11-1s-6.9-.5-9-1.5s-3.2-2.8-3.5-4.5s.1-5.4 1.5-6z',
  },
  {
    id: 'rhomboids',
    view: 'back',
    mirrored: true,
    d: 'M107.5 100c1-3.9 4.3-.9 6 .5s3.3 3.8 4 8s.8 13.2 0 17s-2.8 5.8-4.5 5.5s-4.6-1.8-5.5-7s-1-20.1 0-24z',
  },
  {
    id: 'thoracic-spine',
    view: 'back',
    d: 'M100 95c1.2 0 2.7 0 3.5 .8s1.2-2.3 1.5 4.2s.1 23.3 0 35s-.2 28.4-.5 35s-.8 3.6-1.5 4.5s-2 1-3 1s-2.2-.1-3-1s-1.2 2.1-1.5-4.5s-.4-23.3-.5-35s-.2-28.5 0-35s.7-3.4 1.5-4.2s2.3-.8 3.5-.8z',
  },
  {
    id: 'infraspinatus',
    view: 'back',
    mirrored: true,
    d: 'M120.5 104c1.6-1.9 6.1-1.5 8.5-1.5s5.3 .4 6 1.5s-.8 2.9-2 5s-3.9 5.1-5.5 7.5s-2.8 5.8-4 7s-2.3 2.1-3 .5s-1-6.7-1-10s-.6-8.1 1-10z',
  },
  {
    id: 'teres',
    view: 'back',
    mirrored: true,
    d: 'M133.5 112c.6 .3 1.1 2.2 1 4s-.7 4-1.5 6.5s-2.3 5.8-3.5 8.5s-2.5 6.3-3.5 7.5s-2.3 .9-2.5-.5s.7-5.2 1.5-8s2.5-6.3 3.5-9s1.7-5.5 2.5-7s1.9-2.3 2.5-2z',
  },
  {
    id: 'lats',
    view: 'back',
    mirrored: true,
    d: 'M108 148c1.8-2.6 7.2-2.4 10-3.5s5.2-2.8 7-3s2.9 .2 3.5 2s.4 4.1 0 8.5s-1.3 12.7-2.5 18s-2.3 11.3-4.5 14s-6.2 3.3-8.5 2s-4.1-5.7-5-10s-.5-11.3-.5-16s-1.2-9.4 .5-12z',
  },
  {
    id: 'triceps',
    view: 'back',
    mirrored: true,
    d: 'M149 118c1.4-1.2 4.3-.7 6 3s3 12.5 4 19s2.2 15.4 2 20s-1.8 7.2-3 7.5s-3.1-1.8-4.5-5.5s-2.8-11.3-4-17s-2.9-12.5-3-17s1.1-8.8 2.5-10z',
  },
  {
    id: 'forearm-extensors',
    view: 'back',
    mirrored: true,
    d: 'M160.5 188c.8-2.2 3.7-2.3 5.5-.5s4 5.9 5.5 11.5s3 16.2 3.5 22s.2 10.8-.5 13s-2.6 2.7-4 0s-3-10.5-4.5-16s-3.6-12-4.5-17s-1.8-10.8-1-13z',
  },
  {
    id: 'quadratus-lumborum',
    view: 'back',
    mirrored: true,
    d: 'M108 190c1.4-2.3 5.7-2.3 8-2s4.8 1.2 6 4s2.1 9.5 1.5 13s-2.8 6.8-5 8s-6.7 .8-8.5-1s-2.2-6.3-2.5-10s-.9-9.7 .5-12z',
  },
  {
    id: 'glute-max',
    view: 'back',
    mirrored: true,
    d: 'M104 241c2.6-2.8 9.5 0 14 .5s10.2 .8 13 2.5s3.8 4.7 4 8s-.5 9-3 12s-7.8 5.3-12 6s-10.1 0-13-2s-4-5.5-4.5-10s-1.1-14.2 1.5-17z',
  },
  {
    id: 'glute-med',
    view: 'back',
    mirrored: true,
    d: 'M121 213c1.1-2.7 5.1-3.7 7-3.5s3.5 2.1 4.5 4.5s2 7.5 1.5 10s-2.4 4.8-4.5 5s-6.6-.8-8-3.5s-1.6-9.8-.5-12.5z',
  },
  {
    id: 'piriformis',
    view: 'back',
    mirrored: true,
    d: 'M106 229.5c1.3-1 4.7-.4 8 0s8.8 1.5 12 2.5s6.3 2.1 7.5 3.5s1.1 4.5-.5 5s-5.7-1.3-9-2s-8-1.5-11-2s-5.8 .2-7-1s-1.3-5 0-6z',
  },
  {
    id: 'hamstrings',
    view: 'back',
    mirrored: true,
    d: 'M104 277c2.3-4.2 9.2-2.3 14-2s12.1-.2 14.5 4s.7 12.8 0 21s-1.9 21.7-4 28s-5.6 8.3-8.5 10s-6.8 2.2-9 0s-3.3-6.7-4.5-13s-2.1-17-2.5-25s-2.3-18.8 0-23z',
  },
  {
    id: 'calves',
    view: 'back',
    mirrored: true,
    d: 'M108 362c1.8-2.7 6.5-2.7 10-2s9 1.7 11 6s1.4 12.7 1 20s-1.8 18.3-3.5 24s-4.2 9.2-6.5 10s-5-1-7-5s-3.8-12.5-4.7-19s-1-14.3-1-20s-1.1-11.3 .7-14z',
  },
  {
    id: 'plantar-fascia',
    view: 'back',
    mirrored: true,
    d: 'M110.5 458c1.6-1.5 6.8-1.2 9.5-1s5.6 .8 7 2.5s2.5 5.4 1.5 7.5s-4.7 4.3-7.5 5s-7.8 0-9.5-1s-.8-2.8-1-5s-1.6-6.5 0-8z',
  },
  {
    id: 'avoid-lumbar-spine',
    view: 'back',
    d: 'M100 180c1.2 0 2.7 0 3.5 .8s1.2-.7 1.5 4.2s.2 19.2 0 25s-.2 7.8-1 10s-2.7 3.5-4 3.5s-3.2-1.2-4-3.5s-.8-4.2-1-10s-.2-20.1 0-25s.7-3.4 1.5-4.2s2.3-.8 3.5-.8z',
  },
  {
    id: 'avoid-popliteal',
    view: 'back',
    d: 'M109 344c1.5-1.2 6.2-2 9-2s6.6 .8 8 2s1.1 3.2 .5 5s-2.6 4.4-4 5.5s-2.8 1-4.5 1s-4.5 0-6-1s-2.5-3.2-3-5s-1.5-4.2 0-5.5z',
  },
  {
    id: 'avoid-popliteal',
    view: 'back',
    d: 'M91 349.5c-.5 1.8-1.5 4-3 5s-4.2 1-6 1s-3.1 .1-4.5-1s-3.4-3.8-4-5.5s-.9-3.8 .5-5s5.2-2 8-2s7.5 .8 9 2s.5 3.8 0 5.5z',
  },
];
