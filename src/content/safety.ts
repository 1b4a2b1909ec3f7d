/**
 * Safety copy shown by the elements: data only, written from published contraindication and
 * stop-sign guidance (expert consensus and clinical sources).
 */

/** The general note every element shows. */
export const safetyNote =
  'Self-massage with a roller or ball can complement, but not replace, care from a massage therapist, physical therapist or physician. Aim for pressure that feels like tolerable discomfort, and stop if you feel sharp pain, numbness or tingling. Keep the tool off injuries, bruises and varicose veins, and if you are pregnant, have a clotting or bleeding disorder, take blood thinners or have osteoporosis, ask a health professional before you start.';

/** Checks a person confirms (yes) before a session. */
export const beforeYouStart: readonly { id: string; text: string }[] = [
  {
    id: 'no-recent-injury',
    text: 'No recent injury, fracture or surgery in the areas I will work.',
  },
  {
    id: 'no-nerve-symptoms',
    text: 'No numbness, tingling or sharp pain right now.',
  },
  {
    id: 'no-calf-swelling',
    text: 'Neither calf is swollen, warm, red or painful.',
  },
  {
    id: 'skin-ok',
    text: 'No open wounds, bruises, rash or infection where I will press.',
  },
  {
    id: 'pregnancy-ok',
    text: 'I am not pregnant past the first trimester, or I have had professional advice about lying on my back and avoiding pressure near the belly.',
  },
  {
    id: 'conditions-ok',
    text: 'If I have osteoporosis or a clotting or bleeding disorder, or take blood thinners, a health professional has said this is fine for me.',
  },
];

/** When to stop, or move the tool to a different spot. */
export const stopSigns: readonly string[] = [
  'Sharp, shooting or burning pain.',
  'Numbness or tingling, anywhere.',
  'Dizziness, or feeling faint.',
  'A pulse under the tool: move it away.',
  'Pain that gets worse, or lasts into the next day.',
  'Bruising afterwards: go lighter next time, or skip that spot.',
];

/** Answers that mean "see a professional instead of rolling". */
export const redFlags: readonly { id: string; text: string; advice: string }[] = [
  {
    id: 'sharp-pain',
    text: 'Sharp, shooting or radiating pain.',
    advice: 'Do not roll. Have a physician or physical therapist find out where it comes from first.',
  },
  {
    id: 'numbness',
    text: 'Numbness, tingling or weakness.',
    advice: 'Do not roll. These can be nerve symptoms; see a physician or physical therapist.',
  },
  {
    id: 'swelling',
    text: 'Swelling, warmth or redness, especially in one calf.',
    advice: 'Do not roll. A swollen, warm, red or painful calf can be a blood clot; get medical care the same day.',
  },
  {
    id: 'recent-injury',
    text: 'A recent injury, fall or surgery in the area.',
    advice: 'Do not roll the area. Ask your physician, surgeon or physical therapist when it is safe to start.',
  },
  {
    id: 'night-pain',
    text: 'Pain without a clear cause that wakes you at night or comes with fever.',
    advice: 'Do not roll. See a physician soon to find the cause.',
  },
];
