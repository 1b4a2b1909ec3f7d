/**
 * Spanish UI strings. Importing them registers nothing (bundlers can drop what a page doesn't use):
 * passing `es` to `registerTranslation` does. The CDN bundle loads them by itself when a page uses `lang="es"`.
 */
import type { ExpectedShape, IdKind, RangeUnit } from '../core/problems.js';
import type { Translation } from './translation.js';

const numberFormat = new Intl.NumberFormat('es');
const n = (value: number): string => numberFormat.format(value);

const quote = (id: string): string => `"${id}"`;
const alternatives = new Intl.ListFormat('es', { type: 'disjunction' });
/** Up to three choices quoted and joined as alternatives, more as a plain list. */
const choices = (allowed: readonly string[]): string =>
  allowed.length > 3 ? `uno de estos: ${allowed.join(', ')}` : alternatives.format(allowed.map(quote));
/** Kinds of value `describeValue` names in English; literal values (quoted text, numbers) stay as written. */
const KINDS: Record<string, string> = {
  'an array': 'una lista',
  'an object': 'un objeto',
  nothing: 'nada',
  boolean: 'un valor booleano',
  function: 'una función',
};
const shown = (got: string): string => (Object.hasOwn(KINDS, got) ? KINDS[got] : got);
const got = (value: string): string => `se recibió ${shown(value)}`;
const ES_SHAPES: Record<ExpectedShape, string> = {
  text: 'texto',
  'text-list': 'una lista de textos',
  list: 'una lista',
  routine: 'un objeto de rutina con id, title y steps',
  step: 'un objeto de paso',
  'step-list': 'una lista de pasos',
  exercise: 'un objeto de ejercicio con id, name, steps y duration',
  'catalog-id': 'un id del catálogo como "calves" o "adductors"',
  muscle: '{ anatomical, plain }',
  'muscle-list': 'una lista de { anatomical, plain }',
  pressure: '{ target, lighter, deeper }',
  'off-floor': '{ position, tool, steps }',
  'region-list': 'una lista de ids de zonas',
  object: 'un objeto',
  'language-tag': 'una etiqueta de idioma como "es" o "de-AT"',
  'date-time': 'una fecha y hora ISO como "2026-03-01T18:30:00.000Z"',
  history: 'un historial exportado por <smr-history> (format, version y sessions)',
  media: '{ src, type, alt }',
};
const ES_RANGES: Record<RangeUnit, (min: string, max: string) => string> = {
  seconds: (min, max) => `entre ${min} y ${max} segundos`,
  minutes: (min, max) => `entre ${min} y ${max} minutos`,
  number: (min, max) => `un número entre ${min} y ${max}`,
  'whole-number': (min, max) => `un número entero entre ${min} y ${max}`,
  'rolls-per-minute': (min, max) => `entre ${min} y ${max} pasadas por minuto`,
};
const ES_UNKNOWN: Record<IdKind, string> = {
  exercise: 'ejercicio desconocido',
  preset: 'rutina predefinida desconocida',
  region: 'zona desconocida',
  tool: 'accesorio desconocido',
  id: 'id desconocido',
};

export const es: Translation = {
  lang: 'es',
  timer: {
    start: 'Empezar',
    pause: 'Pausar',
    resume: 'Reanudar',
    reset: 'Restablecer',
    restart: 'Reiniciar',
    startName: (label) => (label ? `Empezar el temporizador: ${label}` : 'Empezar el temporizador'),
    pauseName: (label) => (label ? `Pausar el temporizador: ${label}` : 'Pausar el temporizador'),
    resumeName: (label) => (label ? `Reanudar el temporizador: ${label}` : 'Reanudar el temporizador'),
    resetName: (label) => (label ? `Restablecer el temporizador: ${label}` : 'Restablecer el temporizador'),
    restartName: (label) => (label ? `Reiniciar el temporizador: ${label}` : 'Reiniciar el temporizador'),
    getReady: 'Prepárate',
    switchSides: 'Cambia de lado',
    left: 'Lado izquierdo',
    right: 'Lado derecho',
    done: 'Hecho',
    paused: 'En pausa',
    sideProgress: (side, index, count) => `${side} · ${n(index)} de ${n(count)}`,
    paceHint: (rollsPerMinute) =>
      rollsPerMinute === 1 ? 'Ritmo: 1 pasada lenta por minuto' : `Ritmo: ${n(rollsPerMinute)} pasadas lentas por minuto`,
    wakeLockUnavailable: 'Es posible que este navegador deje que la pantalla se atenúe mientras el temporizador está en marcha.',
    untitled: 'Temporizador',
    nowPlaying: (name, detail) => (detail ? `${name} · ${detail}` : name),
  },
  announce: {
    started: (clock) => `En marcha. Quedan ${clock}.`,
    paused: (clock) => `En pausa. Quedan ${clock}.`,
    resumed: 'Reanudamos.',
    getReady: (seconds) => (seconds === 1 ? 'Prepárate. Empezamos en 1 segundo.' : `Prepárate. Empezamos en ${n(seconds)} segundos.`),
    sideStart: (side) => `${side}. ¡Vamos!`,
    switchSides: (side) => `Cambia de lado. A continuación: ${side.charAt(0).toLowerCase()}${side.slice(1)}.`,
    tenSeconds: 'Quedan 10 segundos.',
    complete: 'Hecho. ¡Buen trabajo!',
    reset: 'Temporizador restablecido.',
  },
  voice: {
    start: 'Empieza',
    left: 'Lado izquierdo',
    right: 'Lado derecho',
    switchSides: 'Cambia de lado',
    tenSeconds: '10 segundos',
    done: 'Hecho',
  },
  coach: {
    getReady: 'Prepárate.',
    step: (name, side, setup) =>
      [side ? `${name}, ${side.charAt(0).toLowerCase()}${side.slice(1)}.` : `${name}.`, setup].filter(Boolean).join(' '),
    rest: (next) => `Descanso. A continuación: ${next}`,
    go: '¡Vamos!',
    switchSides: 'Cambia de lado.',
    sideGo: (side) => `${side}. ¡Vamos!`,
    paceRoll: 'Más despacio: unos dos centímetros y medio por segundo.',
    paceHold: 'Sigue respirando despacio y afloja si notas un dolor agudo.',
    halfway: 'Vas por la mitad.',
    tenSeconds: 'Quedan 10 segundos.',
    stepDone: 'Paso completado.',
    complete: 'Hecho. ¡Buen trabajo!',
  },
  bodyMap: {
    front: 'Delante',
    back: 'Detrás',
    figure: (view, highlighted) =>
      highlighted.length > 0
        ? `Cuerpo visto por ${view.toLowerCase()}, zonas resaltadas: ${highlighted.join(', ')}`
        : `Cuerpo visto por ${view.toLowerCase()}`,
    pick: (view) => `Cuerpo visto por ${view.toLowerCase()}: elige las zonas donde notas tensión`,
    avoidLegend: 'Zona rayada: nunca ruedes aquí',
  },
  exercise: {
    perSide: (seconds) => `${seconds} por lado`,
    midline: (seconds) => `${seconds}`,
    works: 'Trabaja',
    setup: 'Posición inicial',
    howTo: 'Cómo hacerlo',
    cues: 'Ten en cuenta',
    pressure: 'Presión',
    pressureTarget: (target) =>
      `Busca alrededor de un ${n(target)} sobre 10: una molestia tolerable que se suaviza al respirar, nunca un dolor agudo, punzante o con ardor.`,
    lighter: 'Más suave',
    deeper: 'Más intenso',
    avoid: 'Evita estas zonas',
    cautions: 'Omítelo o ten cuidado si',
    why: 'Por qué puede ayudar',
    note: 'Conviene saber',
    safety: 'Seguridad',
    pace: (rollsPerMinute) =>
      rollsPerMinute > 0
        ? rollsPerMinute === 1
          ? '1 pasada lenta por minuto'
          : `${n(rollsPerMinute)} pasadas lentas por minuto`
        : 'Mantén la posición sobre un punto',
    positions: { floor: 'En el suelo', wall: 'Contra la pared', seated: 'En una silla', standing: 'De pie' },
    offFloor: 'Sin bajar al suelo',
    tools: { 'foam-roller': 'Rodillo de espuma', ball: 'Pelota', 'peanut-ball': 'Pelota doble', stick: 'Barra de masaje' },
    techniques: {
      roll: 'Rodar',
      'pin-and-hold': 'Presionar y mantener',
      'pin-and-stretch': 'Presionar y estirar',
      'cross-friction': 'Fricción transversal',
    },
    goals: { 'ease-soreness': 'Alivia las molestias musculares', mobility: 'Movilidad', 'tender-spots': 'Puntos sensibles' },
  },
  routine: {
    untitled: 'Rutina',
    total: (clock) => `${clock} en total`,
    stepCount: (count) => (count === 1 ? '1 paso' : `${n(count)} pasos`),
    youNeed: (tools) => `Necesitas: ${tools}`,
    perSide: (clock) => `${clock} por lado`,
    start: 'Empezar',
    startName: (title) => `Empezar “${title}”`,
    pause: 'Pausar',
    resume: 'Reanudar',
    previous: 'Anterior',
    next: 'Siguiente',
    skip: 'Saltar',
    restart: 'Reiniciar',
    continue: 'Continuar',
    previousName: 'Paso anterior',
    nextName: 'Paso siguiente',
    restartName: 'Reiniciar la sesión',
    stepOf: (index, count) => `Paso ${n(index)} de ${n(count)}`,
    timeLeft: (clock) => `Quedan ${clock}`,
    progressName: 'Progreso de la sesión',
    upNext: (name) => `A continuación: ${name}`,
    lastStep: 'Último paso',
    rest: 'Descanso',
    howTo: 'Cómo hacerlo',
    cues: 'Ten en cuenta',
    cautions: 'Precaución',
    beforeTitle: 'Antes de empezar',
    beforeIntro: 'Comprueba que hoy se cumple cada uno de estos puntos:',
    beforeOk: 'Se cumplen todos; no mostrar la próxima vez',
    beforeIfNot: 'Si alguno no se cumple, omite esta sesión y consulta antes a un profesional de la salud.',
    onFloor: 'Algunos pasos en el suelo',
    resumeTitle: '¿Sigues donde lo dejaste?',
    resumeDetail: (index, count, clock) => `Paso ${n(index)} de ${n(count)}, quedan ${clock}.`,
    resumeYes: 'Continuar',
    resumeNo: 'Empezar de nuevo',
    stepDone: 'Paso completado',
    continueHint: 'Continúa cuando quieras.',
    completeTitle: 'Sesión completada',
    timeSpent: (clock) => `Tiempo: ${clock}`,
    completed: (count) => (count === 1 ? '1 completado' : `${n(count)} completados`),
    skipped: (count) => (count === 1 ? '1 omitido' : `${n(count)} omitidos`),
    tenderQuestion: (side) => (side ? `¿Cuánta sensibilidad notaste (${side})?` : '¿Cuánta sensibilidad notaste?'),
    tenderNone: 'Sin respuesta',
    lastTime: (rating) => `La última vez: ${n(rating)} sobre 10`,
    tenderSaved: 'Las valoraciones se quedan en este dispositivo.',
    streak: (days) => (days === 1 ? 'Primer día de tu racha' : `${n(days)} días seguidos`),
    shortcuts:
      'Teclas con el foco en el reproductor: la barra espaciadora pausa o reanuda, y las teclas de flecha pasan de un paso a otro.',
    loading: 'Cargando la rutina…',
    retry: 'Reintentar',
    loadFailed: 'No se pudo cargar la rutina',
    httpStatus: (status) => `el servidor respondió ${status}`,
    network: 'falló la solicitud: no se pudo contactar con el servidor o no permite que este sitio lea el archivo (CORS)',
    notJson: (type) => `se esperaba un archivo JSON, pero el tipo de contenido es "${type}"`,
    tooLarge: 'el archivo ocupa más de 1 MB',
    badJson: (detail) => `el archivo no es un JSON válido (${detail})`,
    badInlineJson: (detail) => `el JSON de la página no es válido (${detail})`,
    qrLabel: (title) => `Código QR que abre “${title}”`,
    qrCaption: 'Escanéalo para seguir esta sesión en tu móvil.',
    qrTooLong: 'Esta rutina es demasiado larga para un código QR que un móvil pueda leer bien: compártela con un enlace.',
    qrFailed: 'No se pudo crear el código QR.',
    announceStart: (title) => `Empieza ${title}.`,
    announceStep: (index, count, name, side) => `Paso ${n(index)} de ${n(count)}: ${name}${side ? `, ${side.toLowerCase()}` : ''}.`,
    announceRest: (next) => `Descanso. A continuación: ${next}.`,
    announceSwitch: (side) => `Cambia de lado. A continuación: ${side.toLowerCase()}.`,
    announceGetReady: (name) => `Prepárate: ${name}.`,
    announceStepDone: 'Paso completado. Continúa cuando quieras.',
    announceComplete: 'Sesión completada. ¡Buen trabajo!',
    announcePaused: 'En pausa.',
    announceResumed: 'Reanudamos.',
  },
  finder: {
    title: 'Encuentra una rutina',
    whereTitle: '¿Dónde notas tensión?',
    whereHint: 'Marca en la figura las zonas que quieras (opcional).',
    noticeTitle: '¿Qué notas?',
    timeTitle: '¿Cuánto tiempo tienes?',
    minutes: (minutes) => (minutes === 1 ? '1 minuto' : `${n(minutes)} minutos`),
    toolsTitle: '¿Qué accesorios tienes?',
    flagsTitle: '¿Te pasa ahora mismo alguna de estas cosas?',
    flagsHint: 'Si es así, consulta a un profesional de la salud antes de empezar con el automasaje.',
    suggest: 'Sugerir una rutina',
    nothingAsked: 'Elige al menos una zona en la figura o algo que notes.',
    nothingFits: 'Ninguno de los ejercicios que encajan usa los accesorios que tienes. Añade un accesorio o elige otras zonas.',
    offFloor: 'No puedo bajar al suelo',
    nothingFitsOffFloor:
      'Ninguno de los ejercicios que encajan se puede hacer sin bajar al suelo con los accesorios que tienes. Añade un accesorio o elige otras zonas.',
    redFlagTitle: 'Por favor, consulta primero a un profesional de la salud',
    resultTitle: (minutes) => `Tu rutina · ${minutes}`,
    why: 'Por qué estos ejercicios',
    routineTitle: (minutes) => `Tu rutina de ${n(minutes)} minutos`,
    routineFor: (labels) => `Para: ${labels.join('; ')}.`,
    routineForAreas: 'Para las zonas que marcaste.',
    markedTight: (area) => `Marcaste esta zona como tensa: ${area.toLowerCase()}.`,
  },
  builder: {
    title: 'Crea una rutina',
    newTitle: 'Mi rutina',
    detailsTitle: 'Sobre la rutina',
    routineTitle: 'Título',
    description: 'Descripción (opcional)',
    rest: 'Descanso entre pasos, en segundos',
    switchPause: 'Pausa para cambiar de lado, en segundos',
    catalogTitle: 'Ejercicios',
    search: 'Buscar ejercicios',
    searchHint: 'Un nombre, músculo o zona; p. ej., gemelos',
    area: 'Zona',
    anyArea: 'Todas las zonas',
    front: 'Parte delantera',
    back: 'Parte trasera',
    tool: 'Accesorio',
    anyTool: 'Todos los accesorios',
    offFloor: 'Solo lo que se hace sin bajar al suelo',
    offFloorHint: 'Los ejercicios de suelo se añaden en su versión sin bajar al suelo.',
    results: (count) => (count === 1 ? '1 ejercicio' : `${n(count)} ejercicios`),
    noResults: 'Ningún ejercicio coincide. Borra la búsqueda o elige otra zona u otro accesorio.',
    add: 'Añadir',
    addName: (name) => `Añadir ${name}`,
    stepsTitle: 'Pasos',
    empty: 'Aún no hay pasos. Añade ejercicios de la lista o un paso personalizado.',
    addCustom: 'Añadir un paso personalizado',
    customName: 'Paso personalizado',
    custom: 'Personalizado',
    name: 'Nombre',
    seconds: 'Segundos',
    secondsPerSide: 'Segundos por lado',
    sides: 'Lados',
    sidesBoth: 'Izquierdo y luego derecho',
    sidesNone: 'Sin lados',
    noTool: 'Sin especificar',
    instructions: 'Instrucciones',
    instructionsHint: 'Una por línea.',
    catalogInstructionsHint: 'Una por línea. Déjalo vacío para usar las instrucciones del catálogo.',
    cautionsKept: (count) =>
      count === 1 ? 'Se conserva 1 precaución de la rutina cargada.' : `Se conservan ${n(count)} precauciones de la rutina cargada.`,
    media: 'Imagen o vídeo',
    mediaSrc: 'URL de la imagen o del vídeo',
    mediaSrcHint:
      'Una dirección https:// o una ruta de tu sitio, como /media/arco-del-pie.mp4. Se muestra junto al temporizador durante el paso.',
    mediaType: 'Tipo',
    mediaImage: 'Imagen',
    mediaVideo: 'Vídeo (sin sonido, en bucle)',
    mediaAlt: 'Qué muestra',
    mediaAltHint: 'Describe la postura con palabras, para quien no pueda verla. Es obligatorio si hay una URL.',
    handle: (name, index, count) => `Mover ${name}, paso ${n(index)} de ${n(count)}`,
    reorderHint: 'Para reordenar, arrastra un paso por su tirador, o enfoca el tirador y pulsa las teclas de flecha arriba y abajo.',
    moveUp: (name) => `Subir ${name}`,
    moveDown: (name) => `Bajar ${name}`,
    remove: (name) => `Quitar ${name}`,
    stepLimit: (max) => `Una rutina puede tener hasta ${n(max)} pasos.`,
    announceAdded: (name, index) => `Se añadió ${name} como paso ${n(index)}.`,
    announceMoved: (name, index, count) => `${name} es ahora el paso ${n(index)} de ${n(count)}.`,
    announceRemoved: (name) => `Se quitó ${name}.`,
    total: (clock) => `Total: ${clock}`,
    totalDetail: 'incluidos los descansos, los cambios de lado y los 5 segundos de preparación',
    problems: (count) =>
      count === 1 ? 'Hay 1 problema que corregir antes de insertar:' : `Hay ${n(count)} problemas que corregir antes de insertar:`,
    exportTitle: 'Insértala',
    format: 'Formato de inserción',
    formatSteps: 'Pasos en HTML (fáciles de editar a mano)',
    formatJson: 'JSON dentro de la etiqueta (conserva todos los campos)',
    formatFallback:
      'Esta rutina tiene precauciones en algún paso o instrucciones de varias líneas, que solo se conservan en JSON, así que el código usa JSON.',
    embedCode: 'Código de inserción',
    copyEmbed: 'Copiar código de inserción',
    copyJson: 'Copiar JSON',
    download: 'Descargar JSON',
    jsonTitle: 'JSON de la rutina',
    copiedEmbed: 'Código de inserción copiado.',
    copiedJson: 'JSON copiado.',
    copyFailed: 'No se pudo copiar. El texto está seleccionado: pulsa Ctrl+C (⌘C en Mac) para copiarlo.',
    downloaded: (file) => `Se descargó ${file}.`,
    importTitle: 'Cargar una rutina',
    preset: 'Empezar con una rutina predefinida',
    choosePreset: 'Elige una rutina predefinida',
    loadPreset: 'Cargar rutina predefinida',
    pasteJson: 'JSON de la rutina',
    pasteHint: 'Pega una rutina exportada desde este creador o abre un archivo.',
    loadJson: 'Cargar JSON',
    openFile: 'Abrir un archivo JSON',
    importFailed: 'No se pudo cargar esta rutina',
    badJson: (detail) => `El texto no es un JSON válido (${detail}).`,
    fileTooLarge: (file) => `${file} ocupa más de 1 MB.`,
    loaded: (title) => `Se cargó “${title}”.`,
    undo: 'Deshacer',
    undone: 'Deshecho.',
    previewTitle: 'Vista previa',
    previewHint: 'Así funcionará la rutina en tu página.',
    previewInvalid: 'La vista previa aparecerá cuando corrijas los problemas de arriba.',
    shareTitle: 'Compartir con un enlace',
    shareHint:
      'El enlace abre esta rutina en la página de su dirección, que necesita <smr-routine from-url>. La rutina va dentro del propio enlace, después del #, y los navegadores nunca envían esa parte a un servidor.',
    shareLink: 'Enlace para compartir',
    copyLink: 'Copiar enlace',
    copiedLink: 'Enlace copiado.',
    linkPending: 'Creando el enlace…',
    downloadQr: 'Descargar QR (SVG)',
    qrLabel: (title) => `Código QR del enlace de “${title}”`,
    qrTooLong:
      'Esta rutina es demasiado larga para un código QR que los móviles lean bien: comparte el enlace o acorta sus textos personalizados.',
  },
  history: {
    title: 'Tus sesiones',
    privacy: 'Se guardan solo en este dispositivo. No se envía nada a ningún sitio.',
    empty: 'Todavía no hay sesiones. Cuando termines una rutina en este dispositivo, aparecerá aquí.',
    emptyRoutine: 'Todavía no hay sesiones de esta rutina en este dispositivo.',
    overview: 'Resumen',
    sessions: 'Sesiones',
    totalTime: 'Tiempo total',
    currentStreak: 'Racha actual',
    longestStreak: 'Racha más larga',
    days: (count) => (count === 1 ? '1 día' : `${n(count)} días`),
    calendarTitle: (weeks) => (weeks === 1 ? 'Sesiones por día, la última semana' : `Sesiones por día, las últimas ${n(weeks)} semanas`),
    dayCount: (date, count) => `${date}: ${count === 0 ? 'ninguna sesión' : count === 1 ? '1 sesión' : `${n(count)} sesiones`}`,
    weekOf: (date) => `Semana del ${date}`,
    fewer: 'Menos',
    more: 'Más',
    recentTitle: 'Sesiones recientes',
    timeSpent: (clock) => `Tiempo: ${clock}`,
    completed: (count) => (count === 1 ? '1 completado' : `${n(count)} completados`),
    skipped: (count) => (count === 1 ? '1 omitido' : `${n(count)} omitidos`),
    stopped: 'Detenida antes de terminar',
    showMore: 'Mostrar más',
    trendsTitle: 'La sensibilidad a lo largo del tiempo',
    trendsHint: 'Tus valoraciones de 1 (apenas sensible) a 10 (muy sensible), de la más antigua a la más reciente.',
    noRatings: 'Todavía no hay valoraciones. Las rutinas que preguntan “¿Cuánta sensibilidad notaste?” las añaden aquí.',
    trendName: (name, side) => (side ? `${name}, ${side}` : name),
    trendSummary: (count, first, last) =>
      count === 1 ? `1 valoración: ${first} sobre 10` : `${n(count)} valoraciones, de ${first} a ${last} sobre 10`,
    showNumbers: 'Ver los números',
    dateColumn: 'Fecha',
    ratingColumn: 'Sensibilidad (1–10)',
    dataTitle: 'Tus datos',
    exportCsv: 'Exportar CSV',
    exportJson: 'Exportar JSON',
    importJson: 'Importar JSON',
    clear: 'Borrar el historial',
    exported: (file) => `Se descargó ${file}.`,
    imported: (added) =>
      added === 0
        ? 'Nada nuevo: todas las sesiones del archivo ya estaban aquí.'
        : added === 1
          ? 'Se importó 1 sesión nueva.'
          : `Se importaron ${n(added)} sesiones nuevas.`,
    importFailed: 'No se pudo importar este archivo. No se ha cambiado nada.',
    fileTooLarge: (file) => `${file} ocupa más de 5 MB.`,
    storageFailed: 'Este dispositivo no permitió guardar el historial (el almacenamiento está lleno o desactivado).',
    clearQuestion: (count) =>
      count === 1
        ? '¿Borrar de este dispositivo la sesión que se muestra aquí? No se puede deshacer.'
        : `¿Borrar de este dispositivo las ${n(count)} sesiones que se muestran aquí? No se puede deshacer.`,
    clearYes: 'Borrar',
    clearNo: 'No borrar',
    cleared: 'Historial borrado.',
  },
  errors: {
    heading: 'Este elemento no pudo iniciarse',
    partial: 'Se ignoró parte de estos datos',
    problem: (problem) => {
      switch (problem.code) {
        case 'required':
          return 'es obligatorio';
        case 'required-custom':
          return 'es obligatorio en un paso personalizado';
        case 'empty':
          return 'no puede estar vacío';
        case 'empty-list':
          return 'debe incluir al menos un paso';
        case 'no-input':
          return 'se esperaba una rutina predefinida (preset), pasos <smr-step>, JSON en la página, una URL en src o la propiedad routine';
        case 'unknown-field':
          return `campo desconocido; se esperaba uno de estos: ${problem.expected.join(', ')}`;
        case 'wrong-type':
          return `se esperaba ${ES_SHAPES[problem.expected]}, ${got(problem.got)}`;
        case 'list-of':
          return `se esperaba una lista de ${problem.allowed.join(', ')}…, ${got(problem.got)}`;
        case 'one-of':
          return `se esperaba ${choices(problem.allowed)}, ${got(problem.got)}`;
        case 'too-long':
          return `se esperaban ${n(problem.max)} caracteres como máximo, hay ${n(problem.count)}`;
        case 'too-many':
          return `se esperaban ${n(problem.max)} elementos como máximo, hay ${n(problem.count)}`;
        case 'step-count':
          return `se esperaban entre ${n(problem.min)} y ${n(problem.max)} pasos, hay ${n(problem.count)}`;
        case 'list-length':
          return `se esperaban ${n(problem.expected)} elementos, uno por cada uno en inglés; hay ${n(problem.count)}`;
        case 'range':
          return `se esperaba ${ES_RANGES[problem.unit](n(problem.min), n(problem.max))}, ${got(problem.got)}`;
        case 'at-most-seconds':
          return `se esperaban ${n(problem.max)} segundos como máximo, ${got(problem.got)}`;
        case 'duration':
          return `se esperaba una duración en segundos como 90, "90s", "1:30" o "2m", ${got(problem.got)}`;
        case 'not-positive':
          return `se esperaba una duración de más de 0 segundos, ${got(problem.got)}`;
        case 'kebab-case':
          return `se esperaba kebab-case (como "inner-thigh"), ${got(problem.got)}`;
        case 'url':
          return `se esperaba una URL http(s) o relativa, sin espacios, ${got(problem.got)}`;
        case 'unknown': {
          const hint =
            problem.suggestions.length > 0
              ? `; ¿quisiste decir ${problem.suggestions.map(quote).join(', ')}?`
              : problem.expected
                ? `; se esperaba uno de estos: ${problem.expected.join(', ')}`
                : '';
          return `${ES_UNKNOWN[problem.kind]} ${shown(problem.got)}${hint}`;
        }
        case 'unreadable':
          return `no se pudo leer (${problem.detail})`;
        case 'unavailable':
          return 'no se pudo descargar (puede que se haya cortado la conexión); vuelve a intentarlo';
        case 'share-link':
          switch (problem.reason) {
            case 'empty':
              return 'el enlace compartido no contiene ninguna rutina (no hay nada después de "#smr-routine=")';
            case 'format':
              return `el enlace compartido empieza por ${shown(problem.got)}, un formato que esta versión no sabe leer ("d" o "j"); puede venir de una versión más reciente`;
            case 'base64':
              return 'el enlace compartido está dañado: tiene caracteres o una longitud que un enlace de rutina no puede tener (¿se cortó o se modificó?)';
            case 'corrupt':
              return 'el enlace compartido está dañado o incompleto: no se puede descomprimir la rutina que contiene';
            case 'unsupported':
              return 'el enlace compartido está comprimido y este navegador no puede descomprimirlo; ábrelo en un navegador actual';
            case 'too-long':
              return `el enlace compartido tiene más de ${n(problem.max)} caracteres`;
            case 'too-large':
              return `el enlace compartido, descomprimido, ocupa más de ${n(problem.max)} bytes`;
            case 'not-json':
              return `el enlace compartido no contiene una rutina en JSON (${problem.detail})`;
          }
      }
    },
  },
};
