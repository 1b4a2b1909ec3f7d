/**
 * What people notice, mapped to the catalog exercises that may help, each with a one-line,
 * honest reason. Data only; `<smr-finder>` and `suggest()` read it. Rolling complements strength,
 * mobility and movement practice; it does not correct how a joint moves.
 */
import type { Concern } from '../core/suggest.js';

export const concerns: readonly Concern[] = [
  {
    id: 'knee-valgus',
    label: 'My knees cave in when I squat or land',
    exercises: [
      {
        exercise: 'adductors',
        why: 'Rolling the inner thigh (the adductors; the pectineus above them only at its lower edge) was part of a training program that reduced knees caving in, alongside strength and balance work. On its own it may ease tightness there for a while.',
      },
      {
        exercise: 'calves',
        why: 'Less ankle bend has been linked with knees moving inward in a squat; rolling may make a calf stretch feel easier.',
      },
      {
        exercise: 'glute-med',
        why: 'Strength at the side of the hip is one of the things studied for knee control; rolling may ease tightness there before you train it.',
      },
      {
        exercise: 'tfl',
        why: 'Rolling the front-outer hip may ease tightness there for a while. That this muscle pulls the knees in is a theory, not a measured fact.',
      },
      { exercise: 'glute-max', why: 'Easing the buttock may make hip movement feel freer for squats and landings.' },
    ],
    note: 'Rolling may ease tightness for a while; strength, ankle mobility and landing practice are what change how the knees move. Knee pain is for a clinician.',
  },
  {
    id: 'desk-neck',
    label: 'My neck and shoulders are stiff after desk work',
    exercises: [
      { exercise: 'upper-trapezius', why: 'The top of the shoulders often feels tense after long hours at a desk.' },
      { exercise: 'neck', why: 'The back of the neck and the base of the skull often feel tight after long screen time.' },
      {
        exercise: 'pecs',
        why: 'Easing the front of the chest may make sitting tall and a doorway stretch feel more comfortable for a while.',
      },
      { exercise: 'thoracic-spine', why: 'Easing the upper back may make sitting tall feel more comfortable.' },
      { exercise: 'rhomboids', why: 'The muscles between the shoulder blades often feel tired after long sitting.' },
    ],
  },
  {
    id: 'runner-calves',
    label: 'My calves are tight after running',
    exercises: [
      { exercise: 'calves', why: 'The calves do much of the work in every stride and often feel sore afterwards.' },
      { exercise: 'plantar-fascia', why: 'The sole of the foot works with the calves and can feel tight after long runs.' },
      { exercise: 'peroneals', why: 'The outer lower leg steadies the ankle on every landing.' },
      { exercise: 'tibialis-anterior', why: 'The shin muscle lifts the foot each stride and can ache after hills or speed work.' },
      { exercise: 'hamstrings', why: 'Easing the back of the thigh may make the next run feel smoother.' },
    ],
  },
  {
    id: 'low-back-sitting',
    label: 'My low back feels tight after sitting',
    exercises: [
      { exercise: 'glute-max', why: 'Many people feel stiff in the buttocks after sitting; rolling may ease that for a while.' },
      {
        exercise: 'hip-flexors',
        why: 'The front of the hip stays folded while you sit; rolling it may make standing tall feel easier for a while.',
      },
      { exercise: 'quadratus-lumborum', why: 'A gentle ball hold beside (never on) the spine may ease side-of-low-back tightness.' },
      { exercise: 'piriformis', why: 'The deep buttock often feels tight after long sitting.' },
      { exercise: 'hamstrings', why: 'Easing the back of the thigh may make bending forward feel easier for a while.' },
    ],
    note: 'We never roll the low-back spine itself. Back pain that spreads down a leg, or comes with numbness, is for a clinician; with a change in bladder or bowel control, or numbness between the legs, get urgent care.',
  },
  {
    id: 'tight-hips',
    label: 'My hips feel tight',
    exercises: [
      { exercise: 'hip-flexors', why: 'The front of the hip tightens with sitting and running.' },
      { exercise: 'glute-med', why: 'The side of the hip steadies you on one leg and often feels tight.' },
      { exercise: 'piriformis', why: 'The deep hip rotators can limit turning the hip out.' },
      { exercise: 'adductors', why: 'The inner thigh limits how wide the legs can go.' },
      { exercise: 'tfl', why: 'The small front-of-hip muscle works with the side of the hip.' },
    ],
  },
  {
    id: 'sore-legs',
    label: 'My legs are sore after training',
    exercises: [
      { exercise: 'quadriceps', why: 'Rolling after training may lower soreness over the next day or two.' },
      { exercise: 'hamstrings', why: 'The back of the thigh is often sore after sprints and hinges.' },
      { exercise: 'calves', why: 'Calves are sore after jumping, running and stairs.' },
      { exercise: 'glute-max', why: 'The buttocks are sore after squats and lunges.' },
      { exercise: 'adductors', why: 'The inner thigh is sore after lunges, sprints and changes of direction.' },
    ],
  },
  {
    id: 'busy-forearms',
    label: 'My forearms are tired from typing or gripping',
    exercises: [
      { exercise: 'forearm-flexors', why: 'The palm-side forearm muscles close the hand and grip.' },
      { exercise: 'forearm-extensors', why: 'The back-of-forearm muscles lift the wrist while you type.' },
      { exercise: 'biceps', why: 'The front of the upper arm works with every carry and pull.' },
      { exercise: 'triceps', why: 'The back of the upper arm works with every push.' },
    ],
  },
  {
    id: 'overhead-stiff',
    label: 'Reaching overhead feels stiff',
    exercises: [
      { exercise: 'lats', why: 'The wide back muscles limit how far the arms go overhead.' },
      { exercise: 'thoracic-spine', why: 'Easing a stiff upper back may make reaching up feel easier for a while.' },
      { exercise: 'pecs', why: 'Easing the front of the chest and shoulder may make reaching up feel freer for a while.' },
      { exercise: 'teres', why: 'The outer edge of the shoulder blade tightens with pulling and throwing.' },
      { exercise: 'infraspinatus', why: 'The back of the shoulder blade turns the arm and often feels tender.' },
    ],
  },
];
