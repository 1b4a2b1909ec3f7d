/**
 * Ready-made routines: data only, typed by core's `RoutineInput` schema. Every `exercise`
 * refers to an id in `exercises.ts`.
 *
 * Total time = sum of steps + rest between steps, where a `both`-sided step takes
 * 2 × duration + switchDuration and a `none` step takes its duration.
 */
import type { RoutineInput } from '../core/types.js';

export const presets: readonly RoutineInput[] = [
  {
    id: 'lower-leg',
    title: 'Lower leg and foot',
    description:
      'Sole, calves, shins and outer lower leg with a ball and a foam roller. A good fit after a walk, a run or a day on your feet.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'plantar-fascia', duration: 60 },
      { exercise: 'calves', duration: 90 },
      { exercise: 'tibialis-anterior', duration: 60 },
      { exercise: 'peroneals', duration: 60 },
    ],
  },
  {
    id: 'inner-thigh',
    title: 'Inner thigh, for knees that cave in',
    description:
      'Slow inner-thigh work from just above the knee toward the pubic bone, plus calves and hips, for people whose knees cave in on squats or landings. Rolling may make these areas feel easier to move; it complements, and does not replace, the strength, ankle mobility and movement practice that change how the knees move.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'adductors', duration: 90 },
      { exercise: 'calves', duration: 60 },
      { exercise: 'glute-max', duration: 60 },
      { exercise: 'glute-med', duration: 60 },
      { exercise: 'tfl', duration: 45 },
    ],
  },
  {
    id: 'neck-relief',
    title: 'Neck relief',
    description:
      'Upper back, shoulders and chest, then gentle head-weight-only work at the back of the neck with two balls in a sock. Stop with dizziness, changes in vision, a headache or arm symptoms.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'thoracic-spine', duration: 60 },
      { exercise: 'upper-trapezius', duration: 45 },
      { exercise: 'pecs', duration: 45 },
      { exercise: 'neck', duration: 60 },
    ],
  },
  {
    id: 'desk-worker',
    title: 'Desk worker',
    description:
      'For the places that tend to feel stiff after long sitting: upper back, chest, front of the hips, buttocks, forearms and the back of the neck.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'thoracic-spine', duration: 60 },
      { exercise: 'pecs', duration: 45 },
      { exercise: 'hip-flexors', duration: 60 },
      { exercise: 'glute-max', duration: 60 },
      { exercise: 'forearm-extensors', duration: 45 },
      { exercise: 'neck', duration: 60 },
    ],
  },
  {
    id: 'runner-recovery',
    title: 'Runner recovery',
    description:
      'Longer, slow rolling on the big leg muscles after a run, which may ease soreness over the next day or two. Keep the outer thigh light and short.',
    rest: 15,
    switchDuration: 5,
    steps: [
      { exercise: 'calves', duration: 90 },
      { exercise: 'hamstrings', duration: 90 },
      { exercise: 'quadriceps', duration: 90 },
      { exercise: 'glute-max', duration: 90 },
      { exercise: 'it-band', duration: 45 },
      { exercise: 'plantar-fascia', duration: 60 },
    ],
  },
  {
    id: 'pre-workout',
    title: 'Pre-workout primer',
    description:
      'Slow rolling on the main movers before you train, 45 to 60 seconds each: in studies a single 30-second bout did not change range of motion, and longer, slower rolling did, for a while. Rolling like this does not seem to hurt performance; follow it with your usual warm-up.',
    rest: 0,
    switchDuration: 5,
    steps: [
      { exercise: 'calves', duration: 45 },
      { exercise: 'quadriceps', duration: 45 },
      { exercise: 'hamstrings', duration: 45 },
      { exercise: 'adductors', duration: 60 },
      { exercise: 'glute-max', duration: 45 },
      { exercise: 'thoracic-spine', duration: 60 },
    ],
  },
  {
    id: 'full-body-10',
    title: 'Full body in 10 minutes',
    description:
      'A quick pass over the legs, hips, back and shoulders with a foam roller and a ball, about ten minutes from start to finish.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'calves', duration: 40 },
      { exercise: 'hamstrings', duration: 40 },
      { exercise: 'quadriceps', duration: 40 },
      { exercise: 'glute-max', duration: 40 },
      { exercise: 'thoracic-spine', duration: 60 },
      { exercise: 'lats', duration: 30 },
      { exercise: 'upper-trapezius', duration: 35 },
    ],
  },
  {
    id: 'upper-back-shoulders',
    title: 'Upper back and shoulders',
    description:
      'Upper back, between the shoulder blades, the back and sides of the shoulders and the chest. It may make reaching overhead or sitting tall feel easier for a while.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'thoracic-spine', duration: 60 },
      { exercise: 'rhomboids', duration: 60 },
      { exercise: 'lats', duration: 60 },
      { exercise: 'infraspinatus', duration: 45 },
      { exercise: 'teres', duration: 45 },
      { exercise: 'pecs', duration: 45 },
      { exercise: 'upper-trapezius', duration: 45 },
    ],
  },
  {
    id: 'forearms-arms',
    title: 'Forearms and arms',
    description: 'Forearms, biceps and triceps with a ball or stick, for after typing, gripping, climbing or lifting.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'forearm-flexors', duration: 60 },
      { exercise: 'forearm-extensors', duration: 60 },
      { exercise: 'biceps', duration: 45 },
      { exercise: 'triceps', duration: 45 },
    ],
  },
  {
    id: 'hips-glutes',
    title: 'Hips and glutes',
    description: 'Buttocks, side and front of the hips and the side of the low back, approached gently and never on the spine.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'glute-max', duration: 90 },
      { exercise: 'glute-med', duration: 60 },
      { exercise: 'piriformis', duration: 45 },
      { exercise: 'tfl', duration: 45 },
      { exercise: 'hip-flexors', duration: 60 },
      { exercise: 'quadratus-lumborum', duration: 45 },
    ],
  },
  {
    id: 'chair-and-wall',
    title: 'Chair and wall (no floor)',
    description:
      'Everything done standing at a wall or sitting at a table, for anyone who cannot or would rather not get down to the floor: upper back, chest, shoulders, forearms and the sole of the foot.',
    rest: 10,
    switchDuration: 5,
    steps: [
      { exercise: 'rhomboids', duration: 60 },
      { exercise: 'pecs', duration: 45 },
      { exercise: 'front-deltoid', duration: 45 },
      { exercise: 'upper-trapezius', duration: 45 },
      { exercise: 'forearm-extensors', duration: 45 },
      { exercise: 'plantar-fascia', duration: 60 },
    ],
  },
];
