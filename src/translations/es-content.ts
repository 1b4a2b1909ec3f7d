/**
 * The built-in content in Spanish: exercises, presets, body regions, the finder's concerns and the
 * safety copy. Data only: pass it to `registerContentTranslation` (the CDN bundle does that by
 * itself for pages in Spanish). Anything left out shows in English.
 */
import type { ContentTranslation } from '../core/content-translation.js';
import { esPictures } from './es-pictures.js';

const SLOWER = 'Más despacio de lo que te sale natural.';
const SLOWER_PACE = 'Más despacio de lo que te sale natural: unos 2,5 cm por segundo.';
const VARICOSE = 'Varices: no apoyes el accesorio sobre ellas.';
const ARMPIT = 'La axila: ahí hay nervios del brazo, vasos sanguíneos y ganglios linfáticos cerca de la superficie.';
const SHOULDER_INJURY = 'Una lesión, luxación u operación reciente del hombro: consulta antes a un profesional de la salud.';
const ARM_TINGLING = 'Hormigueo, entumecimiento o debilidad en el brazo: apártate de inmediato.';
const FOREARM_WHY = 'Puede aliviar durante un rato la tensión del antebrazo después de escribir, agarrar, escalar o levantar peso.';
const SPINE_BUMPS = 'Las protuberancias óseas de la columna: hueso.';

export const esContent: ContentTranslation = {
  lang: 'es',
  pictures: { ...esPictures },
  exercises: {
    'plantar-fascia': {
      name: 'Planta del pie',
      setup:
        'Siéntate en una silla con un pie descalzo o con calcetín apoyado sobre una pelota en el suelo. Empieza sentado; más adelante puedes ponerte de pie, sujetándote a una pared o a una silla, para cargar más peso.',
      spoken: 'Sentado en una silla, pelota bajo la parte delantera del talón. Rueda despacio por el arco, sin llegar a los dedos.',
      steps: [
        'Coloca la pelota bajo el borde delantero del talón.',
        'Rueda despacio hacia delante por el arco hasta justo detrás de la base de los dedos, y vuelve.',
        'Recorre por turnos el borde interno del arco, el centro y el borde externo.',
        'En un punto sensible, detente y mantén la presión unas cuantas respiraciones.',
        'Mientras mantienes, encoge y abre los dedos despacio de 5 a 8 veces; después cambia de pie.',
      ],
      cues: [
        SLOWER_PACE,
        'Mantén los dedos y el tobillo relajados mientras ruedas.',
        'Debe sentirse como una presión firme que se calma si te quedas, no como un dolor agudo.',
      ],
      avoid: [
        'Los huesos prominentes de la almohadilla del pie y las articulaciones de los dedos: son hueso y articulación, no tejido blando.',
        'Los huesos del tobillo, a ambos lados: hueso con poco acolchado.',
      ],
      cautions: [
        'Diabetes o poca sensibilidad en los pies: quédate sentado, usa una pelota blanda y revisa la piel después.',
        'Dolor de talón que dura semanas: en un ensayo, rodar no funcionó mejor que estirar, así que consulta a un profesional de la salud y toma el automasaje solo como un complemento para estar más cómodo.',
        'No lo hagas si tienes ampollas, cortes, una erupción o una infección en la planta.',
      ],
      why: 'Puede hacer que la planta y el arco se noten menos tensos durante un rato, y que estar de pie, caminar o estirar la pantorrilla resulte más fácil.',
      pressure: {
        lighter: 'Quédate sentado y echa el cuerpo hacia atrás para que el pie solo descanse sobre la pelota.',
        deeper: 'Ponte de pie, sujétate a una pared o a una silla y pasa más peso a ese pie.',
      },
      muscles: [
        'la banda firme a lo largo de la planta',
        'músculos cortos de los dedos, bajo el arco',
        'músculo a lo largo del borde interno del arco',
      ],
    },
    calves: {
      name: 'Pantorrillas',
      setup:
        'Siéntate en el suelo con las piernas estiradas y el rodillo bajo una pantorrilla, justo debajo de la rodilla. Apoya las manos en el suelo por detrás y levanta la cadera.',
      spoken:
        'Piernas estiradas, rodillo bajo la parte alta de la pantorrilla. Levanta la cadera y rueda despacio hacia abajo, sin llegar al Aquiles.',
      steps: [
        'Rueda despacio desde justo debajo de la parte de atrás de la rodilla hasta donde la pantorrilla se estrecha en el tendón de Aquiles, y vuelve a subir.',
        'Gira el pie hacia dentro para trabajar la parte interna de la pantorrilla, y hacia fuera para la externa.',
        'Dobla un poco la rodilla y rueda la mitad inferior de la pantorrilla para llegar al sóleo, más profundo.',
        'En un punto sensible, detente y estira y flexiona el tobillo despacio (punta hacia delante, punta hacia ti) de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
      cues: [
        SLOWER_PACE,
        'Suelta el aire y deja que la pantorrilla se hunda en el rodillo.',
        'La molestia debería calmarse mientras sigues en un punto, no ir a más.',
      ],
      avoid: [
        'La parte de atrás de la rodilla: por ahí pasan vasos sanguíneos y el nervio tibial, cerca de la superficie.',
        'El tendón de Aquiles y el hueso del talón: son tendón y hueso, no músculo.',
        'La tibia, si el rodillo se desliza hacia delante.',
      ],
      cautions: [
        'Una pantorrilla hinchada, caliente, roja o dolorosa puede indicar un coágulo: no la ruedes y busca atención médica el mismo día.',
        'Varices: no apoyes el accesorio sobre ellas, o sáltate este ejercicio.',
        'Anticoagulantes o un trastorno de la coagulación: consulta antes a un profesional y después usa un accesorio blando y poca presión.',
        'Una distensión reciente en la pantorrilla o dolor en el Aquiles: espera a que un profesional de la salud te diga que puedes.',
      ],
      why: 'Puede aliviar durante un rato la tensión o las agujetas de la pantorrilla, y hacer que un estiramiento de tobillo o de pantorrilla resulte más cómodo antes de caminar, correr o hacer sentadillas.',
      pressure: {
        lighter: 'Deja la cadera en el suelo y pasa más peso a las manos.',
        deeper: 'Con la cadera levantada, cruza la otra pierna sobre la que estás rodando.',
      },
      muscles: ['parte alta de la pantorrilla', 'pantorrilla profunda e inferior'],
      offFloor: [
        'Siéntate en una silla con un pie sobre un taburete bajo o un escalón, de modo que la pantorrilla quede libre.',
        'Sujeta la barra con las dos manos sobre la parte de atrás de la pantorrilla, a un ancho de mano por debajo de la parte de atrás de la rodilla.',
        'Rueda despacio hacia abajo hasta donde la pantorrilla se estrecha en el tendón de Aquiles, y vuelve a subir, presionando solo lo que te resulte tolerable.',
        'En un punto sensible, detente y estira y flexiona el tobillo despacio (punta hacia delante, punta hacia ti) de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
    },
    'tibialis-anterior': {
      name: 'Espinillas (parte delantera de la pierna)',
      setup:
        'Ponte a cuatro patas con el rodillo bajo una espinilla. Gira la pierna un poco hacia dentro para que el rodillo quede sobre el músculo, justo por fuera del borde afilado de la tibia.',
      spoken: 'A cuatro patas, rodillo bajo una espinilla. Gira la pierna hacia dentro para apoyar músculo, no hueso, y rueda despacio.',
      steps: [
        'Empieza a un ancho de mano por debajo de la rodilla, sobre el músculo que hay junto al hueso.',
        'Rueda despacio hacia el tobillo, parando a unos dedos por encima de la parte delantera del tobillo, y vuelve a subir.',
        'En un punto sensible, detente y estira y flexiona el pie despacio (punta hacia delante, punta hacia ti) de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
      cues: ['Busca músculo, no hueso: si lo notas duro y huesudo, gira un poco más la pierna.', 'Pasadas lentas y respiración tranquila.'],
      avoid: [
        'El borde afilado de la tibia: hueso casi sin acolchado.',
        'Justo debajo de la parte externa de la rodilla: ahí el nervio peroneo común está muy cerca de la piel.',
        'La parte delantera del tobillo: articulación y tendones.',
      ],
      cautions: [
        'Un dolor muy localizado en el propio hueso, sobre todo después de correr más de lo habitual, puede ser una fractura por estrés: no lo hagas y consulta a un profesional de la salud.',
        'Un dolor de espinilla que empeora de una semana a otra: haz que te lo revisen en lugar de rodarlo.',
      ],
      why: 'Puede aliviar durante un rato la sensación de cansancio y tensión en la parte delantera de la espinilla después de caminar o correr.',
      pressure: {
        lighter: 'Pasa más peso a las manos y a la otra rodilla, o usa una barra de masaje sentado.',
        deeper: 'Echa más peso del cuerpo hacia atrás, sobre la pierna que está en el rodillo.',
      },
      muscles: ['el músculo junto a la tibia'],
      offFloor: [
        'Siéntate en una silla con los dos pies apoyados en el suelo.',
        'Sujeta la barra con las dos manos sobre la parte delantera de una pierna, en el músculo justo por fuera del borde afilado de la tibia, a un ancho de mano por debajo de la rodilla.',
        'Rueda despacio hacia el tobillo, parando a unos dedos por encima, y vuelve a subir.',
        'En un punto sensible, detente y sube y baja la punta del pie despacio de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
    },
    peroneals: {
      name: 'Parte externa de la pierna (peroneos)',
      setup:
        'Túmbate de lado con el rodillo bajo la parte externa de la pierna de abajo, entre la rodilla y el tobillo. Apóyate en el antebrazo y planta el pie de la pierna de arriba delante de ti.',
      spoken: 'De lado, rodillo bajo la pierna, por fuera, un ancho de mano bajo la rodilla. Rueda despacio hacia el tobillo.',
      steps: [
        'Empieza a un ancho de mano completo por debajo de la rodilla, no justo debajo de ella.',
        'Rueda despacio por la parte externa de la pierna hacia el tobillo, parando a unos dedos por encima del hueso del tobillo.',
        'Inclínate un poco hacia delante o hacia atrás para encontrar músculo en lugar de hueso.',
        'En un punto sensible, detente y gira despacio la planta del pie hacia dentro y hacia fuera de 5 a 8 veces.',
        'Cambia de lado.',
      ],
      cues: [SLOWER, 'Si notas cualquier hormigueo en el pie, apártate enseguida.', 'Suelta el aire y deja que la pierna se asiente.'],
      avoid: [
        'Justo debajo de la parte externa de la rodilla: ahí el nervio peroneo común está cerca de la superficie.',
        'El hueso externo del tobillo: hueso y articulación.',
      ],
      cautions: [
        'Entumecimiento u hormigueo en el pie o en el empeine: apártate de inmediato.',
        'Un esguince de tobillo reciente: espera a que se haya calmado y a que un profesional de la salud te diga que puedes.',
        VARICOSE,
      ],
      why: 'Puede aliviar durante un rato la tensión en la parte externa de la pierna, y hacer que los círculos de tobillo o un estiramiento de pantorrilla resulten más fáciles.',
      pressure: {
        lighter: 'Carga más peso en el pie de arriba, que está apoyado, y en el antebrazo.',
        deeper: 'Levanta del suelo el pie de arriba y apoya esa pierna sobre la de abajo.',
      },
      muscles: ['parte externa de la pierna, zona superior', 'parte externa de la pierna, zona inferior'],
      offFloor: [
        'Siéntate en una silla con los dos pies apoyados en el suelo.',
        'Sujeta la barra con las dos manos contra la parte externa de una pierna, a un ancho de mano completo por debajo de la rodilla.',
        'Rueda despacio por la parte externa de la pierna hacia abajo, parando a unos dedos por encima del hueso del tobillo, y vuelve a subir.',
        'En un punto sensible, detente y gira despacio la planta del pie hacia dentro y hacia fuera de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
    },
    hamstrings: {
      name: 'Isquiotibiales (parte de atrás del muslo)',
      setup:
        'Siéntate en el suelo con el rodillo bajo un muslo, justo por debajo del isquion (el hueso sobre el que te sientas). Apoya las manos en el suelo por detrás y levanta la cadera.',
      spoken: 'Sentado, rodillo bajo un muslo, justo debajo del isquion. Levanta la cadera y rueda despacio, parando antes de la rodilla.',
      steps: [
        'Rueda despacio desde justo debajo del isquion hacia la rodilla, parando a un ancho de mano por encima del pliegue de la rodilla.',
        'Gira las puntas de los pies hacia dentro para apoyar en el rodillo la parte interna de atrás del muslo, y hacia fuera para la parte externa.',
        'Para cargar más peso, cruza la otra pierna sobre la que estás rodando.',
        'En un punto sensible, detente y dobla y estira la rodilla despacio de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
      cues: [
        SLOWER_PACE,
        'Deja que el muslo pese sobre el rodillo y suelta el aire.',
        'Si notas un dolor punzante u hormigueo que baja por la pierna, cambia a otro punto.',
      ],
      avoid: [
        'La parte de atrás de la rodilla: por ahí pasan vasos sanguíneos y el nervio tibial, cerca de la superficie.',
        'El propio isquion: hueso.',
      ],
      cautions: [
        'Dolor punzante, ardor u hormigueo que baja por la pierna: el nervio ciático recorre la parte de atrás del muslo, así que apártate y consulta a un profesional de la salud si se repite.',
        'Una distensión reciente de los isquiotibiales: espera a que un profesional de la salud te diga que puedes.',
        VARICOSE,
      ],
      why: 'Puede aliviar durante un rato la tensión o las agujetas de los isquiotibiales. Rodar con regularidad durante varias semanas se ha asociado con mejoras moderadas de la flexibilidad de los isquiotibiales.',
      pressure: {
        lighter: 'Rueda las dos piernas a la vez, o siéntate en una silla firme con una pelota bajo el muslo.',
        deeper: 'Rueda una pierna cada vez, con la otra cruzada por encima.',
      },
      muscles: ['parte externa de atrás del muslo', 'parte interna de atrás del muslo', 'parte interna de atrás del muslo, más profunda'],
      offFloor: [
        'Siéntate en una silla firme y coloca una pelota bajo un muslo, justo por delante del isquion.',
        'Deja el muslo apoyado en la pelota y estira y dobla la rodilla despacio de 5 a 8 veces.',
        'Mueve la pelota unos 2,5 cm hacia la rodilla y repite, parando a un ancho de mano por encima del pliegue de la rodilla.',
        'Si notas un dolor punzante u hormigueo que baja por la pierna, lleva la pelota a otro punto.',
        'Cambia de pierna.',
      ],
    },
    quadriceps: {
      name: 'Cuádriceps (parte delantera del muslo)',
      setup:
        'Túmbate boca abajo apoyado en los antebrazos, como en una plancha, con el rodillo bajo la parte delantera de un muslo, justo por debajo de la cadera. Dobla la otra pierna hacia un lado.',
      spoken: 'Boca abajo sobre los antebrazos, rodillo bajo la parte delantera de un muslo. Rueda despacio, parando antes de la rótula.',
      steps: [
        'Rueda despacio desde justo debajo de la parte delantera de la cadera hasta un ancho de mano por encima de la rótula, y vuelve.',
        'Cerca de la parte alta del muslo, quédate en la cara delantera y externa: la cara interna, ahí, es la ingle.',
        'Gira la pierna un poco hacia dentro para trabajar la parte externa del muslo, y un poco hacia fuera para la parte interna por encima de la rodilla.',
        'En un punto sensible, detente y dobla y estira la rodilla despacio de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
      cues: [
        SLOWER,
        'Mantén el abdomen ligeramente firme para que la zona lumbar no se hunda.',
        'Suelta el aire al asentarte en un punto.',
      ],
      avoid: [
        'La rótula: hueso y articulación.',
        'La parte alta e interna del muslo, cerca de la ingle: ahí el nervio, la arteria y la vena femorales están cerca de la superficie.',
        'El hueso de la parte delantera de la cadera: hueso con poco acolchado.',
      ],
      cautions: [
        'Una distensión reciente en el muslo o un golpe fuerte con moratón: no lo ruedes.',
        'Embarazo: no te tumbes boca abajo; la opción sentada con la barra evita cualquier presión sobre la barriga.',
        'Dolor de rodilla: quédate bien por encima de la rótula y consulta a un profesional de la salud por la rodilla.',
      ],
      why: 'Puede aliviar durante un rato las agujetas o la tensión en la parte delantera del muslo. Rodar con regularidad durante varias semanas se ha asociado con mejoras moderadas de la flexibilidad en esta zona.',
      pressure: {
        lighter: 'Pon los dos muslos sobre el rodillo, o pasa más peso a los antebrazos y a la otra rodilla.',
        deeper: 'Estira la otra pierna y sepárala del suelo para que caiga más peso sobre el muslo que ruedas.',
      },
      muscles: [
        'parte delantera del muslo, centro',
        'parte delantera y externa del muslo',
        'parte delantera e interna del muslo, por encima de la rodilla',
        'parte delantera profunda del muslo',
      ],
      offFloor: [
        'Siéntate en una silla con los dos pies apoyados en el suelo.',
        'Sujeta la barra con las dos manos sobre la parte delantera de un muslo, a un ancho de mano por debajo del pliegue de la cadera.',
        'Rueda despacio hacia abajo hasta un ancho de mano por encima de la rótula y vuelve a subir; cerca de la parte alta del muslo, quédate en la cara delantera y externa.',
        'En un punto sensible, detente y estira y dobla la rodilla despacio 5 veces.',
        'Cambia de pierna.',
      ],
    },
    'it-band': {
      name: 'Parte externa del muslo (zona de la cintilla iliotibial)',
      setup:
        'Túmbate de lado con el rodillo bajo la parte externa del muslo de la pierna de abajo, apoyado en el antebrazo. Cruza la pierna de arriba por delante y apoya ese pie plano en el suelo para que soporte parte de tu peso.',
      spoken:
        'De lado, rodillo bajo la parte externa del muslo, el pie de arriba apoyado delante. Rueda suave, parando antes de la rodilla.',
      steps: [
        'Empieza a un ancho de mano por debajo del saliente óseo del lateral de la cadera.',
        'Rueda con pasadas cortas y lentas por la parte externa del muslo, parando a un ancho de mano por encima de la rodilla.',
        'Inclínate un poco hacia delante para que el rodillo trabaje el músculo externo del muslo, junto a la cintilla.',
        'Que sea breve y suave; después cambia de lado.',
      ],
      cues: [
        'Solo presión suave: aquí más no es mejor.',
        'Mantén apoyado el pie de arriba y úsalo para dirigir el peso.',
        'Respira con calma; si estás conteniendo la respiración, presiona menos.',
      ],
      avoid: [
        'El saliente óseo del lateral de la cadera: hueso.',
        'La parte externa de la rodilla y justo debajo: articulación, y ahí el nervio peroneo común está muy cerca de la piel.',
      ],
      cautions: [
        'Dolor en la parte externa de la rodilla al correr o ir en bici: consulta a un profesional de la salud y no ruedes sobre el punto doloroso.',
        'Si está muy sensible, presiona menos, no más.',
        'Varices en la parte externa del muslo: no apoyes el accesorio sobre ellas.',
      ],
      why: 'Puede hacer que la parte externa del muslo se note menos tensa durante un rato. Lo que se alivia es sobre todo el músculo que hay junto a la cintilla; la cintilla en sí no cambia.',
      note: 'La cintilla iliotibial es una banda gruesa y rígida de tejido conectivo que va de la pelvis hasta justo debajo de la rodilla. Rodar no la alarga ni la “libera”: estirarla aunque sea un poco exige mucha más fuerza de la que un cuerpo puede ejercer sobre un rodillo, y en un estudio una sesión de rodillo no cambió su rigidez. Tómalo como algo para que la parte externa del muslo esté más cómoda: suave y breve. Los músculos que tiran de la cintilla, el tensor de la fascia lata (TFL) y el glúteo mayor, suelen ser un mejor sitio donde dedicar tu tiempo.',
      pressure: {
        lighter: 'Carga más peso en el pie apoyado y en el antebrazo, o usa un rodillo más blando.',
        deeper: 'En lugar de presionar más fuerte, inclínate un poco más hacia delante, sobre el músculo externo del muslo.',
      },
      muscles: ['la banda firme a lo largo de la parte externa del muslo', 'músculo externo del muslo junto a la cintilla'],
      offFloor: [
        'Ponte de pie de lado a una pared, con los pies a un paso de ella, y coloca una pelota entre la pared y la parte externa del muslo, a un ancho de mano por debajo del saliente óseo del lateral de la cadera.',
        'Apóyate con suavidad: mucho menos que todo tu peso.',
        'Dobla y estira un poco las rodillas para hacer rodar la pelota despacio por la parte externa del muslo, parando a un ancho de mano por encima de la rodilla, y vuelve; solo unas pocas veces.',
        'Gírate un poco hacia la pared para que la pelota trabaje el músculo externo del muslo, junto a la cintilla.',
        'Cambia de lado.',
      ],
    },
    tfl: {
      name: 'Parte delantera de la cadera (TFL)',
      setup:
        'Localiza el saliente óseo de la parte delantera de la cadera y coloca la pelota justo debajo, un poco hacia el lateral. Túmbate boca abajo sobre los antebrazos y gira el cuerpo hasta quedar medio apoyado sobre ese lado.',
      spoken:
        'Pelota justo debajo y por fuera del hueso delantero de la cadera. Boca abajo, medio girado hacia ella, rodadas pequeñas y lentas.',
      steps: [
        'Deja que parte de tu peso se asiente sobre la pelota.',
        'Haz rodadas pequeñas y lentas, de 2,5 a 5 cm, en cualquier dirección, sin salir de la parte delantera y externa de la cadera.',
        'En un punto sensible, detente y dobla la rodilla despacio de 5 a 8 veces.',
        'Cambia de lado.',
      ],
      cues: [
        'Zona pequeña, movimientos pequeños.',
        'Mantén la pelota en la parte externa; si notas que se desplaza hacia la ingle, vuelve a llevarla hacia fuera.',
        'Suelta el aire y deja que la cadera se relaje.',
      ],
      avoid: [
        'El saliente óseo de la parte delantera de la cadera: hueso.',
        'Desplazarte hacia dentro, hacia la ingle: el nervio, la arteria y la vena femorales están cerca de la superficie en la parte alta e interna del muslo.',
        'La parte baja de la barriga: órganos y vasos sanguíneos grandes.',
      ],
      cautions: [
        'Embarazo: sáltate este ejercicio, porque obliga a tumbarse boca abajo cerca de la barriga.',
        'Una operación reciente de cadera o de abdomen, o una hernia: consulta antes a tu cirujano o a un profesional de la salud.',
        'Si notas el pulso bajo la pelota, apártala.',
      ],
      why: 'Puede aliviar durante un rato la tensión en la parte delantera y externa de la cadera, por ejemplo después de pasar mucho tiempo sentado o de correr.',
      pressure: {
        lighter: 'Pasa más peso a los antebrazos y a la otra pierna, o usa una pelota más blanda.',
        deeper: 'Gírate un poco más sobre esa cadera para que caiga más peso sobre la pelota.',
      },
      muscles: ['músculo pequeño en la parte delantera y externa de la cadera'],
      offFloor: [
        'Ponte de pie de lado a una pared y gira un poco el cuerpo hacia ella.',
        'Coloca la pelota entre la pared y la cadera, justo debajo del saliente óseo de la parte delantera de la cadera y un poco hacia el lateral.',
        'Apóyate hasta notar una presión constante y tolerable, y haz movimientos pequeños y lentos, de 2,5 a 5 cm.',
        'En un punto sensible, detente y sube y baja despacio el talón de esa pierna 5 veces.',
        'Cambia de lado.',
      ],
    },
    adductors: {
      name: 'Parte interna del muslo (aductores)',
      setup:
        'Túmbate boca abajo sobre los antebrazos. Abre una rodilla hacia un lado, como una rana, y coloca el rodillo bajo la parte interna de ese muslo, justo por encima de la rodilla, en la misma dirección que tu cuerpo.',
      spoken:
        'Boca abajo, rodilla abierta, rodillo en el interior del muslo, encima de la rodilla. Sube con pasadas cortas, lejos de la ingle.',
      steps: [
        'Empieza justo por encima de la parte interna de la rodilla, no sobre ella.',
        'Desplaza el peso hacia los lados con pasadas cortas y lentas de unos pocos centímetros, subiendo un poco cada vez.',
        'Sube hacia el pubis y para a un ancho de mano por debajo del pliegue de la ingle.',
        'En un punto sensible, detente y dobla y estira la rodilla despacio de 5 a 8 veces.',
        'Vuelve bajando poco a poco hasta la rodilla y después cambia de pierna.',
      ],
      cues: [
        'Pasadas cortas, más despacio de lo que te sale natural.',
        'Inclina un poco la cadera hacia delante o hacia atrás para llegar a la parte delantera y trasera de la cara interna del muslo.',
        'Suelta el aire y deja que el muslo se relaje sobre el rodillo.',
        'Si notas hormigueo o entumecimiento hacia la parte interna del muslo o la rodilla, apártate.',
        'Hacerlo a diario está bien, siempre que al día siguiente te sientas bien.',
      ],
      avoid: [
        'La parte interna de la rodilla: articulación, y el tendón del recto interno (grácil) pasa por ella.',
        'La franja más alta de la parte interna del muslo, del ancho de una mano, y el pliegue de la ingle: ahí el nervio, la arteria y la vena femorales están cerca de la superficie; nunca pongas una pelota ahí.',
        'Las venas visibles o abultadas de la parte interna del muslo.',
      ],
      cautions: [
        'Si notas el pulso bajo el rodillo, apártate de él.',
        'Hormigueo o entumecimiento hacia la parte interna del muslo o hasta la rodilla: apártate; por aquí pasan nervios que van a la parte interna del muslo y de la rodilla.',
        'Una distensión reciente en la ingle, o dolor en la ingle o en la parte interna de la rodilla: no lo hagas y consulta a un profesional de la salud.',
        'Dolor de rodilla al hacer sentadillas o al caer de un salto: consulta a un profesional de la salud; rodar no es un tratamiento para eso.',
        'Embarazo: el riesgo de coágulos es mayor y tumbarse boca abajo cuesta más; consulta antes a tu matrona o a tu médico.',
      ],
      why: 'Puede aliviar durante un rato la tensión en la parte interna del muslo, algo que suelen contar las personas que notan que las rodillas se les van hacia dentro en sentadillas y al caer de un salto. No cambia cómo se mueven las rodillas: de eso se encargan la fuerza, la movilidad del tobillo y la práctica del movimiento.',
      note: 'Hasta dónde llega: los aductores, desde justo por encima de la rodilla hasta un ancho de mano por debajo del pliegue de la ingle. El pectíneo, el más alto de los músculos de la parte interna del muslo, está en el fondo de la ingle, bajo el nervio, la arteria y la vena femorales, así que un rodillo que se detiene donde debe solo llega a su borde inferior, o no llega. No merece la pena arriesgarse a subir más para alcanzarlo.',
      pressure: {
        lighter: 'Pasa más peso a los antebrazos y a la pierna estirada, o usa un rodillo más blando.',
        deeper: 'Levanta un poco la otra cadera para que caiga más peso sobre el rodillo.',
      },
      muscles: [
        'parte interna del muslo, zona grande de atrás',
        'parte interna del muslo, zona delantera',
        'parte interna del muslo, profunda bajo la zona delantera',
        'banda fina a lo largo de la parte interna del muslo hasta la rodilla',
        'el músculo más alto de la parte interna del muslo, como mucho cerca de su borde inferior',
      ],
      offFloor: [
        'Siéntate en una silla con las rodillas cómodamente separadas y los pies apoyados en el suelo.',
        'Sujeta la barra con las dos manos sobre la parte interna de un muslo, justo por encima de la rodilla.',
        'Rueda despacio hacia arriba por la parte interna del muslo con pasadas cortas, parando a un ancho de mano por debajo del pliegue de la ingle, y vuelve a bajar.',
        'En un punto sensible, detente y estira y dobla la rodilla despacio 5 veces.',
        'Cambia de pierna.',
      ],
    },
    'glute-max': {
      name: 'Glúteo (glúteo mayor)',
      setup:
        'Siéntate sobre el rodillo con las manos en el suelo por detrás. Cruza un tobillo sobre la rodilla contraria e inclínate hacia el lado de la pierna cruzada.',
      spoken: 'Sentado en el rodillo, un tobillo sobre la rodilla contraria, inclínate hacia ese lado. Rueda despacio por el glúteo.',
      steps: [
        'Rueda despacio por la parte carnosa del glúteo, desde justo debajo del borde superior de la pelvis hasta justo por encima del isquion.',
        'Cambia un poco la inclinación para cubrir la parte interna y la externa.',
        'En un punto sensible, detente y deja que la rodilla cruzada caiga despacio hacia fuera y vuelva, de 5 a 8 veces.',
        'Cambia de lado.',
      ],
      cues: [
        SLOWER,
        'Deja que la cadera pese y suelta el aire.',
        'Si notas hormigueo o ardor que baja por la pierna, cambia a otro punto.',
      ],
      avoid: [
        'El hueso plano del centro de la parte de atrás de la pelvis (sacro) y el coxis: hueso.',
        'El borde superior de la pelvis: hueso.',
        'El isquion, el saliente óseo sobre el que te sientas: hueso. Detén la rodada justo por encima.',
        'El hueco entre el isquion y el saliente óseo del lateral de la cadera: por ahí pasa el nervio ciático, así que no presiones ni frotes en ese punto.',
      ],
      cautions: [
        'Dolor, hormigueo o entumecimiento que se extiende por la pierna: apártate y consulta a un profesional de la salud si se repite.',
        'Una operación reciente de cadera o una lesión en el coxis: consulta antes a un profesional de la salud.',
      ],
      why: 'Puede aliviar durante un rato las agujetas o la tensión en el glúteo, y hacer que un estiramiento de cadera resulte más fácil.',
      pressure: {
        lighter: 'Descruza la pierna, deja los dos pies en el suelo y pasa más peso a las manos.',
        deeper: 'Cambia el rodillo por una pelota, o levanta la mano de apoyo para que caiga más peso sobre el glúteo.',
      },
      muscles: ['el músculo grande del glúteo'],
      offFloor: [
        'Ponte de pie de espaldas a una pared, con los pies a un paso de ella, y coloca una pelota entre la pared y el centro carnoso de un glúteo.',
        'Échate hacia atrás hasta notar una presión constante y tolerable.',
        'Dobla y estira un poco las rodillas para hacer rodar la pelota despacio arriba y abajo, sin bajar al isquion.',
        'En un punto sensible, detente y gira despacio esa rodilla hacia fuera y de vuelta hacia dentro, 5 veces.',
        'Cambia de lado.',
      ],
    },
    'glute-med': {
      name: 'Lateral de la cadera (glúteo medio)',
      setup:
        'Siéntate en el suelo inclinado hacia un lado, con la pelota bajo la parte alta y externa de la cadera, justo por debajo del borde superior de la pelvis. Apóyate en la mano o en el antebrazo.',
      spoken: 'Sentado y ladeado, pelota en la cadera, arriba y por fuera, bajo el borde de la pelvis. Rodadas pequeñas y lentas.',
      steps: [
        'Deja que parte de tu peso se asiente sobre la pelota.',
        'Rueda despacio con pasadas pequeñas entre el borde de la pelvis y el saliente óseo del lateral de la cadera.',
        'En un punto sensible, detente y mueve despacio la rodilla hacia dentro y hacia fuera de 5 a 8 veces.',
        'Cambia de lado.',
      ],
      cues: [
        'Movimientos pequeños y lentos.',
        'Quédate en músculo blando, por debajo del borde óseo y por encima del saliente óseo de la cadera.',
        'Suelta el aire y deja que la cadera se relaje.',
      ],
      avoid: ['El borde superior de la pelvis: hueso.', 'El saliente óseo del lateral de la cadera: hueso.'],
      cautions: [
        'Dolor en el saliente óseo de la cadera, o dolor al dormir sobre ese lado: no lo hagas y consulta a un profesional de la salud.',
        'Una operación reciente de cadera: consulta antes a tu cirujano.',
      ],
      why: 'Puede aliviar durante un rato la sensación de tensión o cansancio en el lateral de la cadera, por ejemplo después de caminar, correr o pasar mucho tiempo de pie.',
      pressure: {
        lighter: 'Échate hacia atrás para pasar más peso a las manos, o usa el rodillo en lugar de la pelota.',
        deeper: 'Inclínate más sobre la pelota y levanta un poco la mano de apoyo.',
      },
      muscles: ['parte alta y externa de la cadera', 'parte alta y externa de la cadera, más profunda'],
      offFloor: [
        'Ponte de pie de lado a una pared y coloca una pelota entre la pared y la parte alta y externa de la cadera, justo por debajo del borde superior de la pelvis.',
        'Apóyate hasta notar una presión constante y tolerable.',
        'Dobla y estira un poco las rodillas para hacer rodar la pelota con pasadas pequeñas y lentas, entre el borde de la pelvis y el saliente óseo de la cadera.',
        'En un punto sensible, detente y respira despacio unas cuantas veces.',
        'Date la vuelta y cambia de lado.',
      ],
    },
    piriformis: {
      name: 'Glúteo profundo (piriforme)',
      setup:
        'Siéntate en el suelo con la pelota bajo el centro de un glúteo. Cruza el tobillo de ese lado sobre la rodilla contraria, formando un 4, e inclínate hacia el lado cruzado.',
      spoken:
        'Sentado, pelota bajo el centro de un glúteo, ese tobillo sobre la otra rodilla. Inclínate hacia ese lado y respira despacio.',
      steps: [
        'Busca un punto en el centro del glúteo, entre el borde de la zona del coxis y el saliente óseo de la cadera.',
        'Deja que tu peso se asiente sobre la pelota y mantén unas cuantas respiraciones lentas.',
        'Deja que la rodilla cruzada caiga despacio hacia fuera y vuelva hacia dentro, de 5 a 8 veces.',
        'Si nada se alivia tras unas cuantas respiraciones, mueve la pelota unos 2,5 cm y vuelve a probar.',
        'Cambia de lado.',
      ],
      cues: [
        'Aquí el trabajo lo hacen la quietud y la respiración; no hace falta frotar.',
        'Si notas hormigueo, ardor o un dolor punzante que baja por la pierna, apártate de inmediato.',
      ],
      avoid: [
        'El sacro y el coxis: hueso.',
        'El saliente óseo del lateral de la cadera: hueso.',
        'Cualquier punto que provoque hormigueo, ardor o un dolor punzante que baja por la pierna: el nervio ciático pasa por debajo de este músculo o a través de él.',
      ],
      cautions: [
        'Ciática, o dolor, entumecimiento o debilidad en la pierna: consulta a un profesional de la salud; rodar no es un tratamiento para eso.',
        'Una operación reciente de cadera: consulta antes a tu cirujano.',
      ],
      why: 'Puede aliviar durante un rato una sensación de tensión profunda en el glúteo, y hacer que el estiramiento en 4 resulte más fácil.',
      pressure: {
        lighter: 'Descruza la pierna y pasa más peso a las manos, o usa un rodillo.',
        deeper: 'Levanta un poco la mano de apoyo para que caiga más peso sobre la pelota.',
      },
      muscles: ['músculo profundo del glúteo', 'músculos pequeños y profundos de la cadera'],
      offFloor: [
        'Ponte de pie de espaldas a una pared y coloca una pelota entre la pared y el centro de un glúteo, entre la zona del coxis y el saliente óseo de la cadera.',
        'Échate hacia atrás hasta notar una presión constante y tolerable, y mantén unas cuantas respiraciones lentas.',
        'Dobla un poco esa rodilla y gírala despacio hacia fuera y de vuelta hacia dentro, de 5 a 8 veces.',
        'Si nada se alivia tras unas cuantas respiraciones, mueve la pelota unos 2,5 cm; si notas hormigueo, ardor o un dolor punzante que baja por la pierna, apártate enseguida.',
        'Cambia de lado.',
      ],
    },
    'hip-flexors': {
      name: 'Parte delantera de la cadera (flexores de la cadera)',
      setup:
        'Túmbate boca abajo sobre los antebrazos con el rodillo bajo la parte alta de un muslo, a unos dedos por debajo del saliente óseo de la parte delantera de la cadera.',
      spoken:
        'Boca abajo sobre los antebrazos, rodillo unos dedos bajo el hueso delantero de la cadera. Pasadas cortas y suaves por el muslo.',
      steps: [
        'Rueda con pasadas cortas y lentas por el tercio superior de la parte delantera del muslo, sin salir de la cara delantera y externa.',
        'En un punto tenso, detente y dobla la rodilla despacio 5 veces.',
        'Opcional, solo si lo anterior te ha sentado bien: cambia a una pelota blanda justo por dentro del hueso delantero de la cadera y apóyate en ella con suavidad unas cuantas respiraciones. No te hundas en la barriga, y apártate si la parte externa del muslo se te duerme o empieza a arder.',
        'Cambia de lado.',
      ],
      cues: [
        'Con suavidad: aquí basta una presión constante y ligera.',
        'Si notas el pulso bajo el accesorio, apártate.',
        'Respira despacio, llevando el aire a la barriga.',
      ],
      avoid: [
        'El saliente óseo de la parte delantera de la cadera: hueso.',
        'El pliegue de la ingle y la parte alta e interna del muslo: ahí el nervio, la arteria y la vena femorales están cerca de la superficie.',
        'La presión profunda en la barriga: ahí están el intestino y la arteria principal del cuerpo.',
      ],
      cautions: [
        'Embarazo: sáltate este ejercicio, porque presiona cerca de la barriga.',
        'Una hernia o una operación reciente de abdomen o de cadera: no lo hagas.',
        'Si notas el pulso bajo la pelota o el rodillo, apártalo.',
        'Entumecimiento o ardor en la parte externa del muslo: aparta la pelota; un nervio de la piel del muslo pasa justo por dentro del hueso delantero de la cadera.',
      ],
      why: 'Puede hacer que la parte delantera de la cadera se note menos tensa durante un rato, por ejemplo después de pasar mucho tiempo sentado, y que un estiramiento de los flexores de la cadera resulte más fácil.',
      note: 'El flexor de la cadera más profundo, el psoas, está dentro del abdomen, junto a la columna, el intestino y vasos sanguíneos grandes, así que no merece la pena arriesgarse a presionar para llegar a él. Este ejercicio trabaja la parte a la que puedes llegar con seguridad desde la parte alta del muslo, con una pelota opcional y suave justo por dentro del hueso de la cadera.',
      pressure: {
        lighter: 'Pasa más peso a los antebrazos y a la otra rodilla.',
        deeper: 'Estira la otra pierna y sepárala del suelo, pero mantén suave el paso de la pelota en cualquier caso.',
      },
      muscles: ['parte alta de la cara delantera del muslo', 'parte interna de la pelvis, por delante'],
      offFloor: [
        'Siéntate en la parte delantera de una silla con los dos pies apoyados en el suelo.',
        'Sujeta la barra con las dos manos sobre la parte alta de un muslo, a unos dedos por debajo del saliente óseo de la parte delantera de la cadera.',
        'Rueda con pasadas cortas y lentas por el tercio superior de la parte delantera del muslo, sin salir de la cara delantera y externa.',
        'En un punto tenso, detente y estira y dobla la rodilla despacio 5 veces.',
        'Cambia de lado.',
      ],
    },
    'quadratus-lumborum': {
      name: 'Lateral de la zona lumbar (cuadrado lumbar)',
      setup:
        'Ponte de pie de espaldas a una pared y coloca una pelota entre la pared y un lado de la zona lumbar, en el hueco blando entre la última costilla y el borde de la pelvis, bien separada de la columna, hacia el lateral.',
      spoken: 'De espaldas a la pared, pelota entre la última costilla y la pelvis, lejos de la columna. Apóyate con suavidad y respira.',
      steps: [
        'Échate hacia atrás lo justo para notar una presión suave.',
        'Quédate quieto y respira despacio unas cuantas veces.',
        'Inclina despacio la parte superior del cuerpo hacia el lado contrario a la pelota y vuelve, 5 veces.',
        'Mueve la pelota unos 2,5 cm hacia arriba o hacia abajo, sin salir del espacio entre la costilla y la pelvis, y repite.',
        'Cambia de lado.',
      ],
      cues: [
        'Solo con suavidad: esta zona no necesita presión profunda.',
        'Mantén la pelota hacia el lateral, nunca sobre la columna.',
        'Para si notas un dolor agudo o que baja por la pierna.',
      ],
      avoid: [
        'La propia columna: la zona lumbar no tiene costillas que la protejan, así que mantén la pelota bien hacia el lateral.',
        'La presión profunda en el costado de la cintura: ahí están los riñones, en parte bajo las últimas costillas.',
        'Las últimas costillas y el borde superior de la pelvis: hueso.',
        'La barriga y la parte delantera de la cintura: órganos.',
      ],
      cautions: [
        'Osteoporosis: no lo hagas, o consulta antes a un profesional.',
        'Dolor lumbar que baja por la pierna, que viene con entumecimiento u hormigueo o con fiebre, o que te despierta por la noche: consulta a un profesional de la salud en su lugar.',
        'Problemas de riñón o dolor en el costado de la cintura: no lo hagas.',
        'Embarazo: no lo hagas.',
      ],
      why: 'Puede aliviar durante un rato la sensación de tensión y molestia en el lateral de la zona lumbar, por ejemplo después de pasar mucho tiempo sentado o de pie.',
      note: 'Esta es la forma segura de trabajar la zona lumbar: la pelota contra una pared para tener control, hacia el lateral de la columna y con presión suave. Nunca ruedes directamente sobre la columna lumbar.',
      pressure: {
        lighter: 'Coloca los pies más cerca de la pared para apoyarte menos en ella.',
        deeper: 'Mantén la suavidad; quédate un poco más en lugar de presionar más fuerte.',
      },
      muscles: ['músculo profundo en el lateral de la zona lumbar'],
    },
    'thoracic-spine': {
      name: 'Parte alta de la espalda',
      setup:
        'Siéntate en el suelo con las rodillas dobladas y el rodillo atravesado bajo la espalda, justo por debajo de los omóplatos. Sujeta la cabeza con las manos, con los codos cerrados, y levanta un poco la cadera.',
      spoken:
        'Sentado con las rodillas dobladas, rodillo atravesado bajo los omóplatos. Sujeta la cabeza, levanta la cadera y rueda despacio.',
      steps: [
        'Rueda despacio hacia arriba hasta la parte alta de los omóplatos y vuelve a bajar hasta el final de las costillas.',
        'Detén el rodillo en un punto, sin soltar la cabeza, y arquéate suavemente hacia atrás sobre él durante 2 o 3 respiraciones.',
        'Vuelve a subir, mueve el rodillo unos 2,5 cm más arriba y arquéate otra vez.',
        'Ve subiendo por la parte alta de la espalda en pasos pequeños y después descansa.',
      ],
      cues: [
        'Mantén la cabeza apoyada en las manos; no la dejes colgar hacia atrás.',
        'Para al final de las costillas; la zona lumbar no se rueda.',
        'Suelta el aire al arquearte hacia atrás.',
      ],
      avoid: [
        'Por debajo del final de las costillas: la columna lumbar no tiene costillas que la protejan y los riñones están cerca.',
        'El cuello: no dejes que el rodillo se suba hasta él.',
      ],
      cautions: [
        'Osteoporosis: no lo hagas, porque presiona sobre la columna y las costillas.',
        'Embarazo después del primer trimestre: limita el tiempo tumbada boca arriba; consulta a tu matrona o a tu médico.',
        'Una lesión reciente en las costillas o en la espalda: no lo hagas.',
      ],
      why: 'Puede hacer que la parte alta de la espalda se note menos rígida durante un rato, y que sentarte erguido o levantar los brazos por encima de la cabeza resulte más fácil.',
      pressure: {
        lighter: 'Deja la cadera en el suelo, o usa un rodillo más blando.',
        deeper: 'Levanta más la cadera, o usa una pelota doble para que cada pelota quede a un lado de la columna.',
      },
      muscles: ['músculos largos junto a la parte alta de la columna', 'músculos entre los omóplatos'],
      offFloor: [
        'Ponte de pie de espaldas a una pared, con los pies a un paso de ella, y coloca la pelota doble atravesada en la parte alta de la espalda, justo por debajo de los omóplatos, con una pelota a cada lado de la columna.',
        'Cruza los brazos sobre el pecho, abrazándote, y échate hacia atrás contra la pared.',
        'Dobla y estira las rodillas despacio para hacer rodar las pelotas hasta la parte alta de los omóplatos y volver a bajar, nunca por debajo del final de las costillas.',
        'Detente en un punto rígido y respira despacio durante 2 o 3 respiraciones.',
      ],
    },
    lats: {
      name: 'Lateral de la espalda (dorsal ancho)',
      setup:
        'Túmbate de lado con el rodillo debajo, a la altura de las costillas inferiores. Estira el brazo de abajo por encima de la cabeza con el pulgar hacia arriba, y dobla las rodillas para mantener el equilibrio.',
      spoken:
        'De lado, rodillo bajo las últimas costillas, brazo de abajo estirado hacia arriba. Rueda despacio hacia la axila, sin entrar.',
      steps: [
        'Rueda despacio desde las costillas inferiores hacia el borde de atrás de la axila, y vuelve a bajar.',
        'Gírate un poco hacia la espalda y después un poco hacia el pecho para cubrir todo el músculo.',
        'En un punto sensible, detente y dobla y estira despacio el brazo que está por encima de la cabeza 5 veces.',
        'Cambia de lado.',
      ],
      cues: [SLOWER, 'Para en el borde de la axila, sin entrar en ella.', 'Si notas hormigueo en el brazo o la mano, apártate.'],
      avoid: [ARMPIT, 'La zona lumbar por debajo de las costillas: mantén el rodillo en el costado del tronco.'],
      cautions: [
        'Osteoporosis: no lo hagas, porque el rodillo presiona sobre las costillas.',
        SHOULDER_INJURY,
        'Hormigueo o entumecimiento en el brazo: apártate de inmediato.',
      ],
      why: 'Puede hacer que levantar los brazos por encima de la cabeza resulte más fácil durante un rato, por ejemplo antes de nadar, empujar por encima de la cabeza o tirar.',
      pressure: {
        lighter: 'Apoya en el suelo la mano y la pierna de arriba para quitarte peso.',
        deeper: 'Estira las piernas y levanta del suelo la mano de arriba.',
      },
      muscles: ['músculo ancho a lo largo del lateral de la espalda', 'borde externo del omóplato'],
      offFloor: [
        'Ponte de pie de lado a una pared y sube por ella el brazo más cercano.',
        'Coloca una pelota entre la pared y el lateral de la espalda, a un ancho de mano por debajo de la axila y un poco por detrás.',
        'Apóyate hasta notar una presión constante y tolerable.',
        'Dobla y estira un poco las rodillas para hacer rodar la pelota despacio hacia las costillas inferiores y volver, sin tocar la axila.',
        'En un punto sensible, detente y desliza despacio el brazo más arriba por la pared y vuelve, 5 veces; después cambia de lado.',
      ],
    },
    serratus: {
      name: 'Lateral de las costillas (serrato anterior)',
      setup:
        'Ponte de pie de lado a una pared y sube por ella el brazo más cercano. Coloca una pelota blanda entre la pared y el costado de las costillas, a un ancho de mano por debajo de la axila y un poco hacia delante.',
      spoken: 'De lado a una pared, brazo levantado, pelota blanda en las costillas, bajo la axila. Apóyate suavemente y respira.',
      steps: [
        'Apóyate con suavidad hasta notar una presión ligera y constante.',
        'Dobla y estira un poco las rodillas para hacer rodar la pelota despacio, de 2,5 a 5 cm, arriba y abajo a lo largo de las costillas.',
        'En un punto sensible, detente y respira despacio, dejando que las costillas se muevan bajo la pelota.',
        'Desliza despacio el brazo levantado un poco más arriba por la pared y vuelve, 5 veces.',
        'Cambia de lado.',
      ],
      cues: [
        'Presión ligera: aquí las costillas tienen poco acolchado.',
        'Quédate por debajo de la axila, nunca en ella.',
        'Si te duele al inspirar, afloja.',
      ],
      avoid: [ARMPIT, 'El tejido mamario.', 'Por debajo de las últimas costillas, en el costado de la cintura: órganos.'],
      cautions: [
        'Osteoporosis: no lo hagas, porque la pelota presiona sobre las costillas y una costilla frágil se puede romper.',
        'Una lesión reciente en las costillas, o dolor al inspirar: no lo hagas y consulta a un profesional de la salud.',
        'Una operación reciente de tórax o de mama, implantes mamarios o un dispositivo implantado: consulta antes a tu médico.',
        'Hormigueo o entumecimiento en el brazo, o sensación de ardor a lo largo del costado del tórax: apártate de inmediato.',
      ],
      why: 'Puede aliviar durante un rato la tensión a lo largo del costado de las costillas, y hacer que levantar los brazos o respirar hondo resulte más fácil.',
      pressure: {
        lighter: 'Apóyate menos, o usa una pelota más blanda.',
        deeper: 'Quédate un poco más en lugar de presionar más fuerte; las costillas necesitan una presión suave.',
      },
      muscles: ['costado de las costillas, bajo la axila'],
    },
    rhomboids: {
      name: 'Entre los omóplatos (romboides)',
      setup:
        'Ponte de pie de espaldas a una pared y coloca una pelota entre la pared y la parte alta de la espalda, entre la columna y el borde interno de un omóplato. Cruza los brazos sobre el pecho, abrazándote.',
      spoken: 'De espaldas a una pared, pelota entre la columna y un omóplato, brazos cruzados. Dobla las rodillas para rodar despacio.',
      steps: [
        'Apóyate en la pared para que la pelota presione el músculo.',
        'Dobla y estira un poco las rodillas para hacer rodar la pelota despacio arriba y abajo.',
        'En un punto sensible, detente y lleva despacio el brazo de ese lado por delante del cuerpo hacia el otro lado, y vuelve, 5 veces.',
        'Cambia de lado.',
      ],
      cues: [
        'Mantén la pelota sobre músculo, a uno o dos dedos de las protuberancias óseas de la columna.',
        'Abrazarte abre el espacio entre los omóplatos.',
        'Respira despacio y deja caer los hombros.',
      ],
      avoid: [SPINE_BUMPS, 'El propio borde interno del omóplato: hueso.'],
      cautions: ['Osteoporosis: no lo hagas, porque la pelota presiona sobre las costillas.', 'Hormigueo en el brazo o la mano: apártate.'],
      why: 'Puede aliviar durante un rato la sensación de tensión o molestia entre los omóplatos, por ejemplo después de trabajar en un escritorio.',
      pressure: {
        lighter: 'Coloca los pies más cerca de la pared para apoyarte menos.',
        deeper: 'Hazlo tumbado en el suelo con la pelota debajo, o con una pelota más firme.',
      },
      muscles: ['entre la columna y el omóplato', 'a lo ancho de la zona media de la parte alta de la espalda'],
    },
    'upper-trapezius': {
      name: 'Parte alta del hombro (trapecio superior)',
      setup:
        'Ponte de pie de espaldas a una esquina o al marco de una puerta, o túmbate boca arriba, y coloca la pelota sobre el grueso borde de músculo de la parte alta de un hombro, a medio camino entre el cuello y la punta del hombro.',
      spoken: 'Pelota sobre el músculo de encima del hombro, a medio camino de la punta. Apóyate en ella, quédate quieto y respira.',
      steps: [
        'Apóyate en la pelota hasta notar una presión constante y tolerable.',
        'Quédate quieto y respira despacio unas cuantas veces.',
        'Inclina despacio la cabeza hacia el lado contrario a la pelota y vuelve, 5 veces.',
        'Mueve la pelota unos 2,5 cm a lo largo del músculo y repite; después cambia de lado.',
      ],
      cues: [
        'Quédate sobre el músculo, no en el hueco que hay delante de él.',
        'Deja que el hombro baje, alejándose de la oreja.',
        'Si notas hormigueo en el brazo o la mano, apártate.',
      ],
      avoid: [
        'El hueco justo por encima de la clavícula: por ahí pasan nervios y vasos sanguíneos que van al brazo.',
        'La parte delantera y los laterales del cuello: presionar la arteria del cuello puede ralentizar el corazón y provocar un desmayo.',
        'La clavícula y la punta ósea del hombro: hueso.',
        SPINE_BUMPS,
      ],
      cautions: [
        ARM_TINGLING,
        'Mareo o dolor de cabeza: para.',
        'Una lesión reciente de cuello, como un latigazo cervical: consulta antes a un profesional de la salud.',
      ],
      why: 'Puede aliviar durante un rato la tensión en la parte alta de los hombros, por ejemplo después de un día largo frente a una pantalla.',
      pressure: {
        lighter: 'Apóyate menos, o usa una pelota más blanda.',
        deeper: 'Apóyate un poco más en la pelota, sin pasar de lo tolerable.',
      },
      muscles: ['parte alta del hombro, hacia el cuello', 'parte lateral y posterior del cuello hasta el omóplato'],
    },
    neck: {
      name: 'Nuca y base del cráneo',
      setup:
        'Mete dos pelotas del tamaño de una de tenis en un calcetín y átalo, o usa una pelota doble. Túmbate boca arriba con las rodillas dobladas y apoya la parte de atrás de la cabeza sobre ellas, de modo que quede una pelota a cada lado de la columna, justo debajo del borde óseo de la base del cráneo.',
      spoken: 'Boca arriba, rodillas dobladas, una pelota a cada lado de la columna, justo bajo el cráneo. Solo el peso de la cabeza.',
      steps: [
        'Deja que el peso de la cabeza se asiente sobre las pelotas. No empujes hacia abajo.',
        'Respira despacio y deja que la mandíbula y los hombros se relajen.',
        'Haz asentimientos pequeños y lentos, como si dijeras que sí, del ancho de un dedo hacia cada lado, 5 veces.',
        'Haz giros pequeños y lentos de la cabeza, a izquierda y derecha, 5 veces.',
        'Para llegar más abajo, desliza las pelotas unos 2,5 cm hacia abajo por la nuca y vuelve a descansar.',
      ],
      cues: [
        'Solo el peso de la cabeza: deja que la gravedad haga el trabajo.',
        'Solo la parte de atrás del cuello, con una pelota a cada lado de la columna.',
        'Para si notas mareo, cambios en la vista, dolor de cabeza o cualquier hormigueo en los brazos.',
      ],
      avoid: [
        'La parte delantera y los laterales del cuello: presionar la arteria del cuello puede ralentizar el corazón y provocar un desmayo.',
        'El centro óseo del cuello: las pelotas van a cada lado de la columna, nunca encima, y el rodillo no se usa en el cuello.',
        'Empujar la cabeza hacia abajo: el peso de la cabeza es toda la presión que necesita esta zona.',
      ],
      cautions: [
        'Para de inmediato si notas mareo, cambios en la vista, dolor de cabeza, u hormigueo, entumecimiento o debilidad en los brazos.',
        'Una lesión reciente de cuello, como un latigazo cervical, o dolor de cuello después de una caída: consulta a un profesional de la salud en su lugar.',
        'Osteoporosis o problemas conocidos en los vasos sanguíneos del cuello: consulta antes a un profesional.',
        'Embarazo después del primer trimestre: pasa poco tiempo boca arriba o eleva la parte superior del cuerpo con almohadas; consulta a tu matrona o a tu médico.',
      ],
      why: 'Puede aliviar durante un rato la tensión en la nuca y en la base del cráneo, por ejemplo después de un día frente a una pantalla.',
      pressure: {
        lighter: 'Pon una toalla doblada sobre las pelotas, o usa pelotas más blandas.',
        deeper: 'Aquí no añadas presión; quédate un poco más y respira.',
      },
      muscles: ['músculos pequeños justo debajo del cráneo', 'parte de atrás del cuello', 'músculo largo de la parte de atrás del cuello'],
      offFloor: [
        'Mete dos pelotas del tamaño de una de tenis en un calcetín y átalo.',
        'Siéntate en una silla pegada a una pared, o ponte de pie de espaldas a ella, y coloca las pelotas entre la pared y la base del cráneo, una a cada lado de la columna.',
        'Apoya la cabeza hacia atrás sobre ellas solo lo que te resulte cómodo. No empujes.',
        'Haz asentimientos pequeños y lentos, del ancho de un dedo hacia cada lado, 5 veces, y después giros pequeños y lentos de la cabeza, 5 veces.',
        'Para si notas mareo, cambios en la vista, dolor de cabeza o cualquier hormigueo en los brazos.',
      ],
    },
    pecs: {
      name: 'Pecho (pectorales)',
      setup:
        'Ponte de pie frente a una pared o al marco de una puerta y coloca una pelota entre la pared y el músculo del pecho, justo por debajo de la clavícula y a un ancho de mano hacia dentro desde la parte delantera del hombro.',
      spoken: 'De cara a una pared, pelota bajo la clavícula, un ancho de mano hacia dentro del hombro. Apóyate y respira despacio.',
      steps: [
        'Apóyate hasta notar una presión constante y tolerable.',
        'Quédate quieto y respira despacio unas cuantas veces.',
        'Desliza despacio ese brazo hacia arriba por la pared y vuelve a bajarlo, 5 veces.',
        'Mueve la pelota unos 2,5 cm hacia el esternón o hacia el hombro y repite; después cambia de lado.',
      ],
      cues: [
        'Quédate sobre músculo, por debajo de la clavícula y lejos de la axila.',
        'Si notas hormigueo en el brazo o la mano, apártate.',
        'Respira despacio y deja que el hombro se relaje.',
      ],
      avoid: [
        ARMPIT,
        'La clavícula y el esternón: hueso.',
        'El tejido mamario.',
        'Cualquier dispositivo implantado, como un marcapasos o un reservorio (port): mantente bien lejos.',
      ],
      cautions: [
        'Un dispositivo implantado, implantes mamarios o una operación reciente de tórax o de mama: consulta antes a tu médico.',
        'Osteoporosis: presiona con suavidad, porque la pelota queda sobre las costillas, o no lo hagas.',
        ARM_TINGLING,
      ],
      why: 'Puede aliviar durante un rato la tensión en la parte delantera del pecho y del hombro, y hacer que el estiramiento de pecho en el marco de una puerta resulte más fácil.',
      pressure: {
        lighter: 'Apóyate menos, o usa una pelota más blanda.',
        deeper: 'Apóyate más en la pared, sin pasar de lo tolerable.',
      },
      muscles: ['músculo grande del pecho', 'músculo pequeño debajo, hacia el hombro'],
    },
    'front-deltoid': {
      name: 'Parte delantera del hombro (deltoides anterior)',
      setup:
        'Ponte de pie de lado a una pared o al marco de una puerta y gírate un poco hacia ella. Coloca una pelota entre la pared y la parte delantera del hombro, sobre el músculo redondeado que hay justo por debajo y por delante de la punta ósea del hombro.',
      spoken: 'De lado a una pared, pelota en la parte delantera del hombro, justo bajo la punta ósea. Apóyate y respira despacio.',
      steps: [
        'Apóyate hasta notar una presión constante y tolerable.',
        'Quédate quieto y respira despacio unas cuantas veces.',
        'Con el codo doblado, balancea despacio el brazo un poco hacia delante y hacia atrás, 5 veces.',
        'Baja la pelota unos 2,5 cm por el hombro y repite; después cambia de lado.',
      ],
      cues: [
        'Quédate sobre el músculo redondeado del hombro, fuera del pecho y de la axila.',
        'Si notas hormigueo en el brazo o la mano, apártate.',
        'Respira despacio y deja que el hombro se relaje.',
      ],
      avoid: [
        'La punta ósea del hombro y la clavícula: hueso.',
        'El hueco entre el pecho y el hombro, justo debajo de la clavícula: por debajo pasan nervios y vasos sanguíneos que van al brazo.',
        ARMPIT,
      ],
      cautions: [
        SHOULDER_INJURY,
        'Dolor en la parte delantera del hombro al levantar el brazo: consulta a un profesional de la salud en lugar de presionar el punto dolorido.',
        ARM_TINGLING,
      ],
      why: 'Puede aliviar durante un rato la sensación de tensión o molestia en la parte delantera del hombro, por ejemplo después de hacer press, empujar o pasar un día largo en el escritorio.',
      pressure: {
        lighter: 'Apóyate menos, o usa una pelota más blanda.',
        deeper: 'Apóyate un poco más en la pared, sin pasar de lo tolerable.',
      },
      muscles: ['parte delantera del hombro'],
    },
    infraspinatus: {
      name: 'Parte de atrás del omóplato (infraespinoso)',
      setup:
        'Ponte de pie de espaldas a una pared y coloca una pelota sobre la parte plana de atrás de un omóplato, por debajo de la cresta ósea que lo cruza por arriba.',
      spoken: 'De espaldas a una pared, pelota en la parte plana de un omóplato, bajo su cresta. Apóyate y respira despacio.',
      steps: [
        'Apóyate en la pelota hasta notar una presión constante y tolerable.',
        'Quédate quieto y respira despacio unas cuantas veces.',
        'Con el codo pegado al costado y doblado a 90 grados, gira despacio el antebrazo hacia fuera y hacia dentro, de 5 a 8 veces.',
        'Mueve la pelota unos 2,5 cm y repite; después cambia de lado.',
      ],
      cues: [
        'Quédate en la parte plana del omóplato, por debajo de la cresta.',
        'Haz el movimiento lento y pequeño.',
        'Si notas hormigueo en el brazo, apártate.',
      ],
      avoid: [
        'La cresta ósea que cruza la parte alta del omóplato: hueso.',
        'La parte de atrás de la articulación del hombro: articulación.',
        'La axila: ahí hay nervios y vasos sanguíneos cerca de la superficie.',
      ],
      cautions: [SHOULDER_INJURY, ARM_TINGLING],
      why: 'Puede aliviar durante un rato la sensación de tensión o molestia en la parte de atrás del hombro, por ejemplo antes de lanzar, hacer press o nadar.',
      pressure: {
        lighter: 'Acerca los pies a la pared para apoyarte menos.',
        deeper: 'Túmbate en el suelo con la pelota bajo el omóplato.',
      },
      muscles: ['parte de atrás del omóplato'],
    },
    'rear-deltoid': {
      name: 'Parte de atrás del hombro (deltoides posterior)',
      setup:
        'Ponte de pie de espaldas a una pared, un poco de lado, y coloca una pelota entre la pared y la parte de atrás del hombro, sobre el músculo redondeado que hay justo por detrás y por debajo de la punta ósea del hombro.',
      spoken: 'De espaldas a una pared, un poco de lado, pelota detrás del hombro, bajo la punta ósea. Échate atrás y respira despacio.',
      steps: [
        'Échate hacia atrás hasta notar una presión constante y tolerable.',
        'Quédate quieto y respira despacio unas cuantas veces.',
        'Lleva despacio el brazo por delante del pecho hacia el otro lado, y vuelve, 5 veces.',
        'Mueve la pelota unos 2,5 cm, sin salir del hombro, y repite; después cambia de lado.',
      ],
      cues: [
        'Quédate sobre el hombro, fuera del omóplato y por detrás de la axila.',
        'Si notas hormigueo o entumecimiento en la parte externa del hombro o bajando por el brazo, apártate.',
        'Haz el movimiento lento y pequeño.',
      ],
      avoid: [
        'La punta ósea del hombro y la cresta ósea que cruza la parte alta del omóplato: hueso.',
        ARMPIT,
        'La zona baja de la parte de atrás del hombro, donde se une con el brazo: ahí un nervio del músculo del hombro rodea el hueso.',
      ],
      cautions: [
        SHOULDER_INJURY,
        'Hormigueo, entumecimiento o debilidad en el brazo, o entumecimiento en la parte externa del hombro: apártate de inmediato.',
      ],
      why: 'Puede aliviar durante un rato la tensión en la parte de atrás del hombro, por ejemplo después de remar, tirar o lanzar.',
      pressure: {
        lighter: 'Acerca los pies a la pared para apoyarte menos.',
        deeper: 'Apóyate un poco más en la pared, sin pasar de lo tolerable.',
      },
      muscles: ['parte de atrás del hombro'],
    },
    teres: {
      name: 'Borde externo del omóplato (redondos)',
      setup:
        'Túmbate de lado con el brazo de abajo estirado por encima de la cabeza. Coloca la pelota bajo el pliegue de atrás de la axila, sobre el borde externo del omóplato.',
      spoken:
        'De lado, el brazo de abajo estirado hacia arriba, pelota en el borde externo del omóplato, detrás de la axila. Respira despacio.',
      steps: [
        'Gírate un poco hacia la espalda para que la pelota quede sobre el músculo que hay junto al borde del omóplato.',
        'Deja que tu peso se asiente y respira despacio unas cuantas veces.',
        'Dobla y estira despacio el brazo que está por encima de la cabeza, 5 veces.',
        'Mueve la pelota unos 2,5 cm a lo largo del borde y repite; después cambia de lado.',
      ],
      cues: [
        'Quédate por detrás de la axila, sobre el pliegue de atrás, nunca en el hueco.',
        'Si notas hormigueo en el brazo o la mano, apártate.',
      ],
      avoid: [ARMPIT, 'La articulación del hombro: articulación.'],
      cautions: [SHOULDER_INJURY, ARM_TINGLING, 'Osteoporosis: presiona con suavidad, o no lo hagas.'],
      why: 'Puede aliviar durante un rato la tensión en la parte de atrás de la axila, y hacer que levantar el brazo por encima de la cabeza resulte más fácil.',
      pressure: {
        lighter: 'Gírate más hacia la espalda y pasa peso a las piernas, o usa un rodillo.',
        deeper: 'Gírate un poco más de lado sobre la pelota.',
      },
      muscles: ['borde externo del omóplato, zona inferior', 'borde externo del omóplato, zona superior'],
      offFloor: [
        'Ponte de pie de lado a una pared y sube por ella el brazo más cercano.',
        'Coloca una pelota entre la pared y el pliegue de atrás de la axila, sobre el borde externo del omóplato.',
        'Gira un poco el pecho, alejándolo de la pared, para que la pelota quede sobre el músculo junto al borde del omóplato, nunca en el hueco de la axila.',
        'Apóyate con suavidad y respira despacio unas cuantas veces; después dobla y estira despacio el brazo levantado 5 veces.',
        'Mueve la pelota unos 2,5 cm a lo largo del borde y repite; después cambia de lado.',
      ],
    },
    'forearm-flexors': {
      name: 'Antebrazo, lado de la palma (flexores)',
      setup:
        'Siéntate a una mesa y apoya el antebrazo sobre una pelota con la palma hacia abajo, de modo que la cara de la palma del antebrazo toque la pelota. Pon la otra mano encima del antebrazo para añadir una presión suave.',
      spoken: 'A la mesa, palma hacia abajo, antebrazo sobre la pelota y la otra mano encima. Rueda despacio hacia la muñeca y vuelve.',
      steps: [
        'Empieza a unos dedos por debajo del saliente óseo de la parte interna del codo, sobre el músculo.',
        'Rueda despacio hacia la muñeca, parando a unos dedos de ella, y vuelve.',
        'Gira un poco el antebrazo hacia cada lado para cubrir la parte interna y la externa.',
        'En un punto sensible, detente y cierra el puño y abre la mano despacio, y después dobla la muñeca arriba y abajo, 5 veces cada cosa.',
        'Cambia de brazo.',
      ],
      cues: [SLOWER, 'Si notas hormigueo en los dedos, apártate.', 'Mantén los hombros relajados.'],
      avoid: [
        'El saliente óseo de la parte interna del codo y el surco justo detrás: ahí el nervio cubital está cerca de la superficie (el “hueso de la risa”).',
        'El pliegue del codo: por él pasan un vaso sanguíneo grande y un nervio.',
        'La muñeca: articulación y tendones.',
      ],
      cautions: [
        'Hormigueo o entumecimiento en los dedos: apártate de inmediato.',
        'Una lesión reciente de muñeca o de codo, o dedos dormidos por la noche: consulta a un profesional de la salud en lugar de rodar.',
      ],
      why: FOREARM_WHY,
      pressure: {
        lighter: 'Retira la mano de arriba y deja el antebrazo apoyado sobre la pelota.',
        deeper: 'Presiona un poco más con la mano de arriba.',
      },
      muscles: ['cara de la palma del antebrazo', 'cara de la palma, justo debajo del codo'],
    },
    'forearm-extensors': {
      name: 'Antebrazo, dorso (extensores)',
      setup:
        'Siéntate a una mesa y apoya el antebrazo sobre una pelota con la palma hacia arriba, de modo que el dorso del antebrazo toque la pelota. Pon la otra mano encima del antebrazo para añadir una presión suave.',
      spoken: 'A la mesa, palma hacia arriba, antebrazo sobre la pelota y la otra mano encima. Rueda despacio hacia la muñeca y vuelve.',
      steps: [
        'Empieza a unos dedos por debajo del saliente óseo de la parte externa del codo.',
        'Rueda despacio hacia la muñeca, parando a unos dedos de ella, y vuelve.',
        'Gira un poco el antebrazo hacia cada lado para cubrir el lado del pulgar y el centro.',
        'En un punto sensible, detente y cierra el puño y abre la mano despacio, y después dobla la muñeca arriba y abajo, 5 veces cada cosa.',
        'Cambia de brazo.',
      ],
      cues: [SLOWER, 'Si notas hormigueo en la mano, apártate.', 'Mantén los hombros relajados.'],
      avoid: ['El saliente óseo de la parte externa del codo: hueso y tendón.', 'La muñeca: articulación y tendones.'],
      cautions: [
        'Dolor en la parte externa del codo que dura semanas: no presiones sobre el punto doloroso; consulta a un profesional de la salud.',
        'Hormigueo o entumecimiento en la mano: apártate de inmediato.',
      ],
      why: FOREARM_WHY,
      pressure: {
        lighter: 'Retira la mano de arriba y deja el antebrazo apoyado sobre la pelota.',
        deeper: 'Presiona un poco más con la mano de arriba.',
      },
      muscles: ['dorso del antebrazo', 'lado del pulgar del antebrazo'],
    },
    biceps: {
      name: 'Parte delantera del brazo (bíceps)',
      setup:
        'Siéntate con el brazo apoyado en una mesa, la palma hacia arriba, y sujeta la barra con la otra mano atravesada sobre la parte delantera del brazo. Si usas una pelota, ponte de pie junto a una pared y gírate un poco hacia ella, de modo que la pelota quede entre la pared y la parte delantera del brazo.',
      spoken:
        'Brazo sobre una mesa, palma hacia arriba, barra atravesada sobre la parte delantera del brazo. Rueda despacio, parando antes del codo.',
      steps: [
        'Empieza a un ancho de mano por debajo de la parte delantera del hombro.',
        'Rueda despacio hacia abajo por la parte delantera del brazo, parando a unos dedos por encima del pliegue del codo, y vuelve.',
        'En un punto sensible, detente y dobla y estira el codo despacio, 5 veces.',
        'Cambia de brazo.',
      ],
      cues: [
        'Quédate en la parte delantera del brazo, no en el surco de la cara interna.',
        SLOWER,
        'Si notas hormigueo en la mano, apártate.',
      ],
      avoid: [
        'El pliegue del codo: articulación, y por él pasan un vaso sanguíneo grande y un nervio.',
        'El surco de la cara interna del brazo: por ahí pasan la arteria principal y los nervios del brazo.',
        'La parte delantera de la articulación del hombro: articulación.',
      ],
      cautions: [
        'Una distensión reciente del bíceps, o dolor en la parte delantera del hombro o del codo: consulta antes a un profesional de la salud.',
        'Hormigueo o entumecimiento en la mano: apártate de inmediato.',
      ],
      why: 'Puede aliviar durante un rato la tensión o las agujetas en la parte delantera del brazo, por ejemplo después de levantar o cargar peso.',
      pressure: {
        lighter: 'Presiona más suave con la barra, o apóyate menos en la pared.',
        deeper: 'Presiona un poco más firme, sin pasar de lo tolerable.',
      },
      muscles: ['parte delantera del brazo', 'parte delantera del brazo, más profunda y más abajo'],
    },
    triceps: {
      name: 'Parte de atrás del brazo (tríceps)',
      setup:
        'Túmbate de lado con el brazo de abajo estirado por encima de la cabeza y el rodillo bajo ese brazo; después gírate un poco hacia delante para que sea la parte de atrás del brazo, y no su cara externa, la que descanse sobre el rodillo. Apoya la cabeza en una almohada o en el brazo.',
      spoken: 'De lado, brazo sobre la cabeza, rodillo bajo su parte de atrás. Rueda despacio hacia el hombro, no a la axila.',
      steps: [
        'Empieza a unos dedos por encima de la punta del codo.',
        'Rueda despacio hacia la axila, parando en la parte de atrás del hombro, y vuelve.',
        'Gira un poco el brazo hacia cada lado para cubrir la parte interna y la externa.',
        'En un punto sensible, detente y dobla y estira el codo despacio, 5 veces.',
        'Cambia de brazo.',
      ],
      cues: [SLOWER, 'Quédate por detrás de la axila, nunca en ella.', 'Si notas hormigueo en la mano, apártate.'],
      avoid: [
        'La punta del codo: hueso y articulación.',
        ARMPIT,
        'El surco de la cara interna del brazo: por ahí pasan la arteria principal y los nervios del brazo.',
      ],
      cautions: [
        'Una lesión reciente de hombro o de codo: consulta antes a un profesional de la salud.',
        'Hormigueo o entumecimiento en la mano: apártate de inmediato.',
      ],
      why: 'Puede aliviar durante un rato la tensión o las agujetas en la parte de atrás del brazo, por ejemplo después de empujar o hacer press.',
      pressure: {
        lighter: 'Pasa más peso a la mano de arriba, apoyada en el suelo, o usa la pelota contra una pared.',
        deeper: 'Levanta la mano de arriba y deja que más peso descanse sobre el brazo.',
      },
      muscles: ['parte de atrás del brazo'],
      offFloor: [
        'Ponte de pie frente a una pared, sube un brazo por encima de la cabeza y dobla el codo para que la mano caiga detrás de la cabeza.',
        'Coloca una pelota entre la pared y la parte de atrás de ese brazo, a unos dedos por encima de la punta del codo.',
        'Apóyate con suavidad y dobla y estira un poco las rodillas para hacer rodar la pelota despacio hacia la axila y volver, parando en la parte de atrás del hombro.',
        'En un punto sensible, detente y dobla y estira el codo despacio un poco, 5 veces.',
        'Cambia de brazo.',
      ],
    },
  },
  presets: {
    'lower-leg': {
      title: 'Pierna y pie',
      description:
        'Planta del pie, pantorrillas, espinillas y parte externa de la pierna, con una pelota y un rodillo de espuma. Va bien después de caminar, de correr o de pasar el día de pie.',
    },
    'inner-thigh': {
      title: 'Parte interna del muslo, para rodillas que se van hacia dentro',
      description:
        'Trabajo lento de la parte interna del muslo, desde justo por encima de la rodilla hacia el pubis, más pantorrillas y caderas, para quienes notan que las rodillas se les van hacia dentro en sentadillas o al caer de un salto. Rodar puede hacer que estas zonas se muevan con más facilidad; complementa, pero no sustituye, la fuerza, la movilidad del tobillo y la práctica del movimiento, que son lo que cambia cómo se mueven las rodillas.',
    },
    'neck-relief': {
      title: 'Alivio para el cuello',
      description:
        'Parte alta de la espalda, hombros y pecho, y después un trabajo suave en la nuca con dos pelotas en un calcetín, solo con el peso de la cabeza. Para si notas mareo, cambios en la vista, dolor de cabeza o síntomas en los brazos.',
    },
    'desk-worker': {
      title: 'Trabajo de escritorio',
      description:
        'Para las zonas que suelen quedarse rígidas después de pasar mucho tiempo sentado: parte alta de la espalda, pecho, parte delantera de las caderas, glúteos, antebrazos y nuca.',
    },
    'runner-recovery': {
      title: 'Recuperación para corredores',
      description:
        'Pasadas más largas y lentas con el rodillo en los músculos grandes de las piernas después de correr, que puede aliviar las agujetas durante el día o los dos días siguientes. En la parte externa del muslo, suave y breve.',
    },
    'pre-workout': {
      title: 'Preparación antes de entrenar',
      description:
        'Pasadas lentas con el rodillo en los músculos principales antes de entrenar, de 45 a 60 segundos cada uno: en los estudios, una sola pasada de 30 segundos no cambió la amplitud de movimiento, y rodar más tiempo y más despacio sí lo hizo, durante un rato. Rodar así no parece empeorar el rendimiento; después haz tu calentamiento habitual.',
    },
    'full-body-10': {
      title: 'Cuerpo completo en 10 minutos',
      description:
        'Un repaso rápido de piernas, caderas, espalda y hombros con un rodillo de espuma y una pelota, unos diez minutos de principio a fin.',
    },
    'upper-back-shoulders': {
      title: 'Parte alta de la espalda y hombros',
      description:
        'Parte alta de la espalda, la zona entre los omóplatos, la parte de atrás y los laterales de los hombros, y el pecho. Puede hacer que levantar los brazos por encima de la cabeza o sentarte erguido resulte más fácil durante un rato.',
    },
    'forearms-arms': {
      title: 'Antebrazos y brazos',
      description:
        'Antebrazos, bíceps y tríceps con una pelota o una barra de masaje, para después de escribir, agarrar, escalar o levantar peso.',
    },
    'hips-glutes': {
      title: 'Caderas y glúteos',
      description: 'Glúteos, lateral y parte delantera de las caderas y lateral de la zona lumbar, con suavidad y nunca sobre la columna.',
    },
    'chair-and-wall': {
      title: 'Silla y pared (sin bajar al suelo)',
      description:
        'Todo se hace de pie contra una pared o sentado a una mesa, para quien no puede o prefiere no bajar al suelo: parte alta de la espalda, pecho, hombros, antebrazos y planta del pie.',
    },
  },
  regions: {
    pecs: 'Pecho (pectorales)',
    'front-deltoid': 'Parte delantera del hombro (deltoides anterior)',
    serratus: 'Lateral de las costillas (serrato anterior)',
    biceps: 'Parte delantera del brazo (bíceps)',
    'forearm-flexors': 'Cara interna del antebrazo (flexores de la muñeca y los dedos)',
    'hip-flexors': 'Parte delantera de la cadera (flexores de la cadera)',
    tfl: 'Parte delantera y externa de la cadera (TFL)',
    quadriceps: 'Parte delantera del muslo (cuádriceps)',
    adductors: 'Parte interna del muslo (aductores)',
    'it-band': 'Parte externa del muslo (cintilla iliotibial)',
    'tibialis-anterior': 'Músculo de la espinilla (tibial anterior)',
    peroneals: 'Parte externa de la pierna (peroneos)',
    'avoid-neck-front': 'Parte delantera del cuello (nunca ruedes aquí)',
    'avoid-femoral-triangle': 'Ingle y parte alta e interna del muslo (nunca ruedes aquí)',
    'avoid-axilla': 'Axila (nunca ruedes aquí)',
    'avoid-abdomen': 'Barriga (nunca ruedes aquí)',
    suboccipitals: 'Base del cráneo (suboccipitales)',
    'neck-posterior': 'Nuca',
    'upper-trapezius': 'Parte alta de los hombros (trapecio superior)',
    rhomboids: 'Entre los omóplatos (romboides)',
    'thoracic-spine': 'Parte alta y media de la espalda (músculos de la columna dorsal)',
    infraspinatus: 'Parte de atrás del omóplato (infraespinoso)',
    'rear-deltoid': 'Parte de atrás del hombro (deltoides posterior)',
    teres: 'Borde externo del omóplato (redondos)',
    lats: 'Lateral de la espalda (dorsal ancho)',
    triceps: 'Parte de atrás del brazo (tríceps)',
    'forearm-extensors': 'Cara externa del antebrazo (extensores de la muñeca y los dedos)',
    'quadratus-lumborum': 'Lateral de la zona lumbar (cuadrado lumbar)',
    'glute-max': 'Glúteo (glúteo mayor)',
    'glute-med': 'Parte alta y externa de la cadera (glúteo medio)',
    piriformis: 'Glúteo profundo (piriforme)',
    hamstrings: 'Parte de atrás del muslo (isquiotibiales)',
    calves: 'Pantorrilla (gemelos y sóleo)',
    'plantar-fascia': 'Planta del pie (fascia plantar)',
    'avoid-lumbar-spine': 'Columna lumbar (nunca ruedes directamente sobre ella)',
    'avoid-popliteal': 'Parte de atrás de la rodilla (nunca ruedes aquí)',
  },
  concerns: {
    'knee-valgus': {
      label: 'Las rodillas se me van hacia dentro al hacer sentadillas o al caer de un salto',
      note: 'Rodar puede aliviar la tensión durante un rato; lo que cambia cómo se mueven las rodillas es la fuerza, la movilidad del tobillo y practicar cómo caer. El dolor de rodilla es cosa de un profesional de la salud.',
      reasons: {
        adductors:
          'Rodar la parte interna del muslo (los aductores; el pectíneo, que está por encima, solo en su borde inferior) formó parte de un programa de entrenamiento que redujo cuánto se iban las rodillas hacia dentro, junto con trabajo de fuerza y de equilibrio. Por sí solo, puede aliviar la tensión en esa zona durante un rato.',
        calves:
          'Una menor flexión del tobillo se ha relacionado con que las rodillas se vayan hacia dentro en la sentadilla; rodar puede hacer que un estiramiento de pantorrilla resulte más fácil.',
        'glute-med':
          'La fuerza en el lateral de la cadera es uno de los factores que se han estudiado para el control de la rodilla; rodar puede aliviar la tensión en esa zona antes de entrenarla.',
        tfl: 'Rodar la parte delantera y externa de la cadera puede aliviar la tensión en esa zona durante un rato. Que este músculo lleve las rodillas hacia dentro es una teoría, no un hecho medido.',
        'glute-max': 'Aliviar el glúteo puede hacer que la cadera se mueva con más soltura en sentadillas y al caer de un salto.',
      },
    },
    'desk-neck': {
      label: 'Tengo el cuello y los hombros rígidos después de trabajar en el escritorio',
      reasons: {
        'upper-trapezius': 'La parte alta de los hombros suele notarse tensa después de muchas horas en el escritorio.',
        neck: 'La nuca y la base del cráneo suelen notarse tensas después de mucho tiempo frente a una pantalla.',
        pecs: 'Aliviar la parte delantera del pecho puede hacer que sentarte erguido y el estiramiento en el marco de una puerta resulten más cómodos durante un rato.',
        'thoracic-spine': 'Aliviar la parte alta de la espalda puede hacer que sentarte erguido resulte más cómodo.',
        rhomboids: 'Los músculos entre los omóplatos suelen notarse cansados después de pasar mucho tiempo sentado.',
      },
    },
    'runner-calves': {
      label: 'Tengo las pantorrillas cargadas después de correr',
      reasons: {
        calves: 'Las pantorrillas hacen buena parte del trabajo en cada zancada y a menudo quedan doloridas después.',
        'plantar-fascia': 'La planta del pie trabaja junto con las pantorrillas y puede notarse tensa después de carreras largas.',
        peroneals: 'La parte externa de la pierna estabiliza el tobillo cada vez que el pie toca el suelo.',
        'tibialis-anterior':
          'El músculo de la espinilla levanta el pie en cada zancada y puede doler después de cuestas o series de velocidad.',
        hamstrings: 'Aliviar la parte de atrás del muslo puede hacer que la próxima carrera resulte más fluida.',
      },
    },
    'low-back-sitting': {
      label: 'Noto la zona lumbar tensa después de estar sentado',
      note: 'Nunca rodamos directamente sobre la columna lumbar. El dolor de espalda que baja por una pierna, o que viene con entumecimiento, es cosa de un profesional de la salud; si además cambia tu control de la vejiga o del intestino, o notas entumecimiento entre las piernas, busca atención médica urgente.',
      reasons: {
        'glute-max': 'Mucha gente nota rigidez en los glúteos después de estar sentada; rodar puede aliviarla durante un rato.',
        'hip-flexors':
          'La parte delantera de la cadera se queda doblada mientras estás sentado; rodarla puede hacer que estar de pie bien erguido resulte más fácil durante un rato.',
        'quadratus-lumborum':
          'Mantener una pelota con suavidad junto a la columna (nunca sobre ella) puede aliviar la tensión en el lateral de la zona lumbar.',
        piriformis: 'El glúteo profundo suele notarse tenso después de pasar mucho tiempo sentado.',
        hamstrings: 'Aliviar la parte de atrás del muslo puede hacer que inclinarte hacia delante resulte más fácil durante un rato.',
      },
    },
    'tight-hips': {
      label: 'Noto las caderas tensas',
      reasons: {
        'hip-flexors': 'La parte delantera de la cadera se tensa al estar sentado y al correr.',
        'glute-med': 'El lateral de la cadera te sostiene cuando te apoyas en una pierna y suele notarse tenso.',
        piriformis: 'Los rotadores profundos de la cadera pueden limitar el giro de la cadera hacia fuera.',
        adductors: 'La parte interna del muslo limita cuánto se pueden abrir las piernas.',
        tfl: 'El pequeño músculo de la parte delantera de la cadera trabaja junto con el lateral de la cadera.',
      },
    },
    'sore-legs': {
      label: 'Tengo agujetas en las piernas después de entrenar',
      reasons: {
        quadriceps: 'Rodar después de entrenar puede reducir las agujetas durante el día o los dos días siguientes.',
        hamstrings: 'La parte de atrás del muslo suele tener agujetas después de sprints y de ejercicios de bisagra de cadera.',
        calves: 'Las pantorrillas tienen agujetas después de saltar, correr y subir escaleras.',
        'glute-max': 'Los glúteos tienen agujetas después de sentadillas y zancadas.',
        adductors: 'La parte interna del muslo tiene agujetas después de zancadas, sprints y cambios de dirección.',
      },
    },
    'busy-forearms': {
      label: 'Tengo los antebrazos cansados de escribir en el teclado o de agarrar',
      reasons: {
        'forearm-flexors': 'Los músculos de la cara de la palma del antebrazo cierran la mano y agarran.',
        'forearm-extensors': 'Los músculos del dorso del antebrazo levantan la muñeca mientras escribes en el teclado.',
        biceps: 'La parte delantera del brazo trabaja cada vez que cargas o tiras de algo.',
        triceps: 'La parte de atrás del brazo trabaja cada vez que empujas.',
      },
    },
    'overhead-stiff': {
      label: 'Noto rigidez al levantar los brazos por encima de la cabeza',
      reasons: {
        lats: 'Los músculos anchos de la espalda limitan cuánto suben los brazos por encima de la cabeza.',
        'thoracic-spine':
          'Aliviar una parte alta de la espalda rígida puede hacer que levantar los brazos resulte más fácil durante un rato.',
        pecs: 'Aliviar la parte delantera del pecho y del hombro puede hacer que levantar los brazos resulte más libre durante un rato.',
        teres: 'El borde externo del omóplato se tensa al tirar y al lanzar.',
        infraspinatus: 'La parte de atrás del omóplato gira el brazo y suele notarse sensible.',
      },
    },
  },
  safety: {
    note: 'El automasaje con rodillo o pelota puede complementar, pero no sustituir, la atención de un masajista, un fisioterapeuta o un médico. Busca una presión que se sienta como una molestia tolerable, y para si notas dolor agudo, entumecimiento u hormigueo. No apoyes el accesorio sobre lesiones, moratones, varices ni sobre la zona de un tumor conocido; y si estás embarazada, tienes un trastorno de la coagulación o hemorrágico, tomas anticoagulantes, tienes osteoporosis o has tenido cáncer, consulta a un profesional de la salud antes de empezar. Si tienes poca sensibilidad (por ejemplo, por diabetes o neuropatía), articulaciones muy flexibles (hiperlaxitud) o una piel que se amorata o se rompe con facilidad, usa un accesorio blando y poca presión, y no estires hasta el final de tu recorrido mientras presionas un punto.',
    beforeYouStart: {
      'no-recent-injury': 'No tengo ninguna lesión, fractura ni operación reciente en las zonas que voy a trabajar.',
      'no-nerve-symptoms': 'Ahora mismo no tengo entumecimiento, hormigueo ni dolor agudo.',
      'no-calf-swelling': 'Ninguna de mis pantorrillas está hinchada, caliente, roja ni dolorida.',
      'skin-ok': 'No tengo heridas abiertas, moratones, erupciones ni infecciones donde voy a presionar.',
      'pregnancy-ok':
        'No estoy embarazada, o estoy en el primer trimestre, o un profesional me ha aconsejado sobre tumbarme boca arriba y evitar la presión cerca de la barriga.',
      'conditions-ok':
        'Si tengo osteoporosis o un trastorno de la coagulación o hemorrágico, o tomo anticoagulantes, un profesional de la salud me ha dicho que puedo hacerlo.',
      'no-chest-symptoms':
        'No tengo dolor en el pecho ni me falta el aire de repente. (Si es así, busca atención médica urgente ahora mismo).',
      'no-saddle-symptoms':
        'No he notado ningún cambio nuevo en el control de la vejiga o del intestino, ni entumecimiento entre las piernas o alrededor de los glúteos. (Si es así, busca atención médica urgente ahora mismo).',
      'no-head-neck-warning':
        'No tengo un dolor de cabeza repentino e intenso, ni dolor de cuello con mareo, visión doble o dificultad para hablar o tragar. (Si es así, busca atención médica urgente ahora mismo).',
      'no-hot-joint': 'No tengo ninguna articulación caliente e hinchada.',
      'cancer-ok':
        'Si he tenido cáncer, o he perdido peso sin saber por qué, un médico me ha revisado y me ha dicho que puedo hacerlo, y no apoyo el accesorio sobre la zona de ningún tumor conocido.',
      'light-if-needed':
        'Si tengo poca sensibilidad (por ejemplo, por diabetes o neuropatía), articulaciones muy flexibles o una piel que se amorata o se rompe con facilidad, usaré un accesorio blando y poca presión, y no estiraré hasta el final de mi recorrido mientras presiono un punto.',
    },
    stopSigns: [
      'Dolor agudo, punzante o quemante.',
      'Entumecimiento u hormigueo, en cualquier parte.',
      'Mareo o sensación de desmayo.',
      'Notar el pulso bajo el accesorio: apártalo.',
      'Un dolor que empeora o que dura hasta el día siguiente.',
      'Moratones después: la próxima vez presiona más suave, o sáltate ese punto.',
    ],
    redFlags: {
      'chest-breathless': {
        text: 'Dolor en el pecho o falta de aire repentina.',
        advice:
          'No hagas automasaje. El dolor en el pecho o la falta de aire repentina pueden indicar un coágulo en el pulmón, sobre todo si además tienes una pantorrilla hinchada: busca atención médica urgente ahora mismo (llama al número de emergencias).',
      },
      'bladder-bowel': {
        text: 'Un cambio nuevo en el control de la vejiga o del intestino, o entumecimiento entre las piernas o alrededor de los glúteos.',
        advice:
          'No hagas automasaje. Sobre todo si hay dolor de espalda, puede indicar presión sobre los nervios de la base de la columna: busca atención médica urgente ahora mismo.',
      },
      'head-neck': {
        text: 'Un dolor de cabeza repentino e intenso, o dolor de cuello con mareo, visión doble o dificultad para hablar o tragar.',
        advice:
          'No hagas automasaje y no apoyes nada en el cuello. Pueden ser señales de un problema en los vasos sanguíneos del cuello o de la cabeza: busca atención médica urgente ahora mismo.',
      },
      'sharp-pain': {
        text: 'Dolor agudo, punzante o que se irradia.',
        advice: 'No hagas automasaje. Antes, haz que un médico o un fisioterapeuta averigüe de dónde viene.',
      },
      numbness: {
        text: 'Entumecimiento, hormigueo o debilidad.',
        advice: 'No hagas automasaje. Pueden ser síntomas de un nervio; consulta a un médico o a un fisioterapeuta.',
      },
      swelling: {
        text: 'Hinchazón, calor o enrojecimiento, sobre todo en una pantorrilla.',
        advice:
          'No hagas automasaje. Una pantorrilla hinchada, caliente, roja o dolorosa puede ser un coágulo; busca atención médica el mismo día.',
      },
      'recent-injury': {
        text: 'Una lesión, caída u operación reciente en la zona.',
        advice: 'No trabajes esa zona. Pregunta a tu médico, cirujano o fisioterapeuta cuándo es seguro empezar.',
      },
      'night-pain': {
        text: 'Dolor sin una causa clara que te despierta por la noche o que viene con fiebre.',
        advice: 'No hagas automasaje. Acude pronto a un médico para averiguar la causa.',
      },
      'cancer-history': {
        text: 'Antecedentes de cáncer, o una pérdida de peso que no sabes explicar.',
        advice:
          'No hagas automasaje hasta que un médico te haya revisado. Pregunta a tu equipo médico si la presión es segura para ti y dónde, y no apoyes ningún accesorio sobre la zona de un tumor conocido.',
      },
      'hot-joint': {
        text: 'Una articulación caliente e hinchada.',
        advice:
          'No hagas automasaje cerca de ella. Una articulación caliente e hinchada puede indicar una infección o una inflamación de la articulación: acude pronto a un médico, el mismo día si además tienes fiebre o te encuentras mal.',
      },
    },
  },
};
