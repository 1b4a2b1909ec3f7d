/**
 * A sample content translation for the stories: the calves exercise, one preset title, one body
 * region and the safety note in Spanish, written for these docs. Everything else stays English,
 * which the stories show on purpose.
 */
import type { ContentTranslation } from '../../src/core/content-translation.js';

export const spanishContentSample: ContentTranslation = {
  lang: 'es',
  exercises: {
    calves: {
      name: 'Pantorrillas',
      setup:
        'Siéntate en el suelo con las piernas estiradas y el rodillo bajo una pantorrilla, justo debajo de la rodilla. Apoya las manos en el suelo por detrás y levanta la cadera.',
      steps: [
        'Rueda despacio desde justo debajo de la parte de atrás de la rodilla hasta donde la pantorrilla se estrecha en el tendón de Aquiles, y vuelve a subir.',
        'Gira el pie hacia dentro para trabajar la parte interna de la pantorrilla, y hacia fuera para la externa.',
        'Dobla un poco la rodilla y rueda la mitad inferior de la pantorrilla para llegar al sóleo, más profundo.',
        'En un punto sensible, detente y mueve el tobillo despacio hacia arriba y hacia abajo de 5 a 8 veces.',
        'Cambia de pierna.',
      ],
      cues: [
        'Más despacio de lo que te sale natural: unos 2,5 cm por segundo.',
        'Suelta el aire y deja que la pantorrilla se apoye en el rodillo.',
        'La molestia debería calmarse mientras sigues en un punto, no ir a más.',
      ],
      pressure: {
        lighter: 'Deja la cadera en el suelo y pasa más peso a las manos.',
        deeper: 'Con la cadera levantada, cruza la otra pierna sobre la que estás rodando.',
      },
      avoid: [
        'La parte de atrás de la rodilla: por ahí pasan vasos sanguíneos y el nervio tibial, cerca de la superficie.',
        'El tendón de Aquiles y el hueso del talón: son tendón y hueso, no músculo.',
        'La tibia, si el rodillo se desliza hacia delante.',
      ],
      cautions: [
        'Una pantorrilla hinchada, caliente, roja o dolorosa puede indicar un coágulo: no la ruedes y busca atención médica el mismo día.',
        'Varices: no apoyes la herramienta sobre ellas, o sáltate este ejercicio.',
        'Anticoagulantes o un trastorno de la coagulación: consulta antes a un profesional y, si te lo permite, usa una herramienta blanda y poca presión.',
        'Una distensión reciente en la pantorrilla o dolor en el Aquiles: espera a que un profesional sanitario te diga que puedes.',
      ],
      why: 'Puede aliviar durante un rato la tensión o las agujetas de la pantorrilla, y hacer que un estiramiento de tobillo o de pantorrilla resulte más cómodo antes de caminar, correr o hacer sentadillas.',
      muscles: ['parte alta de la pantorrilla', 'pantorrilla profunda e inferior'],
    },
  },
  presets: { 'lower-leg': { title: 'Pierna y pie' } },
  regions: { calves: 'Pantorrilla (gemelos y sóleo)' },
  safety: {
    note: 'El automasaje con rodillo o pelota puede complementar, pero no sustituir, la atención de un masajista, un fisioterapeuta o un médico. Busca una presión que se sienta como una molestia tolerable, y detente si notas dolor agudo, entumecimiento u hormigueo. No apoyes la herramienta sobre lesiones, moratones ni varices; y si estás embarazada, tienes un trastorno de la coagulación, tomas anticoagulantes o tienes osteoporosis, consulta a un profesional sanitario antes de empezar.',
  },
};
