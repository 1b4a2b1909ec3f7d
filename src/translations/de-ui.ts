/**
 * German UI strings. Importing them registers nothing (bundlers can drop what a page doesn't use):
 * passing `de` to `registerTranslation` does. The CDN bundle loads them by itself when a page uses `lang="de"`.
 */
import type { ExpectedShape, IdKind, RangeUnit } from '../core/problems.js';
import type { Translation } from './translation.js';

const numberFormat = new Intl.NumberFormat('de');
const n = (value: number): string => numberFormat.format(value);

const quote = (id: string): string => `"${id}"`;
const alternatives = new Intl.ListFormat('de', { type: 'disjunction' });
/** Up to three choices quoted and joined as alternatives, more as a plain list. */
const choices = (allowed: readonly string[]): string =>
  allowed.length > 3 ? `eines von ${allowed.join(', ')}` : alternatives.format(allowed.map(quote));
/** Kinds of value `describeValue` names in English; literal values (quoted text, numbers) stay as written. */
const KINDS: Record<string, string> = {
  'an array': 'eine Liste',
  'an object': 'ein Objekt',
  nothing: 'nichts',
  boolean: 'ein Wahrheitswert',
  function: 'eine Funktion',
};
const shown = (got: string): string => (Object.hasOwn(KINDS, got) ? KINDS[got] : got);
const got = (value: string): string => `erhalten: ${shown(value)}`;
const DE_SHAPES: Record<ExpectedShape, string> = {
  text: 'Text',
  'text-list': 'eine Liste von Texten',
  list: 'eine Liste',
  routine: 'ein Routine-Objekt mit id, title und steps',
  step: 'ein Schritt-Objekt',
  'step-list': 'eine Liste von Schritten',
  exercise: 'ein Übungsobjekt mit id, name, steps und duration',
  'catalog-id': 'eine Katalog-ID wie "calves" oder "adductors"',
  muscle: '{ anatomical, plain }',
  'muscle-list': 'eine Liste von { anatomical, plain }',
  pressure: '{ target, lighter, deeper }',
  'off-floor': '{ position, tool, steps }',
  'region-list': 'eine Liste von Bereichs-IDs',
  object: 'ein Objekt',
  'language-tag': 'ein Sprachkürzel wie "es" oder "de-AT"',
  'date-time': 'ein ISO-Datum mit Uhrzeit wie "2026-03-01T18:30:00.000Z"',
  history: 'ein von <smr-history> exportierter Verlauf (format, version und sessions)',
  media: '{ src, type, alt }',
};
const DE_RANGES: Record<RangeUnit, (min: string, max: string) => string> = {
  seconds: (min, max) => `${min} bis ${max} Sekunden`,
  minutes: (min, max) => `${min} bis ${max} Minuten`,
  number: (min, max) => `eine Zahl von ${min} bis ${max}`,
  'whole-number': (min, max) => `eine ganze Zahl von ${min} bis ${max}`,
  'rolls-per-minute': (min, max) => `${min} bis ${max} Rollbewegungen pro Minute`,
};
const DE_UNKNOWN: Record<IdKind, string> = {
  exercise: 'unbekannte Übung',
  preset: 'unbekannte Vorlage',
  region: 'unbekannter Bereich',
  tool: 'unbekanntes Hilfsmittel',
  id: 'unbekannte ID',
};

// Side names are adverbs ("Links", "Rechts") rather than nouns ("Linke Seite"): the elements
// lowercase them inside sentences, which German nouns would not survive.
export const de: Translation = {
  lang: 'de',
  timer: {
    start: 'Starten',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    reset: 'Zurücksetzen',
    restart: 'Neu starten',
    startName: (label) => (label ? `Timer starten: ${label}` : 'Timer starten'),
    pauseName: (label) => (label ? `Timer pausieren: ${label}` : 'Timer pausieren'),
    resumeName: (label) => (label ? `Timer fortsetzen: ${label}` : 'Timer fortsetzen'),
    resetName: (label) => (label ? `Timer zurücksetzen: ${label}` : 'Timer zurücksetzen'),
    restartName: (label) => (label ? `Timer neu starten: ${label}` : 'Timer neu starten'),
    getReady: 'Mach dich bereit',
    switchSides: 'Seite wechseln',
    left: 'Links',
    right: 'Rechts',
    done: 'Fertig',
    paused: 'Pausiert',
    sideProgress: (side, index, count) => `${side} · ${n(index)} von ${n(count)}`,
    paceHint: (rollsPerMinute) =>
      rollsPerMinute === 1 ? 'Tempo: 1 langsame Rollbewegung pro Minute' : `Tempo: ${n(rollsPerMinute)} langsame Rollbewegungen pro Minute`,
    wakeLockUnavailable: 'In diesem Browser kann sich der Bildschirm abdunkeln, während der Timer läuft.',
    untitled: 'Timer',
    nowPlaying: (name, detail) => (detail ? `${name} · ${detail}` : name),
  },
  announce: {
    started: (clock) => `Gestartet. Noch ${clock}.`,
    paused: (clock) => `Pausiert. Noch ${clock}.`,
    resumed: 'Fortgesetzt.',
    getReady: (seconds) => (seconds === 1 ? 'Mach dich bereit. Start in 1 Sekunde.' : `Mach dich bereit. Start in ${n(seconds)} Sekunden.`),
    sideStart: (side) => `${side}. Los geht’s.`,
    // Only the first letter is lowered: "Rechts" reads "rechts", and "Rechte Seite" keeps its noun: "rechte Seite".
    switchSides: (side) => `Seite wechseln. Als Nächstes ${side.charAt(0).toLowerCase()}${side.slice(1)}.`,
    tenSeconds: 'Noch 10 Sekunden.',
    complete: 'Fertig. Gut gemacht!',
    reset: 'Timer zurückgesetzt.',
  },
  voice: {
    start: 'Los',
    left: 'Linke Seite',
    right: 'Rechte Seite',
    switchSides: 'Seite wechseln',
    tenSeconds: '10 Sekunden',
    done: 'Fertig',
  },
  coach: {
    getReady: 'Mach dich bereit.',
    step: (name, side, setup) =>
      [side ? `${name}, ${side.charAt(0).toLowerCase()}${side.slice(1)}.` : `${name}.`, setup].filter(Boolean).join(' '),
    rest: (next) => `Pause. Als Nächstes: ${next}`,
    go: 'Los.',
    switchSides: 'Seite wechseln.',
    sideGo: (side) => `${side}. Los.`,
    paceRoll: 'Langsamer: etwa zweieinhalb Zentimeter pro Sekunde.',
    paceHold: 'Atme ruhig weiter und nimm Druck weg, wenn es stechend wird.',
    halfway: 'Halbzeit.',
    tenSeconds: 'Noch 10 Sekunden.',
    stepDone: 'Schritt erledigt.',
    complete: 'Fertig. Gut gemacht!',
  },
  bodyMap: {
    front: 'Vorne',
    back: 'Hinten',
    figure: (view, highlighted) =>
      highlighted.length > 0
        ? `Körper von ${view.toLowerCase()}, hervorgehoben: ${highlighted.join(', ')}`
        : `Körper von ${view.toLowerCase()}`,
    pick: (view) => `Körper von ${view.toLowerCase()}: Wähle die Bereiche, die sich verspannt anfühlen`,
    avoidLegend: 'Schraffiert: hier nie rollen',
  },
  exercise: {
    perSide: (seconds) => `${seconds} pro Seite`,
    midline: (seconds) => `${seconds}`,
    works: 'Zielmuskeln',
    setup: 'Ausgangsposition',
    howTo: 'So geht’s',
    cues: 'Denk daran',
    pressure: 'Druck',
    pressureTarget: (target) =>
      `Peile etwa ${n(target)} von 10 an: ein unangenehmer, aber gut auszuhaltender Druck, der beim Atmen nachlässt – nie ein scharfer, einschießender oder brennender Schmerz.`,
    lighter: 'Sanfter',
    deeper: 'Intensiver',
    avoid: 'Diese Stellen aussparen',
    cautions: 'Weglassen oder vorsichtig sein bei',
    why: 'Warum es helfen kann',
    note: 'Gut zu wissen',
    safety: 'Sicherheit',
    pace: (rollsPerMinute) =>
      rollsPerMinute > 0
        ? rollsPerMinute === 1
          ? '1 langsame Rollbewegung pro Minute'
          : `${n(rollsPerMinute)} langsame Rollbewegungen pro Minute`
        : 'Ruhig auf einer Stelle halten',
    positions: { floor: 'Auf dem Boden', wall: 'An der Wand', seated: 'Im Sitzen', standing: 'Im Stehen' },
    offFloor: 'Ohne auf den Boden zu gehen',
    tools: { 'foam-roller': 'Massagerolle', ball: 'Ball', 'peanut-ball': 'Duoball', stick: 'Massagestab' },
    techniques: {
      roll: 'Rollen',
      'pin-and-hold': 'Drücken und halten',
      'pin-and-stretch': 'Drücken und dehnen',
      'cross-friction': 'Querfriktion',
    },
    goals: { 'ease-soreness': 'Lindert Muskelkater', mobility: 'Beweglichkeit', 'tender-spots': 'Empfindliche Stellen' },
  },
  routine: {
    untitled: 'Routine',
    total: (clock) => `${clock} insgesamt`,
    stepCount: (count) => (count === 1 ? '1 Schritt' : `${n(count)} Schritte`),
    youNeed: (tools) => `Du brauchst: ${tools}`,
    perSide: (clock) => `${clock} pro Seite`,
    start: 'Starten',
    startName: (title) => `„${title}“ starten`,
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    previous: 'Vorheriger',
    next: 'Nächster',
    skip: 'Überspringen',
    restart: 'Neu starten',
    continue: 'Weiter',
    previousName: 'Vorheriger Schritt',
    nextName: 'Nächster Schritt',
    restartName: 'Einheit neu starten',
    stepOf: (index, count) => `Schritt ${n(index)} von ${n(count)}`,
    timeLeft: (clock) => `Noch ${clock}`,
    progressName: 'Fortschritt der Einheit',
    upNext: (name) => `Als Nächstes: ${name}`,
    lastStep: 'Letzter Schritt',
    rest: 'Pause',
    howTo: 'So geht’s',
    cues: 'Denk daran',
    cautions: 'Vorsicht',
    beforeTitle: 'Bevor du startest',
    beforeIntro: 'Prüfe, ob heute jeder dieser Punkte auf dich zutrifft:',
    beforeOk: 'Alles trifft zu, nächstes Mal ausblenden',
    beforeIfNot: 'Wenn etwas davon nicht zutrifft, lass diese Einheit aus und frag zuerst eine medizinische Fachkraft.',
    onFloor: 'Einige Schritte auf dem Boden',
    resumeTitle: 'Da weitermachen, wo du aufgehört hast?',
    resumeDetail: (index, count, clock) => `Schritt ${n(index)} von ${n(count)}, noch ${clock}.`,
    resumeYes: 'Weitermachen',
    resumeNo: 'Von vorn beginnen',
    stepDone: 'Schritt erledigt',
    continueHint: 'Mach weiter, wenn du bereit bist.',
    completeTitle: 'Einheit abgeschlossen',
    timeSpent: (clock) => `Zeit: ${clock}`,
    completed: (count) => `${n(count)} abgeschlossen`,
    skipped: (count) => `${n(count)} übersprungen`,
    tenderQuestion: (side) => (side ? `Wie empfindlich war es (${side})?` : 'Wie empfindlich war es?'),
    tenderNone: 'Keine Angabe',
    lastTime: (rating) => `Letztes Mal: ${n(rating)} von 10`,
    tenderSaved: 'Die Bewertungen bleiben auf diesem Gerät.',
    streak: (days) => (days === 1 ? 'Erster Tag deiner Serie' : `${n(days)} Tage in Folge`),
    shortcuts:
      'Tasten, wenn der Fokus im Player liegt: Die Leertaste pausiert oder setzt fort, die Pfeiltasten wechseln zwischen den Schritten.',
    loading: 'Routine wird geladen …',
    retry: 'Erneut versuchen',
    loadFailed: 'Die Routine konnte nicht geladen werden',
    httpStatus: (status) => `der Server hat mit ${status} geantwortet`,
    network: 'die Anfrage ist fehlgeschlagen: der Server ist nicht erreichbar oder erlaubt dieser Website nicht, die Datei zu lesen (CORS)',
    notJson: (type) => `eine JSON-Datei wurde erwartet, der Inhaltstyp ist aber "${type}"`,
    tooLarge: 'die Datei ist größer als 1 MB',
    badJson: (detail) => `die Datei ist kein gültiges JSON (${detail})`,
    badInlineJson: (detail) => `das JSON in der Seite ist ungültig (${detail})`,
    qrLabel: (title) => `QR-Code, der „${title}“ öffnet`,
    qrCaption: 'Scanne ihn, um diese Einheit auf deinem Handy mitzumachen.',
    qrTooLong: 'Diese Routine ist zu lang für einen QR-Code, den ein Handy zuverlässig lesen kann: Teile sie stattdessen als Link.',
    qrFailed: 'Der QR-Code konnte nicht erstellt werden.',
    announceStart: (title) => `${title} gestartet.`,
    announceStep: (index, count, name, side) => `Schritt ${n(index)} von ${n(count)}: ${name}${side ? `, ${side.toLowerCase()}` : ''}.`,
    announceRest: (next) => `Pause. Als Nächstes: ${next}.`,
    announceSwitch: (side) => `Seite wechseln. Als Nächstes ${side.toLowerCase()}.`,
    announceGetReady: (name) => `Mach dich bereit: ${name}.`,
    announceStepDone: 'Schritt erledigt. Mach weiter, wenn du bereit bist.',
    announceComplete: 'Einheit abgeschlossen. Gut gemacht!',
    announcePaused: 'Pausiert.',
    announceResumed: 'Fortgesetzt.',
  },
  finder: {
    title: 'Routine finden',
    whereTitle: 'Wo fühlst du dich verspannt?',
    whereHint: 'Wähle beliebige Bereiche auf der Figur aus (optional).',
    noticeTitle: 'Was bemerkst du?',
    timeTitle: 'Wie viel Zeit hast du?',
    minutes: (minutes) => (minutes === 1 ? '1 Minute' : `${n(minutes)} Minuten`),
    toolsTitle: 'Welche Hilfsmittel hast du?',
    flagsTitle: 'Trifft gerade etwas davon auf dich zu?',
    flagsHint: 'Falls ja, sprich vor dem Rollen mit einer medizinischen Fachkraft.',
    suggest: 'Routine vorschlagen',
    nothingAsked: 'Wähle mindestens einen Bereich auf der Figur oder etwas, das du bemerkst.',
    nothingFits: 'Keine der passenden Übungen nutzt deine Hilfsmittel. Füge ein Hilfsmittel hinzu oder wähle andere Bereiche.',
    offFloor: 'Ich kann nicht auf den Boden',
    nothingFitsOffFloor:
      'Keine der passenden Übungen lässt sich mit deinen Hilfsmitteln machen, ohne auf den Boden zu gehen. Füge ein Hilfsmittel hinzu oder wähle andere Bereiche.',
    redFlagTitle: 'Bitte sprich zuerst mit einer medizinischen Fachkraft',
    resultTitle: (minutes) => `Deine Routine · ${minutes}`,
    why: 'Warum diese Übungen',
    routineTitle: (minutes) => `Deine ${n(minutes)}-Minuten-Routine`,
    routineFor: (labels) => `Für: ${labels.join('; ')}.`,
    routineForAreas: 'Für die Bereiche, die du markiert hast.',
    markedTight: (area) => `Du hast diesen Bereich als verspannt markiert: ${area}.`,
  },
  builder: {
    title: 'Routine erstellen',
    newTitle: 'Meine Routine',
    detailsTitle: 'Angaben zur Routine',
    routineTitle: 'Titel',
    description: 'Beschreibung (optional)',
    rest: 'Pause zwischen den Schritten, in Sekunden',
    switchPause: 'Pause zum Seitenwechsel, in Sekunden',
    catalogTitle: 'Übungen',
    search: 'Übungen suchen',
    searchHint: 'Ein Name, Muskel oder Bereich, z. B. Waden',
    area: 'Bereich',
    anyArea: 'Alle Bereiche',
    front: 'Vorderseite',
    back: 'Rückseite',
    tool: 'Hilfsmittel',
    anyTool: 'Alle Hilfsmittel',
    offFloor: 'Nur Übungen, für die du nicht auf den Boden musst',
    offFloorHint: 'Bodenübungen kommen in ihrer Variante ohne Boden dazu (an der Wand, im Sitzen oder im Stehen).',
    results: (count) => (count === 1 ? '1 Übung' : `${n(count)} Übungen`),
    noResults: 'Keine Übung passt. Lösche die Suche oder wähle einen anderen Bereich oder ein anderes Hilfsmittel.',
    add: 'Hinzufügen',
    addName: (name) => `${name} hinzufügen`,
    stepsTitle: 'Schritte',
    empty: 'Noch keine Schritte. Füge Übungen aus der Liste oder einen eigenen Schritt hinzu.',
    addCustom: 'Eigenen Schritt hinzufügen',
    customName: 'Eigener Schritt',
    custom: 'Individuell',
    name: 'Name',
    seconds: 'Sekunden',
    secondsPerSide: 'Sekunden pro Seite',
    sides: 'Seiten',
    sidesBoth: 'Links, dann rechts',
    sidesNone: 'Keine Seiten',
    noTool: 'Nicht festgelegt',
    instructions: 'Anweisungen',
    instructionsHint: 'Eine pro Zeile.',
    catalogInstructionsHint: 'Eine pro Zeile. Lass das Feld leer, um die Anleitung aus dem Katalog zu verwenden.',
    cautionsKept: (count) =>
      count === 1
        ? '1 Warnhinweis aus der geladenen Routine bleibt erhalten.'
        : `${n(count)} Warnhinweise aus der geladenen Routine bleiben erhalten.`,
    media: 'Bild oder Video',
    mediaSrc: 'URL des Bildes oder Videos',
    mediaSrcHint:
      'Eine https://-Adresse oder ein Pfad auf deiner Website, etwa /media/fussbogen.mp4. Wird während des Schritts neben dem Timer gezeigt.',
    mediaType: 'Art',
    mediaImage: 'Bild',
    mediaVideo: 'Video (ohne Ton, in Schleife)',
    mediaAlt: 'Was es zeigt',
    mediaAltHint: 'Beschreibe die Position in Worten, für Menschen, die sie nicht sehen können. Pflicht, wenn eine URL angegeben ist.',
    handle: (name, index, count) => `${name} verschieben, Schritt ${n(index)} von ${n(count)}`,
    reorderHint:
      'Zum Umsortieren ziehst du einen Schritt an seinem Griff, oder du fokussierst den Griff und drückst die Pfeiltasten nach oben und unten.',
    moveUp: (name) => `${name} nach oben verschieben`,
    moveDown: (name) => `${name} nach unten verschieben`,
    remove: (name) => `${name} entfernen`,
    stepLimit: (max) => `Eine Routine kann bis zu ${n(max)} Schritte haben.`,
    announceAdded: (name, index) => `${name} als Schritt ${n(index)} hinzugefügt.`,
    announceMoved: (name, index, count) => `${name} ist jetzt Schritt ${n(index)} von ${n(count)}.`,
    announceRemoved: (name) => `${name} entfernt.`,
    total: (clock) => `Gesamt: ${clock}`,
    totalDetail: 'inklusive Pausen, Seitenwechseln und 5 Sekunden zum Bereitmachen',
    problems: (count) =>
      count === 1 ? '1 Problem, das du vor dem Einbetten beheben musst:' : `${n(count)} Probleme, die du vor dem Einbetten beheben musst:`,
    exportTitle: 'Einbetten',
    format: 'Einbettungsformat',
    formatSteps: 'HTML-Schritte (leicht von Hand zu bearbeiten)',
    formatJson: 'JSON im Tag (behält alle Felder)',
    formatFallback:
      'Diese Routine enthält Warnhinweise bei Schritten oder mehrzeilige Anweisungen, die nur JSON erhält, daher verwendet der Code JSON.',
    embedCode: 'Einbettungscode',
    copyEmbed: 'Einbettungscode kopieren',
    copyJson: 'JSON kopieren',
    download: 'JSON herunterladen',
    jsonTitle: 'Routine als JSON',
    copiedEmbed: 'Einbettungscode kopiert.',
    copiedJson: 'JSON kopiert.',
    copyFailed: 'Kopieren nicht möglich. Der Text ist markiert: Drücke Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
    downloaded: (file) => `${file} heruntergeladen.`,
    importTitle: 'Routine laden',
    preset: 'Mit einer Vorlage beginnen',
    choosePreset: 'Vorlage auswählen',
    loadPreset: 'Vorlage laden',
    pasteJson: 'Routine als JSON',
    pasteHint: 'Füge eine Routine ein, die du mit diesem Editor exportiert hast, oder öffne eine Datei.',
    loadJson: 'JSON laden',
    openFile: 'JSON-Datei öffnen',
    importFailed: 'Diese Routine konnte nicht geladen werden',
    badJson: (detail) => `Der Text ist kein gültiges JSON (${detail}).`,
    fileTooLarge: (file) => `${file} ist größer als 1 MB.`,
    loaded: (title) => `„${title}“ geladen.`,
    undo: 'Rückgängig',
    undone: 'Rückgängig gemacht.',
    previewTitle: 'Vorschau',
    previewHint: 'So läuft die Routine auf deiner Seite ab.',
    previewInvalid: 'Die Vorschau erscheint, sobald die Probleme oben behoben sind.',
    shareTitle: 'Als Link teilen',
    shareHint:
      'Der Link öffnet diese Routine auf der Seite unter seiner Adresse; diese Seite braucht <smr-routine from-url>. Die Routine steckt im Link selbst, hinter dem #, und diesen Teil schicken Browser nie an einen Server.',
    shareLink: 'Link zum Teilen',
    copyLink: 'Link kopieren',
    copiedLink: 'Link kopiert.',
    linkPending: 'Link wird erstellt …',
    downloadQr: 'QR-Code herunterladen (SVG)',
    qrLabel: (title) => `QR-Code des Links zu „${title}“`,
    qrTooLong: 'Diese Routine ist zu lang für einen QR-Code, den Handys zuverlässig lesen: Teile den Link oder kürze die eigenen Texte.',
  },
  history: {
    title: 'Deine Einheiten',
    privacy: 'Nur auf diesem Gerät gespeichert. Es wird nichts irgendwohin gesendet.',
    empty: 'Noch keine Einheiten. Wenn du auf diesem Gerät eine Routine abschließt, erscheint sie hier.',
    emptyRoutine: 'Noch keine Einheiten dieser Routine auf diesem Gerät.',
    overview: 'Überblick',
    sessions: 'Einheiten',
    totalTime: 'Gesamtzeit',
    currentStreak: 'Aktuelle Serie',
    longestStreak: 'Längste Serie',
    days: (count) => (count === 1 ? '1 Tag' : `${n(count)} Tage`),
    calendarTitle: (weeks) =>
      weeks === 1 ? 'Einheiten pro Tag in der letzten Woche' : `Einheiten pro Tag in den letzten ${n(weeks)} Wochen`,
    dayCount: (date, count) => `${date}: ${count === 0 ? 'keine Einheit' : count === 1 ? '1 Einheit' : `${n(count)} Einheiten`}`,
    weekOf: (date) => `Woche ab ${date}`,
    fewer: 'Weniger',
    more: 'Mehr',
    recentTitle: 'Letzte Einheiten',
    timeSpent: (clock) => `Zeit: ${clock}`,
    completed: (count) => `${n(count)} abgeschlossen`,
    skipped: (count) => `${n(count)} übersprungen`,
    stopped: 'Vorzeitig beendet',
    showMore: 'Mehr anzeigen',
    trendsTitle: 'Empfindlichkeit im Verlauf',
    trendsHint: 'Deine Bewertungen von 1 (kaum empfindlich) bis 10 (sehr empfindlich), die älteste zuerst.',
    noRatings: 'Noch keine Bewertungen. Routinen, die „Wie empfindlich war es?“ fragen, tragen sie hier ein.',
    trendName: (name, side) => (side ? `${name}, ${side}` : name),
    trendSummary: (count, first, last) =>
      count === 1 ? `1 Bewertung: ${first} von 10` : `${n(count)} Bewertungen, anfangs ${first}, zuletzt ${last} von 10`,
    showNumbers: 'Zahlen anzeigen',
    dateColumn: 'Datum',
    ratingColumn: 'Empfindlichkeit (1–10)',
    dataTitle: 'Deine Daten',
    exportCsv: 'CSV exportieren',
    exportJson: 'JSON exportieren',
    importJson: 'JSON importieren',
    clear: 'Verlauf löschen',
    exported: (file) => `${file} heruntergeladen.`,
    imported: (added) =>
      added === 0
        ? 'Nichts Neues: Alle Einheiten aus der Datei sind schon da.'
        : added === 1
          ? '1 neue Einheit importiert.'
          : `${n(added)} neue Einheiten importiert.`,
    importFailed: 'Diese Datei konnte nicht importiert werden. Es wurde nichts geändert.',
    fileTooLarge: (file) => `${file} ist größer als 5 MB.`,
    storageFailed: 'Dieses Gerät hat das Speichern des Verlaufs nicht zugelassen (der Speicher ist voll oder deaktiviert).',
    clearQuestion: (count) =>
      count === 1
        ? 'Die hier gezeigte Einheit von diesem Gerät löschen? Das lässt sich nicht rückgängig machen.'
        : `Alle ${n(count)} hier gezeigten Einheiten von diesem Gerät löschen? Das lässt sich nicht rückgängig machen.`,
    clearYes: 'Löschen',
    clearNo: 'Nicht löschen',
    cleared: 'Verlauf gelöscht.',
  },
  errors: {
    heading: 'Dieses Element konnte nicht starten',
    partial: 'Ein Teil der Eingabe wurde ignoriert',
    problem: (problem) => {
      switch (problem.code) {
        case 'required':
          return 'ist erforderlich';
        case 'required-custom':
          return 'ist bei einem eigenen Schritt erforderlich';
        case 'empty':
          return 'darf nicht leer sein';
        case 'empty-list':
          return 'muss mindestens einen Schritt enthalten';
        case 'no-input':
          return 'erwartet: eine Vorlage (preset), <smr-step>-Schritte, JSON in der Seite, eine src-URL oder die Eigenschaft routine';
        case 'unknown-field':
          return `unbekanntes Feld; erwartet: eines von ${problem.expected.join(', ')}`;
        case 'wrong-type':
          return `erwartet: ${DE_SHAPES[problem.expected]}, ${got(problem.got)}`;
        case 'list-of':
          return `erwartet: eine Liste aus ${problem.allowed.join(', ')}…, ${got(problem.got)}`;
        case 'one-of':
          return `erwartet: ${choices(problem.allowed)}, ${got(problem.got)}`;
        case 'too-long':
          return `erwartet: höchstens ${n(problem.max)} Zeichen, erhalten: ${n(problem.count)}`;
        case 'too-many':
          return `erwartet: höchstens ${n(problem.max)} Einträge, erhalten: ${n(problem.count)}`;
        case 'step-count':
          return `erwartet: ${n(problem.min)} bis ${n(problem.max)} Schritte, erhalten: ${n(problem.count)}`;
        case 'list-length':
          return `erwartet: ${n(problem.expected)} Einträge, einer je englischem Eintrag; erhalten: ${n(problem.count)}`;
        case 'range':
          return `erwartet: ${DE_RANGES[problem.unit](n(problem.min), n(problem.max))}, ${got(problem.got)}`;
        case 'at-most-seconds':
          return `erwartet: höchstens ${n(problem.max)} Sekunden, ${got(problem.got)}`;
        case 'duration':
          return `erwartet: eine Dauer in Sekunden wie 90, "90s", "1:30" oder "2m", ${got(problem.got)}`;
        case 'not-positive':
          return `erwartet: eine Dauer über 0 Sekunden, ${got(problem.got)}`;
        case 'kebab-case':
          return `erwartet: kebab-case (wie "inner-thigh"), ${got(problem.got)}`;
        case 'url':
          return `erwartet: eine http(s)- oder relative URL ohne Leerzeichen, ${got(problem.got)}`;
        case 'unknown': {
          const hint =
            problem.suggestions.length > 0
              ? `; meintest du ${problem.suggestions.map(quote).join(', ')}?`
              : problem.expected
                ? `; erwartet: eines von ${problem.expected.join(', ')}`
                : '';
          return `${DE_UNKNOWN[problem.kind]} ${shown(problem.got)}${hint}`;
        }
        case 'unreadable':
          return `konnte nicht gelesen werden (${problem.detail})`;
        case 'unavailable':
          return 'konnte nicht geladen werden (vielleicht ist die Verbindung unterbrochen); bitte erneut versuchen';
        case 'share-link':
          switch (problem.reason) {
            case 'empty':
              return 'der geteilte Link enthält keine Routine (nach "#smr-routine=" steht nichts)';
            case 'format':
              return `der geteilte Link beginnt mit ${shown(problem.got)}, einem Format, das diese Version nicht lesen kann ("d" oder "j"); er stammt vielleicht von einer neueren Version`;
            case 'base64':
              return 'der geteilte Link ist beschädigt: Er enthält Zeichen oder hat eine Länge, die ein Routine-Link nicht haben kann (wurde er gekürzt oder verändert?)';
            case 'corrupt':
              return 'der geteilte Link ist beschädigt oder unvollständig: Die gepackte Routine lässt sich nicht entpacken';
            case 'unsupported':
              return 'der geteilte Link ist gepackt, und dieser Browser kann ihn nicht entpacken; öffne ihn in einem aktuellen Browser';
            case 'too-long':
              return `der geteilte Link ist länger als ${n(problem.max)} Zeichen`;
            case 'too-large':
              return `der geteilte Link ergibt entpackt mehr als ${n(problem.max)} Byte`;
            case 'not-json':
              return `der geteilte Link enthält keine Routine im JSON-Format (${problem.detail})`;
          }
      }
    },
  },
};
