/** English strings of exercise cards, also used for tool names by the player and the finder. Registered by the elements that show them, so each bundle carries only its own strings. */
import type { Translation } from '../translation.js';

export const strings: Pick<Translation, 'exercise'> = {
  exercise: {
    perSide: (seconds) => `${seconds} per side`,
    midline: (seconds) => `${seconds}`,
    works: 'Works',
    setup: 'Set up',
    howTo: 'How to',
    cues: 'Keep in mind',
    pressure: 'Pressure',
    pressureTarget: (target) =>
      `Aim for about ${target} out of 10: tolerable discomfort that eases as you breathe, never sharp, shooting or burning pain.`,
    lighter: 'Lighter',
    deeper: 'Deeper',
    avoid: 'Keep the tool off',
    cautions: 'Skip it or take care if',
    why: 'Why it may help',
    note: 'Good to know',
    safety: 'Safety',
    positions: { floor: 'On the floor', wall: 'At a wall', seated: 'Seated', standing: 'Standing' },
    offFloor: 'Off the floor',
    pace: (rollsPerMinute) => (rollsPerMinute > 0 ? `${rollsPerMinute} slow rolls a minute` : 'Hold still on one spot'),
    tools: { 'foam-roller': 'Foam roller', ball: 'Ball', 'peanut-ball': 'Peanut ball', stick: 'Massage stick' },
    techniques: { roll: 'Roll', 'pin-and-hold': 'Pin and hold', 'pin-and-stretch': 'Pin and stretch', 'cross-friction': 'Cross-friction' },
    goals: { 'ease-soreness': 'Eases soreness', mobility: 'Mobility', 'tender-spots': 'Tender spots' },
  },
};
