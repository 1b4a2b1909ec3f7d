/**
 * The exercise pictures in words, in Spanish: the text alternative of each catalog exercise's
 * illustration (English in `content/illustration-text.ts`).
 */
export const esPictures: Readonly<Record<string, string>> = {
  'plantar-fascia': 'Sentado en una silla, con un pie sobre una pelota en el suelo, la pelota bajo la parte delantera del talón.',
  calves:
    'Sentado en el suelo con las piernas estiradas, una pantorrilla sobre el rodillo justo bajo la rodilla, manos detrás, cadera levantada.',
  'tibialis-anterior': 'A cuatro patas, una espinilla sobre el rodillo a un ancho de mano de la rodilla, la otra rodilla en el suelo.',
  peroneals:
    'De lado, apoyado en el antebrazo bajo el hombro, el lateral de la pierna de abajo sobre el rodillo, el pie de arriba plantado delante.',
  hamstrings: 'Sentado en el suelo, un muslo sobre el rodillo justo bajo el glúteo, manos detrás, cadera levantada.',
  quadriceps:
    'Boca abajo sobre los antebrazos, la parte delantera de un muslo sobre el rodillo bajo la cadera, la otra rodilla doblada hacia fuera.',
  'it-band':
    'De lado, apoyado en el antebrazo bajo el hombro, la parte externa del muslo de abajo sobre el rodillo, el pie de arriba plantado delante.',
  tfl: 'Boca abajo sobre los antebrazos, medio girado hacia un lado, con una pelota bajo la parte delantera de esa cadera.',
  adductors: 'Boca abajo sobre los antebrazos, un muslo sobre el rodillo por encima de la rodilla, esa rodilla doblada hacia un lado.',
  'glute-max': 'Sentado sobre el rodillo con las manos en el suelo por detrás, un tobillo cruzado sobre la otra rodilla.',
  'glute-med': 'Inclinado hacia un lado en el suelo, apoyado en el antebrazo bajo el hombro, con una pelota bajo el lateral de la cadera.',
  piriformis: 'Sentado sobre una pelota bajo un glúteo, ese tobillo cruzado sobre la otra rodilla, las manos en el suelo por detrás.',
  'hip-flexors': 'Boca abajo sobre los antebrazos, la parte alta de un muslo sobre el rodillo, justo bajo la cadera.',
  'quadratus-lumborum': 'De pie de espaldas a una pared, con una pelota entre la pared y la zona lumbar, a un lado de la columna.',
  'thoracic-spine':
    'Recostado sobre el rodillo atravesado bajo la parte alta de la espalda, rodillas dobladas, manos tras la cabeza, cadera algo levantada.',
  lats: 'Tumbado de lado sobre el rodillo a la altura de las costillas inferiores, el brazo de abajo estirado, la rodilla de arriba doblada.',
  serratus: 'De pie de lado a una pared, con un brazo levantado y una pelota entre la pared y el costado de las costillas.',
  rhomboids: 'De pie de espaldas a una pared, brazos cruzados, una pelota entre la pared y la espalda alta, junto a la columna.',
  'upper-trapezius': 'De pie de espaldas a una pared, con una pelota entre la pared y la parte alta de un hombro.',
  neck: 'Tumbado boca arriba con las rodillas dobladas, la base del cráneo apoyada sobre las pelotas.',
  pecs: 'De pie frente a una pared, con una pelota entre la pared y el pecho, justo por debajo de la clavícula.',
  'front-deltoid': 'De pie, girado hacia una pared, con una pelota entre la pared y la parte delantera del hombro.',
  infraspinatus: 'De pie de espaldas a una pared, con una pelota sobre el omóplato y el codo doblado junto al cuerpo.',
  'rear-deltoid': 'De pie de espaldas a una pared, con una pelota entre la pared y la parte de atrás del hombro.',
  teres: 'Tumbado de lado, el brazo de abajo estirado por encima de la cabeza, una pelota bajo el borde externo del omóplato.',
  'forearm-flexors':
    'Sentado a una mesa, el antebrazo palma abajo, su cara palmar sobre una pelota, la mano relajada hacia abajo y la otra mano encima.',
  'forearm-extensors':
    'Sentado a una mesa, el antebrazo palma arriba con el dorso sobre una pelota, los dedos curvados hacia arriba y la otra mano encima.',
  biceps:
    'Sentado a una mesa, un brazo apoyado en ella palma arriba, la otra mano sujeta una barra de masaje atravesada por delante del brazo.',
  triceps: 'Tumbado de lado, el brazo de abajo estirado por encima de la cabeza, la parte de atrás de ese brazo sobre el rodillo.',
};
