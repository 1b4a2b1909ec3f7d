/**
 * Safety copy shown by the elements: data only, written from published contraindication and
 * stop-sign guidance (expert consensus and clinical sources).
 */

/** The general note every element shows. */
export const safetyNote =
  'Self-massage with a roller or ball can complement, but not replace, care from a massage therapist, physical therapist or physician. Aim for pressure that feels like tolerable discomfort, and stop if you feel sharp pain, numbness or tingling. Keep the tool off injuries, bruises, varicose veins and any known tumour site, and if you are pregnant, have a clotting or bleeding disorder, take blood thinners, have osteoporosis or have had cancer, ask a health professional before you start. With reduced feeling (for example from diabetes or neuropathy), very flexible joints (hypermobility), or skin that bruises or tears easily, use a soft tool and light pressure, and do not stretch to the end of your range while a spot is pinned.';

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
  {
    id: 'no-chest-symptoms',
    text: 'No chest pain and no sudden shortness of breath. (If there is, get urgent medical care now.)',
  },
  {
    id: 'no-saddle-symptoms',
    text: 'No new change in bladder or bowel control, and no numbness between the legs or around the buttocks. (If there is, get urgent medical care now.)',
  },
  {
    id: 'no-head-neck-warning',
    text: 'No sudden, severe headache, and no neck pain with dizziness, double vision, or trouble speaking or swallowing. (If there is, get urgent medical care now.)',
  },
  {
    id: 'no-hot-joint',
    text: 'No hot, swollen joint.',
  },
  {
    id: 'cancer-ok',
    text: 'If I have had cancer, or have lost weight without knowing why, a physician has checked me and said this is fine, and I keep the tool off any known tumour site.',
  },
  {
    id: 'light-if-needed',
    text: 'If I have reduced feeling (for example from diabetes or neuropathy), very flexible joints, or skin that bruises or tears easily, I will use a soft tool and light pressure, and not stretch to the end of my range while a spot is pinned.',
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

/**
 * Answers that mean "see a professional instead of rolling". `urgent` ones need urgent care now,
 * not an appointment: the finder shows their advice first.
 */
export const redFlags: readonly { id: string; text: string; advice: string; urgent?: true }[] = [
  {
    id: 'chest-breathless',
    text: 'Chest pain, or sudden shortness of breath.',
    advice:
      'Do not roll. Chest pain or sudden breathlessness can mean a blood clot in the lung, especially with a swollen calf: get urgent medical care now (call your emergency number).',
    urgent: true,
  },
  {
    id: 'bladder-bowel',
    text: 'A new change in bladder or bowel control, or numbness between the legs or around the buttocks.',
    advice:
      'Do not roll. With back pain above all, this can mean pressure on the nerves at the base of the spine: get urgent medical care now.',
    urgent: true,
  },
  {
    id: 'head-neck',
    text: 'A sudden, severe headache, or neck pain with dizziness, double vision, or trouble speaking or swallowing.',
    advice:
      'Do not roll, and keep anything off the neck. These can be signs of a problem with the blood vessels of the neck or head: get urgent medical care now.',
    urgent: true,
  },
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
  {
    id: 'cancer-history',
    text: 'A history of cancer, or weight loss you cannot explain.',
    advice:
      'Do not roll until a physician has checked you. Ask your care team whether pressure is safe for you and where, and keep any tool off a known tumour site.',
  },
  {
    id: 'hot-joint',
    text: 'A hot, swollen joint.',
    advice:
      'Do not roll near it. A hot, swollen joint can mean an infection or an inflamed joint: see a physician soon, the same day if you also have a fever or feel unwell.',
  },
];
