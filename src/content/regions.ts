/**
 * The body regions and avoid zones by name: their plain-English labels and the view each is seen
 * on. Apart from the drawing data (`body-map.ts`) so that lists of regions do not carry the figure.
 */
import type { ContentTranslation } from '../core/content-translation.js';
import { own } from '../core/records.js';
import type { AvoidZoneId, RegionId } from '../core/types.js';
import type { BodyView } from './body-map.js';

/** Accessible, plain-English names for every region and avoid zone. */
export const regionLabels: Readonly<Record<RegionId | AvoidZoneId, string>> = {
  pecs: 'Chest (pectorals)',
  'front-deltoid': 'Front of the shoulder (front deltoid)',
  serratus: 'Side of the ribs (serratus anterior)',
  biceps: 'Front of the upper arm (biceps)',
  'forearm-flexors': 'Inner forearm (wrist and finger flexors)',
  'hip-flexors': 'Front of the hip (hip flexors)',
  tfl: 'Front of the outer hip (TFL)',
  quadriceps: 'Front of the thigh (quadriceps)',
  adductors: 'Inner thigh (adductors)',
  'it-band': 'Outer thigh (IT band)',
  'tibialis-anterior': 'Shin muscle (tibialis anterior)',
  peroneals: 'Outer lower leg (peroneals)',
  'avoid-neck-front': 'Front of the neck (never roll here)',
  'avoid-femoral-triangle': 'Groin and upper inner thigh (never roll here)',
  'avoid-axilla': 'Armpit (never roll here)',
  'avoid-abdomen': 'Belly (never roll here)',
  suboccipitals: 'Base of the skull (suboccipitals)',
  'neck-posterior': 'Back of the neck',
  'upper-trapezius': 'Top of the shoulders (upper trapezius)',
  rhomboids: 'Between the shoulder blades (rhomboids)',
  'thoracic-spine': 'Upper and mid back (thoracic spine muscles)',
  infraspinatus: 'Back of the shoulder blade (infraspinatus)',
  'rear-deltoid': 'Back of the shoulder (rear deltoid)',
  teres: 'Outer edge of the shoulder blade (teres)',
  lats: 'Side of the back (lats)',
  triceps: 'Back of the upper arm (triceps)',
  'forearm-extensors': 'Outer forearm (wrist and finger extensors)',
  'quadratus-lumborum': 'Side of the low back (quadratus lumborum)',
  'glute-max': 'Buttock (gluteus maximus)',
  'glute-med': 'Upper outer hip (gluteus medius)',
  piriformis: 'Deep buttock (piriformis)',
  hamstrings: 'Back of the thigh (hamstrings)',
  calves: 'Calf (gastrocnemius and soleus)',
  'plantar-fascia': 'Sole of the foot (plantar fascia)',
  'avoid-lumbar-spine': 'Lower spine (never roll directly on it)',
  'avoid-popliteal': 'Back of the knee (never roll here)',
};

/** Which view each region and avoid zone is drawn on. */
export const regionView: Readonly<Record<RegionId | AvoidZoneId, BodyView>> = {
  pecs: 'front',
  'front-deltoid': 'front',
  serratus: 'front',
  biceps: 'front',
  'forearm-flexors': 'front',
  'hip-flexors': 'front',
  tfl: 'front',
  quadriceps: 'front',
  adductors: 'front',
  'it-band': 'front',
  'tibialis-anterior': 'front',
  peroneals: 'front',
  'avoid-neck-front': 'front',
  'avoid-femoral-triangle': 'front',
  'avoid-axilla': 'front',
  'avoid-abdomen': 'front',
  suboccipitals: 'back',
  'neck-posterior': 'back',
  'upper-trapezius': 'back',
  rhomboids: 'back',
  'thoracic-spine': 'back',
  infraspinatus: 'back',
  'rear-deltoid': 'back',
  teres: 'back',
  lats: 'back',
  triceps: 'back',
  'forearm-extensors': 'back',
  'quadratus-lumborum': 'back',
  'glute-max': 'back',
  'glute-med': 'back',
  piriformis: 'back',
  hamstrings: 'back',
  calves: 'back',
  'plantar-fascia': 'back',
  'avoid-lumbar-spine': 'back',
  'avoid-popliteal': 'back',
};

/** The label of a body region or avoid zone in a content translation's words, or in English. */
export function regionLabel(id: RegionId | AvoidZoneId, content: ContentTranslation | undefined): string {
  return own(content?.regions, id) ?? regionLabels[id];
}
