/**
 * The exercise catalog: data only, typed by core's `Exercise` schema.
 *
 * Every claim here rests on published evidence (meta-analyses and trials of foam rolling): rolling may ease tightness or
 * soreness for a while and make a stretch or warm-up feel easier; it does not "release"
 * fascia or knots. Pressure is tolerable discomfort, never sharp, shooting, burning or
 * radiating pain. Durations: `ease-soreness` 90 s, `mobility` 60 s, `tender-spots` 45–60 s.
 */
import type { Exercise } from '../core/types.js';

export const exercises: readonly Exercise[] = [
  // ─── Lower leg and foot ──────────────────────────────────────────────────────────────
  {
    id: 'plantar-fascia',
    name: 'Sole of the foot',
    tools: ['ball'],
    techniques: ['roll', 'pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Plantar fascia', plain: 'the firm band along the sole' },
      { anatomical: 'Flexor digitorum brevis', plain: 'short toe muscles under the arch' },
      { anatomical: 'Abductor hallucis', plain: 'muscle along the inner arch' },
    ],
    regions: ['plantar-fascia'],
    setup:
      'Sit on a chair with one bare or socked foot resting on a ball on the floor. Start seated; you can stand later, holding a wall or chair, to add weight.',
    steps: [
      'Place the ball under the front edge of the heel.',
      'Roll slowly forward along the arch to just behind the bases of the toes, then back.',
      'Roll along the inner arch, the middle and the outer edge in turn.',
      'On a tender spot, pause and hold for a few breaths.',
      'While holding, curl and spread your toes slowly 5 to 8 times, then switch feet.',
    ],
    cues: [
      'Slower than feels natural: about an inch (2.5 cm) a second.',
      'Keep the toes and ankle relaxed as you roll.',
      'It should feel like firm pressure that eases as you stay, not sharp.',
    ],
    pace: 15,
    pressure: {
      target: 5,
      lighter: 'Stay seated and lean back so the foot just rests on the ball.',
      deeper: 'Stand up, hold a wall or chair, and shift more of your weight onto the foot.',
    },
    avoid: [
      'The knobbly bones at the ball of the foot and the toe joints: bone and joint, not soft tissue.',
      'The ankle bones on either side: bone with little padding.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Diabetes or reduced feeling in your feet: stay seated, use a soft ball, and check your skin afterwards.',
      'Heel pain that has lasted for weeks: in a trial, rolling did no better than stretching for it, so see a clinician and treat rolling as a comfort add-on.',
      'Skip it with blisters, cuts, a rash or an infection on the sole.',
    ],
    why: 'May make the sole and arch feel less tight for a while, and make standing, walking or a calf stretch feel easier.',
  },
  {
    id: 'calves',
    name: 'Calves',
    tools: ['foam-roller', 'stick', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Gastrocnemius (medial and lateral heads)', plain: 'upper calf' },
      { anatomical: 'Soleus', plain: 'deep, lower calf' },
    ],
    regions: ['calves'],
    setup:
      'Sit on the floor with your legs long and the roller under one calf, just below the knee. Put your hands on the floor behind you and lift your hips.',
    steps: [
      'Roll slowly from just below the back of the knee down to where the calf narrows into the Achilles tendon, then back up.',
      'Turn your foot inward to work the inner calf, then outward for the outer calf.',
      'Bend the knee a little and roll the lower half of the calf to reach the deeper soleus.',
      'On a tender spot, pause and point and flex your ankle slowly 5 to 8 times.',
      'Switch legs.',
    ],
    cues: [
      'Slower than feels natural: about an inch (2.5 cm) a second.',
      'Breathe out and let the calf sink onto the roller.',
      'The discomfort should settle as you stay on a spot, not build.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter: 'Keep your hips on the floor and take more weight into your hands.',
      deeper: 'With hips lifted, cross the other leg over the one you are rolling.',
    },
    avoid: [
      'The back of the knee: blood vessels and the tibial nerve run close to the surface there.',
      'The Achilles tendon and the heel bone: tendon and bone, not muscle.',
      'The shin bone, if the roller slides around to the front.',
    ],
    duration: 90,
    sides: 'both',
    goal: 'ease-soreness',
    cautions: [
      'One calf swollen, warm, red or painful can mean a blood clot: do not roll it; get medical care the same day.',
      'Varicose veins: keep the tool off them, or skip this one.',
      'Blood thinners or a bleeding disorder: ask a professional first, then use a soft tool and light pressure.',
      'A recent calf strain or Achilles pain: wait until a clinician says it is fine.',
    ],
    why: 'May ease calf tightness or soreness for a while, and make an ankle or calf stretch feel easier before a walk, run or squat.',
  },
  {
    id: 'tibialis-anterior',
    name: 'Shins (front of the lower leg)',
    tools: ['foam-roller', 'ball', 'stick'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [{ anatomical: 'Tibialis anterior', plain: 'the muscle beside the shin bone' }],
    regions: ['tibialis-anterior'],
    setup:
      "Kneel on all fours with the roller under one shin. Turn the leg slightly inward so the roller sits on the muscle just outside the shin's sharp front edge.",
    steps: [
      'Start a hand-width below the knee, on the muscle beside the bone.',
      'Roll slowly down toward the ankle, stopping a few fingers above the front of the ankle, then back up.',
      'On a tender spot, pause and point and flex your foot slowly 5 to 8 times.',
      'Switch legs.',
    ],
    cues: [
      'Feel for muscle, not bone: if it feels hard and bony, turn the leg a little more.',
      'Slow strokes, and keep your breathing easy.',
    ],
    pace: 12,
    pressure: {
      target: 4,
      lighter: 'Take more weight into your hands and the other knee, or use a stick while seated.',
      deeper: 'Shift more of your body weight back over the leg on the roller.',
    },
    avoid: [
      'The sharp front edge of the shin bone: bone with almost no padding.',
      'Just below the outer knee: the common fibular nerve lies close to the skin there.',
      'The front of the ankle: joint and tendons.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Pinpoint pain on the bone itself, especially after running more than usual, can be a stress injury: skip it and see a clinician.',
      'Shin pain that is getting worse from week to week: get it checked rather than rolling it.',
    ],
    why: 'May ease the tired, tight feeling at the front of the shin after walking or running, for a while.',
  },
  {
    id: 'peroneals',
    name: 'Outer lower leg (peroneals)',
    tools: ['foam-roller', 'ball', 'stick'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Fibularis (peroneus) longus', plain: 'outer lower leg, upper part' },
      { anatomical: 'Fibularis (peroneus) brevis', plain: 'outer lower leg, lower part' },
    ],
    regions: ['peroneals'],
    setup:
      'Lie on your side with the roller under the outer lower leg of the bottom leg. Prop yourself on your forearm and plant the top foot in front of you.',
    steps: [
      'Start a full hand-width below the knee, not right under it.',
      'Roll slowly down the outside of the lower leg toward the ankle, stopping a few fingers above the ankle bone.',
      'Tilt a little forward or back to find muscle rather than bone.',
      'On a tender spot, pause and turn the sole of your foot slowly in and out 5 to 8 times.',
      'Switch sides.',
    ],
    cues: [
      'Slower than feels natural.',
      'Any tingling in the foot means move away at once.',
      'Breathe out and let the leg settle.',
    ],
    pace: 12,
    pressure: {
      target: 4,
      lighter: 'Push more weight into the planted top foot and your forearm.',
      deeper: 'Lift the top foot off the floor and rest the top leg on the bottom one.',
    },
    avoid: [
      'Just below the outer knee: the common fibular nerve is close to the surface there.',
      'The outer ankle bone: bone and joint.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Numbness or tingling in the foot or on top of the foot: move off right away.',
      'A recent ankle sprain: wait until it has settled and a clinician says it is fine.',
      'Varicose veins: keep the tool off them.',
    ],
    why: 'May ease tightness along the outer lower leg for a while and make ankle circles or a calf stretch feel easier.',
  },

  // ─── Thigh ───────────────────────────────────────────────────────────────────────────
  {
    id: 'hamstrings',
    name: 'Hamstrings (back of the thigh)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Biceps femoris', plain: 'outer back of the thigh' },
      { anatomical: 'Semitendinosus', plain: 'inner back of the thigh' },
      { anatomical: 'Semimembranosus', plain: 'inner back of the thigh, deeper' },
    ],
    regions: ['hamstrings'],
    setup:
      'Sit on the floor with the roller under one thigh, just below the sit bone. Put your hands on the floor behind you and lift your hips.',
    steps: [
      'Roll slowly from just below the sit bone toward the knee, stopping a hand-width above the knee crease.',
      'Turn the leg out to work the inner part, then in to work the outer part.',
      'For more weight, cross the other leg over the one you are rolling.',
      'On a tender spot, pause and slowly bend and straighten the knee 5 to 8 times.',
      'Switch legs.',
    ],
    cues: [
      'Slower than feels natural: about an inch (2.5 cm) a second.',
      'Let the thigh go heavy on the roller and breathe out.',
      'Shooting pain or tingling down the leg means shift to a different spot.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter:
        'Roll both legs at once, or sit on a firm chair with a ball under the thigh instead.',
      deeper: 'Roll one leg at a time with the other leg crossed on top.',
    },
    avoid: [
      'The back of the knee: blood vessels and the tibial nerve run close to the surface there.',
      'The sit bone itself: bone.',
    ],
    duration: 90,
    sides: 'both',
    goal: 'ease-soreness',
    cautions: [
      'Shooting, burning or tingling pain down the leg: the sciatic nerve runs down the back of the thigh, so move off and see a clinician if it keeps happening.',
      'A recent hamstring strain: wait until a clinician says it is fine.',
      'Varicose veins: keep the tool off them.',
    ],
    why: 'May ease hamstring tightness or soreness for a while. Rolling regularly over several weeks has been linked with moderate gains in hamstring flexibility.',
  },
  {
    id: 'quadriceps',
    name: 'Quadriceps (front of the thigh)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Rectus femoris', plain: 'front of the thigh, centre' },
      { anatomical: 'Vastus lateralis', plain: 'outer front of the thigh' },
      { anatomical: 'Vastus medialis', plain: 'inner front of the thigh, above the knee' },
      { anatomical: 'Vastus intermedius', plain: 'deep front of the thigh' },
    ],
    regions: ['quadriceps'],
    setup:
      'Lie face down on your forearms, in a plank, with the roller under the front of one thigh just below the hip. Bend the other leg out to the side.',
    steps: [
      'Roll slowly from just below the front of the hip down to a hand-width above the kneecap, then back.',
      'Turn the leg a little inward to work the outer thigh, then a little outward for the inner part above the knee.',
      'On a tender spot, pause and slowly bend and straighten the knee 5 to 8 times.',
      'Switch legs.',
    ],
    cues: [
      'Slower than feels natural.',
      'Keep your belly gently firm so your low back does not sag.',
      'Breathe out as you settle onto a spot.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter:
        'Put both thighs on the roller, or take more weight into your forearms and the other knee.',
      deeper:
        'Straighten the other leg off the floor so more weight falls on the thigh you are rolling.',
    },
    avoid: [
      'The kneecap: bone and joint.',
      'The upper inner thigh near the groin: the femoral nerve, artery and vein lie close to the surface there.',
      'The front hip bone: bone with little padding.',
    ],
    duration: 90,
    sides: 'both',
    goal: 'ease-soreness',
    cautions: [
      "A recent thigh strain or a 'dead leg' bruise: do not roll it.",
      'Pregnant: avoid any position that presses on the belly; a ball against a wall works instead.',
      'Knee pain: keep well above the kneecap and see a clinician about the knee.',
    ],
    why: 'May ease soreness or tightness at the front of the thigh for a while. Rolling regularly over several weeks has been linked with moderate gains in flexibility here.',
  },
  {
    id: 'it-band',
    name: 'Outer thigh (IT band area)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll'],
    muscles: [
      { anatomical: 'Iliotibial band (fascia)', plain: 'the firm band down the outer thigh' },
      { anatomical: 'Vastus lateralis', plain: 'outer thigh muscle beside the band' },
    ],
    regions: ['it-band'],
    setup:
      'Lie on your side with the roller under the outer thigh of the bottom leg, propped on your forearm. Cross the top leg in front and plant that foot flat on the floor to carry part of your weight.',
    steps: [
      'Start a hand-width below the bony point at the side of the hip.',
      'Roll in short, slow strokes down the outer thigh, stopping a hand-width above the knee.',
      'Tilt a little forward so the roller works the outer thigh muscle next to the band.',
      'Keep it short and light, then switch sides.',
    ],
    cues: [
      'Light pressure only: more is not better here.',
      'Keep the top foot planted and use it to steer the weight.',
      'Breathe easy; if you are holding your breath, press less.',
    ],
    pace: 12,
    pressure: {
      target: 3,
      lighter: 'Push more weight into the planted foot and your forearm, or use a softer roller.',
      deeper:
        'Rather than pressing harder, tilt a little further forward onto the outer thigh muscle.',
    },
    avoid: [
      'The bony point at the side of the hip: bone.',
      'The outer knee and just below it: joint, and the common fibular nerve lies close to the skin there.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Pain at the outer knee during running or cycling: see a clinician, and do not roll over the painful spot.',
      'If it is very tender, press less, not more.',
      'Varicose veins on the outer thigh: keep the tool off them.',
    ],
    why: 'May make the outer thigh feel less tight for a while. What eases is mainly the muscle beside the band; the band itself does not change.',
    note: "The IT band is a thick, stiff band of connective tissue running from the pelvis to just below the knee. Rolling does not lengthen it or 'release' it: stretching it even slightly takes far more force than a body can put on a roller, and one session of rolling did not change its stiffness in a study. Treat this as outer-thigh comfort: light and short. The muscles that pull on the band, the TFL and glute max, are often a better place to spend your time.",
  },
  {
    id: 'tfl',
    name: 'Front of the hip (TFL)',
    tools: ['ball', 'foam-roller'],
    techniques: ['roll', 'pin-and-hold', 'pin-and-stretch'],
    muscles: [{ anatomical: 'Tensor fasciae latae', plain: 'small muscle at the front-outer hip' }],
    regions: ['tfl'],
    setup:
      'Find the bony point at the front of your hip, then place the ball just below it and slightly toward the side. Lie face down on your forearms and turn your body about halfway onto that side.',
    steps: [
      'Let some of your weight settle onto the ball.',
      'Make small, slow rolls of an inch or two in any direction, staying on the front-outer hip.',
      'On a tender spot, pause and bend the knee slowly 5 to 8 times.',
      'Switch sides.',
    ],
    cues: [
      'Small area, small movements.',
      'Keep the ball on the outer side; if you feel it drifting toward the groin, move it back out.',
      'Breathe out and let the hip soften.',
    ],
    pace: 10,
    pressure: {
      target: 4,
      lighter: 'Take more weight into your forearms and the other leg, or use a softer ball.',
      deeper: 'Turn a little more onto that hip so more weight goes onto the ball.',
    },
    avoid: [
      'The bony point at the front of the hip: bone.',
      'Drifting inward toward the groin: the femoral nerve, artery and vein lie close to the surface in the upper inner thigh.',
      'The lower belly: organs and large blood vessels.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'Pregnant: skip this one, as it means lying face down near the belly.',
      'Recent hip or abdominal surgery, or a hernia: ask your surgeon or clinician first.',
      'A pulse under the ball: move it away.',
    ],
    why: 'May ease a tight feeling at the front-outer hip for a while, for example after long sitting or running.',
  },
  {
    id: 'adductors',
    name: 'Inner thigh (adductors and pectineus)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Adductor magnus', plain: 'inner thigh, large back part' },
      { anatomical: 'Adductor longus', plain: 'inner thigh, front part' },
      { anatomical: 'Adductor brevis', plain: 'inner thigh, deep under the front part' },
      { anatomical: 'Gracilis', plain: 'thin strap along the inner thigh to the knee' },
      { anatomical: 'Pectineus', plain: 'top of the inner thigh, near the groin' },
    ],
    regions: ['adductors'],
    setup:
      'Lie face down on your forearms. Bend one knee out to the side like a frog and set the roller under that inner thigh, just above the knee, lying in the same direction as your body.',
    steps: [
      'Start just above the inner knee, not on it.',
      'Shift your weight sideways in short, slow strokes of a few inches, working a little higher each time.',
      'Move up toward the pubic bone, and stop a hand-width below the groin crease.',
      'On a tender spot, pause and slowly bend and straighten the knee 5 to 8 times.',
      'Work your way back down to the knee, then switch legs.',
    ],
    cues: [
      'Short strokes, slower than feels natural.',
      'Tilt your hips slightly forward or back to reach the front and back parts of the inner thigh.',
      'Breathe out and let the thigh soften onto the roller.',
      'Daily is fine, as long as it feels fine the next day.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter: 'Take more weight into your forearms and the straight leg, or use a softer roller.',
      deeper: 'Lift the other hip slightly so more of your weight falls onto the roller.',
    },
    avoid: [
      'The inner knee: joint, and the gracilis tendon crosses it.',
      'The top hand-width of the inner thigh and the groin crease: the femoral nerve, artery and vein lie close to the surface there; never put a ball there.',
      'Visible or bulging veins on the inner thigh.',
    ],
    duration: 90,
    sides: 'both',
    goal: 'ease-soreness',
    cautions: [
      'A pulse under the roller: move away from it.',
      'A recent groin strain, or pain in the groin or inner knee: skip it and see a clinician.',
      'Knee pain when you squat or land: see a clinician; rolling is not a treatment for it.',
      'Pregnant: clot risk is higher and lying face down gets harder; ask your midwife or doctor first.',
    ],
    why: 'May ease inner-thigh tightness for a while, which people who notice their knees caving in during squats and landings often report. It does not change how your knees move: strength, ankle mobility and movement practice do that work.',
  },

  // ─── Hips and glutes ─────────────────────────────────────────────────────────────────
  {
    id: 'glute-max',
    name: 'Buttock (glute max)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [{ anatomical: 'Gluteus maximus', plain: 'the large buttock muscle' }],
    regions: ['glute-max'],
    setup:
      "Sit on the roller with your hands on the floor behind you. Cross one ankle over the opposite knee and lean toward the crossed leg's side.",
    steps: [
      'Roll slowly over the meaty part of the buttock, from just below the top of the pelvis to the sit bone.',
      'Shift your lean a little to cover the inner and outer parts.',
      'On a tender spot, pause and let the crossed knee drop slowly out and back 5 to 8 times.',
      'Switch sides.',
    ],
    cues: [
      'Slower than feels natural.',
      'Let the hip go heavy and breathe out.',
      'Tingling or burning down the leg means shift to a different spot.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter:
        'Uncross the leg and keep both feet on the floor, taking more weight into your hands.',
      deeper:
        'Swap the roller for a ball, or lift the supporting hand so more weight goes onto the buttock.',
    },
    avoid: [
      'The flat bone in the middle at the back of the pelvis (sacrum) and the tailbone: bone.',
      'The top rim of the pelvis: bone.',
    ],
    duration: 90,
    sides: 'both',
    goal: 'ease-soreness',
    cautions: [
      'Pain, tingling or numbness spreading down the leg: move off and see a clinician if it keeps happening.',
      'Recent hip surgery or a tailbone injury: ask your clinician first.',
    ],
    why: 'May ease soreness or tightness in the buttock for a while, and make a hip stretch feel easier.',
  },
  {
    id: 'glute-med',
    name: 'Side of the hip (glute med)',
    tools: ['ball', 'foam-roller'],
    techniques: ['roll', 'pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Gluteus medius', plain: 'upper-outer hip' },
      { anatomical: 'Gluteus minimus', plain: 'upper-outer hip, deeper' },
    ],
    regions: ['glute-med'],
    setup:
      'Sit on the floor leaning onto one side, with the ball under the upper-outer hip, just below the top rim of the pelvis. Support yourself on your hand or forearm.',
    steps: [
      'Let some of your weight settle onto the ball.',
      'Roll slowly in small strokes between the rim of the pelvis and the bony point at the side of the hip.',
      'On a tender spot, pause and slowly move the knee in and out 5 to 8 times.',
      'Switch sides.',
    ],
    cues: [
      'Small, slow movements.',
      'Stay on soft muscle, below the bony rim and above the bony point of the hip.',
      'Breathe out and let the hip soften.',
    ],
    pace: 10,
    pressure: {
      target: 5,
      lighter:
        'Lean back so more weight goes into your hands, or use the roller instead of the ball.',
      deeper: 'Lean further over the ball and lift the supporting hand a little.',
    },
    avoid: ['The top rim of the pelvis: bone.', 'The bony point at the side of the hip: bone.'],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Pain on the bony point of the hip, or pain when lying on that side at night: skip it and see a clinician.',
      'Recent hip surgery: ask your surgeon first.',
    ],
    why: 'May ease a tight or tired feeling at the side of the hip for a while, for example after walking, running or standing a lot.',
  },
  {
    id: 'piriformis',
    name: 'Deep buttock (piriformis)',
    tools: ['ball', 'foam-roller'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Piriformis', plain: 'deep buttock muscle' },
      {
        anatomical: 'Deep hip rotators (gemelli, obturator internus)',
        plain: 'small deep hip muscles',
      },
    ],
    regions: ['piriformis'],
    setup:
      'Sit on the floor with the ball under the middle of one buttock. Cross that ankle over the opposite knee in a figure-4 and lean toward the crossed side.',
    steps: [
      'Find a spot in the middle of the buttock, between the edge of the tailbone area and the bony point of the hip.',
      'Let your weight settle on the ball and hold for a few slow breaths.',
      'Let the crossed knee drop slowly out and back in, 5 to 8 times.',
      'If nothing eases after a few breaths, move the ball an inch and try again.',
      'Switch sides.',
    ],
    cues: [
      'Stillness and breathing do the work here; you do not need to grind.',
      'Tingling, burning or shooting pain down the leg means move off right away.',
    ],
    pace: 0,
    pressure: {
      target: 5,
      lighter: 'Uncross the leg and take more weight into your hands, or use a roller.',
      deeper: 'Lift the supporting hand a little so more weight falls onto the ball.',
    },
    avoid: [
      'The sacrum and the tailbone: bone.',
      'The bony point at the side of the hip: bone.',
      'Any spot that sends tingling, burning or shooting pain down the leg: the sciatic nerve runs beneath or through this muscle.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'Sciatica or leg pain, numbness or weakness: see a clinician; rolling is not a treatment for it.',
      'Recent hip surgery: ask your surgeon first.',
    ],
    why: 'May ease a deep, tight feeling in the buttock for a while and make a figure-4 stretch feel easier.',
  },
  {
    id: 'hip-flexors',
    name: 'Front of the hip (hip flexors)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll', 'pin-and-stretch', 'pin-and-hold'],
    muscles: [
      { anatomical: 'Rectus femoris (upper part)', plain: 'top of the front thigh' },
      { anatomical: 'Iliacus (reached only lightly)', plain: 'inside the front of the pelvis' },
    ],
    regions: ['hip-flexors', 'quadriceps'],
    setup:
      'Lie face down on your forearms with the roller under the top of one thigh, a few fingers below the bony point at the front of the hip.',
    steps: [
      'Roll in short, slow strokes over the top third of the front thigh, staying on the front and outer side.',
      'On a tight spot, pause and slowly bend the knee 5 times.',
      'Optional, only if that felt fine: swap to a soft ball just inside the front hip bone and rest on it gently for a few breaths. Do not sink deep into the belly.',
      'Switch sides.',
    ],
    cues: [
      'Gentle here: a steady, easy pressure is plenty.',
      'A pulse under the tool means move away.',
      'Breathe slowly into your belly.',
    ],
    pace: 10,
    pressure: {
      target: 4,
      lighter: 'Take more weight into your forearms and the other knee.',
      deeper: 'Straighten the other leg off the floor, but keep the ball step gentle regardless.',
    },
    avoid: [
      'The bony point at the front of the hip: bone.',
      'The groin crease and upper inner thigh: the femoral nerve, artery and vein lie close to the surface there.',
      'Deep pressure into the belly: the bowel and the main artery of the body lie there.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Pregnant: skip this one, as it puts pressure near the belly.',
      'A hernia or recent abdominal or hip surgery: skip it.',
      'A pulse under the ball or roller: move it away.',
    ],
    why: 'May make the front of the hip feel less tight for a while, for example after long sitting, and make a hip-flexor stretch feel easier.',
    note: 'The deepest hip flexor, the psoas, sits inside the belly beside the spine, the bowel and large blood vessels, so pressing for it is not worth the risk. This exercise works the part you can reach safely from the top of the thigh, with an optional, gentle ball just inside the hip bone.',
  },
  {
    id: 'quadratus-lumborum',
    name: 'Side of the low back (QL)',
    tools: ['ball', 'foam-roller'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Quadratus lumborum', plain: 'deep muscle at the side of the low back' },
    ],
    regions: ['quadratus-lumborum'],
    setup:
      'Stand with your back to a wall and place a ball between the wall and one side of your low back, in the soft gap between the lowest rib and the top of the pelvis, well out to the side of the spine.',
    steps: [
      'Lean back just enough to feel gentle pressure.',
      'Stay still and breathe slowly for a few breaths.',
      'Slowly bend your upper body away from the ball and back, 5 times.',
      'Move the ball an inch up or down, staying between the rib and the pelvis, and repeat.',
      'Switch sides.',
    ],
    cues: [
      'Gentle only: this area does not need deep pressure.',
      'Keep the ball out to the side, never on the spine.',
      'Stop if it feels sharp or spreads down the leg.',
    ],
    pace: 0,
    pressure: {
      target: 3,
      lighter: 'Stand with your feet closer to the wall so you lean on it less.',
      deeper: 'Keep it gentle; stay a little longer instead of pressing harder.',
    },
    avoid: [
      'The spine itself: the low back has no rib cover, so keep the ball well out to the side.',
      'Deep pressure at the side of the waist: the kidneys sit here, partly under the lowest ribs.',
      'The lowest ribs and the top rim of the pelvis: bone.',
      'The belly and the front of the waist: organs.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'Osteoporosis: skip it, or ask a professional first.',
      'Low-back pain that spreads down the leg, comes with numbness or tingling, fever, or wakes you at night: see a clinician instead.',
      'Kidney problems or pain in the side of the waist: skip it.',
      'Pregnant: skip it.',
    ],
    why: 'May ease a tight, achy feeling at the side of the low back for a while, for example after long sitting or standing.',
    note: 'This is the low back approached safely: the ball goes against a wall for control, out to the side of the spine, with gentle pressure. Never roll the low-back spine itself.',
  },

  // ─── Back and trunk ──────────────────────────────────────────────────────────────────
  {
    id: 'thoracic-spine',
    name: 'Upper back',
    tools: ['foam-roller', 'peanut-ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      {
        anatomical: 'Erector spinae (thoracic part)',
        plain: 'long muscles beside the upper spine',
      },
      { anatomical: 'Middle and lower trapezius', plain: 'muscles between the shoulder blades' },
    ],
    regions: ['thoracic-spine'],
    setup:
      'Sit on the floor with knees bent and the roller across your back, just below the shoulder blades. Cradle your head in your hands, elbows in, and lift your hips a little.',
    steps: [
      'Roll slowly up to the top of the shoulder blades and back down to the bottom of the ribs.',
      'Pause with the roller at one spot, keep your head cradled, and gently arch back over it for 2 to 3 breaths.',
      'Come back up, move the roller an inch higher, and arch again.',
      'Work your way up the upper back in small steps, then rest.',
    ],
    cues: [
      'Keep your head supported in your hands; do not let it hang back.',
      'Stop at the bottom of the ribs; the low back is not for rolling.',
      'Breathe out as you arch back.',
    ],
    pace: 10,
    pressure: {
      target: 5,
      lighter: 'Keep your hips on the floor, or use a softer roller.',
      deeper:
        'Lift your hips higher, or use a peanut ball so the two balls sit either side of the spine.',
    },
    avoid: [
      'Below the bottom of the ribs: the low-back spine has no rib cover and the kidneys sit close by.',
      'The neck: do not let the roller ride up under it.',
    ],
    duration: 60,
    sides: 'none',
    goal: 'mobility',
    cautions: [
      'Osteoporosis: skip it, as it presses on the spine and ribs.',
      'Pregnant after the first trimester: limit time lying on your back; ask your midwife or doctor.',
      'A recent rib or back injury: skip it.',
    ],
    why: 'May make the upper back feel less stiff for a while, and make sitting tall or reaching overhead feel easier.',
  },
  {
    id: 'lats',
    name: 'Side of the back (lats)',
    tools: ['foam-roller', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Latissimus dorsi', plain: 'broad muscle down the side of the back' },
      { anatomical: 'Teres major', plain: 'outer edge of the shoulder blade' },
    ],
    regions: ['lats'],
    setup:
      'Lie on your side with the roller under you at the level of your lower ribs. Stretch the bottom arm overhead with the thumb pointing up, and bend your knees for balance.',
    steps: [
      'Roll slowly up from the lower ribs toward the back edge of the armpit, then back down.',
      'Roll a little onto your back, then a little onto your chest, to cover the whole muscle.',
      'On a tender spot, pause and slowly bend and straighten the overhead arm 5 times.',
      'Switch sides.',
    ],
    cues: [
      'Slower than feels natural.',
      'Stop at the edge of the armpit, not in it.',
      'Tingling in the arm or hand means move off.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter: 'Use the top hand and the top leg on the floor to take weight off.',
      deeper: 'Straighten your legs and lift the top hand off the floor.',
    },
    avoid: [
      'The armpit: nerves to the arm, blood vessels and lymph nodes lie close to the surface.',
      'The low back below the ribs: keep the roller on the side of the trunk.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Osteoporosis: skip it, as the roller presses on the ribs.',
      'A recent shoulder injury, dislocation or surgery: ask your clinician first.',
      'Tingling or numbness in the arm: move off right away.',
    ],
    why: 'May make reaching overhead feel easier for a while, for example before swimming, pressing or pulling.',
  },
  {
    id: 'rhomboids',
    name: 'Between the shoulder blades (rhomboids)',
    tools: ['ball', 'peanut-ball'],
    techniques: ['roll', 'pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Rhomboid major and minor', plain: 'between the spine and the shoulder blade' },
      { anatomical: 'Middle trapezius', plain: 'across the middle of the upper back' },
    ],
    regions: ['rhomboids'],
    setup:
      'Stand with your back to a wall and place a ball between the wall and your upper back, between the spine and the inner edge of one shoulder blade. Hug your arms across your chest.',
    steps: [
      'Lean into the wall so the ball presses into the muscle.',
      'Bend and straighten your knees a little to roll the ball slowly up and down.',
      'On a tender spot, pause and reach the arm on that side slowly across your body and back, 5 times.',
      'Switch sides.',
    ],
    cues: [
      'Keep the ball on muscle, a finger or two out from the bony bumps of the spine.',
      'Hugging your arms opens the space between the shoulder blades.',
      'Breathe slowly and let your shoulders drop.',
    ],
    pace: 10,
    pressure: {
      target: 5,
      lighter: 'Step your feet closer to the wall so you lean less.',
      deeper: 'Do it lying on the floor with the ball under you, or with a firmer ball.',
    },
    avoid: [
      'The bony bumps of the spine: bone.',
      'The inner edge of the shoulder blade itself: bone.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Osteoporosis: skip it, as the ball presses on the ribs.',
      'Tingling in the arm or hand: move off.',
    ],
    why: 'May ease a tight or achy feeling between the shoulder blades for a while, for example after desk work.',
  },

  // ─── Neck, shoulders and chest ───────────────────────────────────────────────────────
  {
    id: 'upper-trapezius',
    name: 'Top of the shoulder (upper trapezius)',
    tools: ['ball'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Upper trapezius', plain: 'top of the shoulder, toward the neck' },
      { anatomical: 'Levator scapulae', plain: 'side-back of the neck to the shoulder blade' },
    ],
    regions: ['upper-trapezius'],
    setup:
      'Stand facing away from a corner or door frame, or lie on your back, and place the ball on the thick ridge of muscle on top of one shoulder, halfway between the neck and the shoulder tip.',
    steps: [
      'Lean into the ball until you feel a steady, tolerable pressure.',
      'Hold still and breathe slowly for a few breaths.',
      'Slowly tilt your head away from the ball and back, 5 times.',
      'Move the ball an inch along the ridge and repeat, then switch sides.',
    ],
    cues: [
      'Stay on the muscle ridge, not the hollow in front of it.',
      'Let the shoulder drop away from your ear.',
      'Tingling in the arm or hand means move off.',
    ],
    pace: 0,
    pressure: {
      target: 4,
      lighter: 'Lean less, or use a softer ball.',
      deeper: 'Lean a little more into the ball; keep it tolerable.',
    },
    avoid: [
      'The hollow just above the collarbone: nerves and blood vessels to the arm pass there.',
      'The front and sides of the neck: pressure on the neck artery can slow the heart and cause fainting.',
      'The collarbone and the bony tip of the shoulder: bone.',
      'The bony bumps of the spine: bone.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'Tingling, numbness or weakness in the arm: move off right away.',
      'Dizziness or a headache: stop.',
      'A recent neck injury such as whiplash: ask a clinician first.',
    ],
    why: 'May ease tension across the top of the shoulders for a while, for example after a long day at a screen.',
  },
  {
    id: 'neck',
    name: 'Back of the neck and skull base',
    tools: ['ball', 'peanut-ball'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Suboccipitals', plain: 'small muscles just under the skull' },
      { anatomical: 'Splenius capitis', plain: 'back of the neck' },
      { anatomical: 'Semispinalis capitis', plain: 'long muscle at the back of the neck' },
    ],
    regions: ['neck-posterior', 'suboccipitals'],
    setup:
      'Put two tennis-size balls in a sock and tie it off, or use a peanut ball. Lie on your back with knees bent and rest the back of your head on them, so one ball sits on each side of the spine just under the bony ridge at the base of the skull.',
    steps: [
      'Let the weight of your head settle onto the balls. Do not push down.',
      'Breathe slowly and let your jaw and shoulders relax.',
      "Make small, slow nods, as if saying yes, a finger's width each way, 5 times.",
      'Make small, slow turns of the head, left and right, 5 times.',
      'To reach lower, slide the balls an inch down the back of the neck and rest again.',
    ],
    cues: [
      'Head weight only: let gravity do it.',
      'Back of the neck only, one ball on each side of the spine.',
      'Stop with dizziness, changes in vision, a headache, or any tingling in the arms.',
    ],
    pace: 0,
    pressure: {
      target: 3,
      lighter: 'Lay a folded towel over the balls, or use softer balls.',
      deeper: 'Do not add pressure here; stay a little longer and breathe instead.',
    },
    avoid: [
      'The front and sides of the neck: pressure on the neck artery can slow the heart and cause fainting.',
      'The bony middle of the neck: the balls sit either side of the spine, never on it, and a roller does not go on the neck.',
      'Pushing the head down: head weight is all the pressure this area needs.',
    ],
    duration: 60,
    sides: 'none',
    goal: 'tender-spots',
    cautions: [
      'Stop right away with dizziness, changes in vision, a headache, or tingling, numbness or weakness in the arms.',
      'A recent neck injury such as whiplash, or neck pain after a fall: see a clinician instead.',
      "Osteoporosis or known problems with the neck's blood vessels: ask a professional first.",
      'Pregnant after the first trimester: keep time on your back short or prop your upper body on pillows; ask your midwife or doctor.',
    ],
    why: 'May ease tension at the back of the neck and the base of the skull for a while, for example after a day at a screen.',
  },
  {
    id: 'pecs',
    name: 'Chest (pecs)',
    tools: ['ball'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Pectoralis major', plain: 'large chest muscle' },
      { anatomical: 'Pectoralis minor', plain: 'small muscle under it, toward the shoulder' },
    ],
    regions: ['pecs'],
    setup:
      'Stand facing a wall or door frame and place a ball between the wall and the chest muscle, just below the collarbone and a hand-width in from the front of the shoulder.',
    steps: [
      'Lean in until you feel a steady, tolerable pressure.',
      'Hold still and breathe slowly for a few breaths.',
      'Slowly slide that arm up the wall and back down, 5 times.',
      'Move the ball an inch toward the breastbone or the shoulder and repeat, then switch sides.',
    ],
    cues: [
      'Stay on muscle, below the collarbone and away from the armpit.',
      'Tingling in the arm or hand means move off.',
      'Breathe slowly and let the shoulder soften.',
    ],
    pace: 0,
    pressure: {
      target: 4,
      lighter: 'Lean less, or use a softer ball.',
      deeper: 'Lean more into the wall; keep it tolerable.',
    },
    avoid: [
      'The armpit: nerves to the arm, blood vessels and lymph nodes lie close to the surface.',
      'The collarbone and breastbone: bone.',
      'Breast tissue.',
      'Any implanted device such as a pacemaker or port: keep well away.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'An implanted device, breast implants or recent chest or breast surgery: ask your doctor first.',
      'Osteoporosis: press lightly, as the ball sits over the ribs, or skip it.',
      'Tingling, numbness or weakness in the arm: move off right away.',
    ],
    why: 'May ease a tight feeling across the front of the chest and shoulder for a while, and make a doorway chest stretch feel easier.',
  },
  {
    id: 'infraspinatus',
    name: 'Back of the shoulder blade (infraspinatus)',
    tools: ['ball'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [{ anatomical: 'Infraspinatus', plain: 'back of the shoulder blade' }],
    regions: ['infraspinatus'],
    setup:
      'Stand with your back to a wall and place a ball on the flat back of one shoulder blade, below the bony ridge that runs across its top.',
    steps: [
      'Lean into the ball until you feel a steady, tolerable pressure.',
      'Hold still and breathe slowly for a few breaths.',
      'Keep the elbow at your side, bent to 90 degrees, and slowly turn the forearm out and in, 5 to 8 times.',
      'Move the ball an inch and repeat, then switch sides.',
    ],
    cues: [
      'Stay on the flat part of the shoulder blade, below the ridge.',
      'Keep the movement slow and small.',
      'Tingling in the arm means move off.',
    ],
    pace: 0,
    pressure: {
      target: 5,
      lighter: 'Step your feet closer to the wall so you lean less.',
      deeper: 'Lie on the floor with the ball under the shoulder blade.',
    },
    avoid: [
      'The bony ridge across the top of the shoulder blade: bone.',
      'The back of the shoulder joint: joint.',
      'The armpit: nerves and blood vessels lie close to the surface.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'A recent shoulder injury, dislocation or surgery: ask your clinician first.',
      'Tingling, numbness or weakness in the arm: move off right away.',
    ],
    why: 'May ease a tight or achy feeling at the back of the shoulder for a while, for example before throwing, pressing or swimming.',
  },
  {
    id: 'teres',
    name: 'Outer edge of the shoulder blade (teres)',
    tools: ['ball', 'foam-roller'],
    techniques: ['pin-and-hold', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Teres major', plain: 'outer edge of the shoulder blade, lower' },
      { anatomical: 'Teres minor', plain: 'outer edge of the shoulder blade, upper' },
    ],
    regions: ['teres'],
    setup:
      'Lie on your side with the bottom arm stretched overhead. Place the ball under the back fold of the armpit, on the outer edge of the shoulder blade.',
    steps: [
      'Roll a little toward your back so the ball sits on the muscle beside the shoulder blade edge.',
      'Let your weight settle and breathe slowly for a few breaths.',
      'Slowly bend and straighten the overhead arm, 5 times.',
      'Move the ball an inch along the edge and repeat, then switch sides.',
    ],
    cues: [
      'Stay behind the armpit, on the back fold, never in the hollow.',
      'Tingling in the arm or hand means move off.',
    ],
    pace: 0,
    pressure: {
      target: 4,
      lighter: 'Roll further onto your back and take weight into your legs, or use a roller.',
      deeper: 'Roll a little more onto your side over the ball.',
    },
    avoid: [
      'The armpit: nerves to the arm, blood vessels and lymph nodes lie close to the surface.',
      'The shoulder joint: joint.',
    ],
    duration: 45,
    sides: 'both',
    goal: 'tender-spots',
    cautions: [
      'A recent shoulder injury, dislocation or surgery: ask your clinician first.',
      'Tingling, numbness or weakness in the arm: move off right away.',
      'Osteoporosis: press lightly, or skip it.',
    ],
    why: 'May ease tightness at the back of the armpit for a while and make reaching overhead feel easier.',
  },

  // ─── Arms ────────────────────────────────────────────────────────────────────────────
  {
    id: 'forearm-flexors',
    name: 'Forearm, palm side (flexors)',
    tools: ['ball', 'stick'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Wrist and finger flexors', plain: 'palm side of the forearm' },
      { anatomical: 'Pronator teres', plain: 'palm side, just below the elbow' },
    ],
    regions: ['forearm-flexors'],
    setup:
      'Sit at a table and rest your forearm on a ball, palm up. Place your other hand on top of the forearm to add gentle pressure.',
    steps: [
      'Start a few fingers below the elbow crease, on the muscle.',
      'Roll slowly toward the wrist, stopping a few fingers above it, then back.',
      'Turn the forearm a little each way to cover the inner and outer parts.',
      'On a tender spot, pause and slowly make a fist and open the hand, then bend the wrist up and down, 5 times each.',
      'Switch arms.',
    ],
    cues: [
      'Slower than feels natural.',
      'Tingling in the fingers means move off.',
      'Keep your shoulders relaxed.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter: 'Take the top hand away and let the forearm rest on the ball.',
      deeper: 'Press down a little more with the top hand.',
    },
    avoid: [
      "The inner elbow: the ulnar nerve lies close to the surface there (the 'funny bone').",
      'The elbow crease and the wrist: joints, nerves and tendons.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Tingling or numbness in the fingers: move off right away.',
      'Recent wrist or elbow injury, or numb fingers at night: see a clinician rather than rolling.',
    ],
    why: 'May ease forearm tightness for a while after typing, gripping, climbing or lifting.',
  },
  {
    id: 'forearm-extensors',
    name: 'Forearm, back side (extensors)',
    tools: ['ball', 'stick'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Wrist and finger extensors', plain: 'back of the forearm' },
      { anatomical: 'Brachioradialis', plain: 'thumb side of the forearm' },
    ],
    regions: ['forearm-extensors'],
    setup:
      'Sit at a table and rest your forearm on a ball, palm down. Place your other hand on top of the forearm to add gentle pressure.',
    steps: [
      'Start a few fingers below the bony point on the outside of the elbow.',
      'Roll slowly toward the wrist, stopping a few fingers above it, then back.',
      'Turn the forearm a little each way to cover the thumb side and the middle.',
      'On a tender spot, pause and slowly make a fist and open the hand, then bend the wrist up and down, 5 times each.',
      'Switch arms.',
    ],
    cues: [
      'Slower than feels natural.',
      'Tingling in the hand means move off.',
      'Keep your shoulders relaxed.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter: 'Take the top hand away and let the forearm rest on the ball.',
      deeper: 'Press down a little more with the top hand.',
    },
    avoid: [
      'The bony point on the outside of the elbow: bone and tendon.',
      'The wrist: joint and tendons.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'Pain at the outer elbow that has lasted weeks: do not press on the painful spot; see a clinician.',
      'Tingling or numbness in the hand: move off right away.',
    ],
    why: 'May ease forearm tightness for a while after typing, gripping, climbing or lifting.',
  },
  {
    id: 'biceps',
    name: 'Front of the upper arm (biceps)',
    tools: ['stick', 'ball'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [
      { anatomical: 'Biceps brachii', plain: 'front of the upper arm' },
      { anatomical: 'Brachialis', plain: 'front of the upper arm, deeper and lower' },
    ],
    regions: ['biceps'],
    setup:
      'Sit with your arm resting on a table, palm up. Hold the stick in your other hand across the front of the upper arm, or lean the arm onto a ball on the table.',
    steps: [
      'Start a hand-width below the front of the shoulder.',
      'Roll slowly down the front of the upper arm, stopping a few fingers above the elbow crease, then back.',
      'On a tender spot, pause and slowly bend and straighten the elbow, 5 times.',
      'Switch arms.',
    ],
    cues: [
      'Stay on the front of the arm, not in the groove on the inner side.',
      'Slower than feels natural.',
      'Tingling in the hand means move off.',
    ],
    pace: 12,
    pressure: {
      target: 4,
      lighter: 'Press more lightly with the stick, or lean less onto the ball.',
      deeper: 'Press a little more firmly; keep it tolerable.',
    },
    avoid: [
      'The elbow crease: joint, with a large blood vessel and nerve passing through.',
      'The groove on the inner side of the upper arm: the main artery and nerves of the arm run there.',
      'The front of the shoulder joint: joint.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'A recent biceps strain, or pain at the front of the shoulder or elbow: see a clinician first.',
      'Tingling or numbness in the hand: move off right away.',
    ],
    why: 'May ease tightness or soreness at the front of the upper arm for a while, for example after lifting or carrying.',
  },
  {
    id: 'triceps',
    name: 'Back of the upper arm (triceps)',
    tools: ['foam-roller', 'ball', 'stick'],
    techniques: ['roll', 'pin-and-stretch'],
    muscles: [{ anatomical: 'Triceps brachii', plain: 'back of the upper arm' }],
    regions: ['triceps'],
    setup:
      'Lie on your side with the bottom arm stretched overhead and the roller under the back of that upper arm. Rest your head on a pillow or the arm.',
    steps: [
      'Start a few fingers above the point of the elbow.',
      'Roll slowly toward the armpit, stopping at the back of the shoulder, then back.',
      'Turn the arm a little each way to cover the inner and outer parts.',
      'On a tender spot, pause and slowly bend and straighten the elbow, 5 times.',
      'Switch arms.',
    ],
    cues: [
      'Slower than feels natural.',
      'Stay behind the armpit, never in it.',
      'Tingling in the hand means move off.',
    ],
    pace: 12,
    pressure: {
      target: 5,
      lighter: 'Take more weight into the top hand on the floor, or use a stick while seated.',
      deeper: 'Lift the top hand and let more of your weight rest on the arm.',
    },
    avoid: [
      'The point of the elbow: bone and joint.',
      'The armpit: nerves to the arm, blood vessels and lymph nodes lie close to the surface.',
      'The groove on the inner side of the upper arm: the main artery and nerves of the arm run there.',
    ],
    duration: 60,
    sides: 'both',
    goal: 'mobility',
    cautions: [
      'A recent shoulder or elbow injury: ask your clinician first.',
      'Tingling or numbness in the hand: move off right away.',
    ],
    why: 'May ease tightness or soreness at the back of the upper arm for a while, for example after pushing or pressing.',
  },
];
