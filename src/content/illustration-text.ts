/**
 * The exercise pictures in words: each catalog exercise's position as its illustration shows it,
 * the picture's text alternative. One sentence each; no claims and no instructions beyond the
 * position. Spanish and German: `translations/es-pictures.ts` and `translations/de-pictures.ts`.
 */
export const pictureText: Readonly<Record<string, string>> = {
  'plantar-fascia': 'Sitting on a chair, one foot on a ball on the floor, the ball under the front of the heel.',
  calves:
    'Sitting on the floor, one calf on the roller just below the knee, that leg long, the other foot flat, hands behind, hips lifted.',
  'tibialis-anterior': 'On hands and knees, one shin on the roller a hand-width below the knee, the other knee on the floor.',
  peroneals: 'Lying on one side, propped on the forearm, the outer lower leg on the roller, top foot planted in front.',
  hamstrings: 'Sitting on the floor, one thigh on the roller just below the buttock, hands behind, hips lifted.',
  quadriceps: 'Face down on the forearms, the front of one thigh on the roller below the hip, the other knee bent out.',
  'it-band': 'Lying on one side, propped on the forearm, the outer thigh on the roller, top foot planted in front.',
  tfl: 'Lying face down on the forearms, turned partly onto one side, a ball under the front of that hip.',
  adductors: 'Lying face down on the forearms, one thigh on the roller above the knee, that knee bent out to the side.',
  'glute-max': 'Sitting on the roller with hands on the floor behind, one ankle crossed over the other knee.',
  'glute-med': 'Leaning onto one side on the floor, propped on the forearm, a ball under the side of the hip.',
  piriformis: 'Sitting on a ball under one buttock, that ankle crossed over the other knee, hands on the floor behind.',
  'hip-flexors': 'Lying face down on the forearms, the top of one thigh on the roller just below the hip.',
  'quadratus-lumborum': 'Standing with the back to a wall, a ball between the wall and the side of the low back.',
  'thoracic-spine': 'Lying back on the roller across the upper back, knees bent, feet flat, hands behind the head, hips slightly lifted.',
  lats: 'Lying on one side on the roller at the lower ribs, the bottom arm overhead, the top knee bent.',
  serratus: 'Standing side-on to a wall, one arm raised, a ball between the wall and the side of the ribs.',
  rhomboids: 'Standing back to a wall, arms crossed, a ball between the wall and the upper back beside the spine.',
  'upper-trapezius': 'Standing with the back to a wall, a ball between the wall and the top of one shoulder.',
  neck: 'Lying on the back with knees bent, the base of the skull resting on the balls.',
  pecs: 'Standing facing a wall, a ball between the wall and the chest just below the collarbone.',
  'front-deltoid': 'Standing turned toward a wall, a ball between the wall and the front of the shoulder.',
  infraspinatus: 'Standing with the back to a wall, a ball on the shoulder blade, the elbow bent at the side.',
  'rear-deltoid': 'Standing with the back to a wall, a ball between the wall and the back of the shoulder.',
  teres: 'Lying on one side, the bottom arm overhead, a ball under the outer edge of the shoulder blade.',
  'forearm-flexors': 'Sitting at a table, the forearm palm down on a ball, the other hand resting on top of it.',
  'forearm-extensors': 'Sitting at a table, the forearm palm up on a ball, the other hand resting on top of it.',
  biceps: 'Sitting with one arm resting palm up, the other hand holding a stick across the front of the upper arm.',
  triceps: 'Lying on one side, the bottom arm stretched overhead, the back of that upper arm on the roller.',
};
