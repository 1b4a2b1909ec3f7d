/**
 * The built-in content in German: exercises, presets, body regions, the finder's concerns and the
 * safety copy. Data only: pass it to `registerContentTranslation` (the CDN bundle does that by
 * itself for pages in German). Anything left out shows in English.
 *
 * Written in the du-form of the German UI strings (`de.ts`). Pressure is „gut auszuhaltender Druck“,
 * never sharp pain; rolling „kann … für eine Weile lindern“ and claims nothing more. The tool is a
 * „Massagerolle“ (not „Faszienrolle“, which implies a fascia mechanism the content does not claim).
 */
import type { ContentTranslation } from '../core/content-translation.js';
import { dePictures } from './de-pictures.js';

export const deContent: ContentTranslation = {
  lang: 'de',
  pictures: { ...dePictures },
  exercises: {
    'plantar-fascia': {
      name: 'Fußsohle',
      setup:
        'Setz dich auf einen Stuhl und stell einen Fuß, barfuß oder mit Socke, auf einen Ball am Boden. Fang im Sitzen an; später kannst du aufstehen und dich an einer Wand oder einem Stuhl festhalten, um mehr Gewicht zu geben.',
      spoken: 'Setz dich auf einen Stuhl, den Ball unter der vorderen Ferse. Roll langsam übers Fußgewölbe, bis kurz vor die Zehen.',
      steps: [
        'Leg den Ball unter den vorderen Rand der Ferse.',
        'Roll langsam am Fußgewölbe entlang nach vorn bis kurz vor die Zehengrundgelenke, dann zurück.',
        'Roll nacheinander am inneren Gewölbe, in der Mitte und am Außenrand entlang.',
        'Halt an einer empfindlichen Stelle an und bleib ein paar Atemzüge lang dort.',
        'Krümme und spreize dabei die Zehen langsam 5- bis 8-mal, dann wechsle den Fuß.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt: etwa 2,5 cm pro Sekunde.',
        'Lass Zehen und Sprunggelenk beim Rollen locker.',
        'Es sollte sich wie fester Druck anfühlen, der nachlässt, wenn du bleibst, nicht stechend.',
      ],
      avoid: [
        'Die knubbeligen Knochen am Fußballen und die Zehengelenke: Knochen und Gelenke, kein Weichgewebe.',
        'Die Knöchel auf beiden Seiten: Knochen mit wenig Polster.',
      ],
      cautions: [
        'Diabetes oder vermindertes Gefühl in den Füßen: bleib sitzen, nimm einen weichen Ball und sieh dir danach deine Haut an.',
        'Fersenschmerzen, die seit Wochen anhalten: In einer Studie half Rollen nicht besser als Dehnen. Lass dich ärztlich oder physiotherapeutisch untersuchen und sieh Rollen nur als angenehme Ergänzung.',
        'Lass es weg bei Blasen, Schnitten, Ausschlag oder einer Infektion an der Fußsohle.',
      ],
      why: 'Kann Fußsohle und Gewölbe für eine Weile weniger verspannt wirken lassen und Stehen, Gehen oder eine Wadendehnung leichter machen.',
      pressure: {
        lighter: 'Bleib sitzen und lehn dich zurück, sodass der Fuß nur auf dem Ball ruht.',
        deeper: 'Steh auf, halt dich an einer Wand oder einem Stuhl fest und verlagere mehr Gewicht auf den Fuß.',
      },
      muscles: ['das feste Band entlang der Fußsohle', 'kurze Zehenmuskeln unter dem Gewölbe', 'Muskel entlang des inneren Gewölbes'],
    },
    calves: {
      name: 'Waden',
      setup:
        'Setz dich mit ausgestreckten Beinen auf den Boden, die Rolle unter einer Wade, knapp unterhalb des Knies. Stütz die Hände hinter dir auf den Boden und heb das Becken an.',
      spoken:
        'Sitz mit ausgestreckten Beinen, die Rolle unter der oberen Wade. Heb das Becken und roll langsam abwärts, bis kurz vor die Achillessehne.',
      steps: [
        'Roll langsam von knapp unterhalb der Kniekehle bis dorthin, wo die Wade in die Achillessehne übergeht, dann wieder hinauf.',
        'Dreh den Fuß nach innen, um die innere Wade zu bearbeiten, dann nach außen für die äußere Wade.',
        'Beug das Knie etwas und roll die untere Hälfte der Wade, um den tiefer liegenden Schollenmuskel zu erreichen.',
        'Halt an einer empfindlichen Stelle an und streck und beug das Sprunggelenk langsam 5- bis 8-mal.',
        'Wechsle das Bein.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt: etwa 2,5 cm pro Sekunde.',
        'Atme aus und lass die Wade auf die Rolle sinken.',
        'Das unangenehme Gefühl sollte nachlassen, wenn du an einer Stelle bleibst, nicht zunehmen.',
      ],
      avoid: [
        'Die Kniekehle: Dort verlaufen Blutgefäße und der Schienbeinnerv dicht unter der Haut.',
        'Die Achillessehne und das Fersenbein: Sehne und Knochen, kein Muskel.',
        'Das Schienbein, falls die Rolle nach vorn rutscht.',
      ],
      cautions: [
        'Eine geschwollene, warme, gerötete oder schmerzende Wade kann ein Blutgerinnsel bedeuten: nicht rollen, noch am selben Tag ärztliche Hilfe holen.',
        'Krampfadern: halt das Hilfsmittel davon fern oder lass diese Übung weg.',
        'Blutverdünner oder eine Gerinnungsstörung: frag zuerst eine medizinische Fachkraft, dann nimm ein weiches Hilfsmittel und leichten Druck.',
        'Eine frische Wadenzerrung oder Schmerzen an der Achillessehne: warte, bis eine medizinische Fachkraft es freigibt.',
      ],
      why: 'Kann Verspannungen oder Muskelkater in der Wade für eine Weile lindern und eine Sprunggelenk- oder Wadendehnung vor dem Gehen, Laufen oder Kniebeugen leichter machen.',
      pressure: {
        lighter: 'Lass das Becken am Boden und nimm mehr Gewicht auf die Hände.',
        deeper: 'Heb das Becken an und leg das andere Bein über das Bein, das du rollst.',
      },
      muscles: ['obere Wade (Zwillingswadenmuskel)', 'tiefe, untere Wade (Schollenmuskel)'],
      offFloor: [
        'Setz dich auf einen Stuhl und leg einen Fuß auf einen niedrigen Hocker oder eine Stufe, sodass die Wade frei hängt.',
        'Halt den Massagestab mit beiden Händen quer hinter die Wade, eine Handbreit unterhalb der Kniekehle.',
        'Roll langsam hinunter bis dorthin, wo die Wade in die Achillessehne übergeht, dann wieder hinauf. Drück nur so fest, wie es gut auszuhalten ist.',
        'Halt an einer empfindlichen Stelle an und streck und beug das Sprunggelenk langsam 5- bis 8-mal.',
        'Wechsle das Bein.',
      ],
    },
    'tibialis-anterior': {
      name: 'Schienbein (Vorderseite des Unterschenkels)',
      setup:
        'Geh in den Vierfüßlerstand, die Rolle unter einem Schienbein. Dreh das Bein leicht nach innen, sodass die Rolle auf dem Muskel direkt neben der scharfen Vorderkante des Schienbeins liegt.',
      spoken:
        'Im Vierfüßlerstand, die Rolle unter einem Schienbein. Dreh das Bein nach innen, sodass der Muskel aufliegt, nicht der Knochen. Roll langsam.',
      steps: [
        'Beginn eine Handbreit unterhalb des Knies, auf dem Muskel neben dem Knochen.',
        'Roll langsam Richtung Sprunggelenk, halt ein paar Finger breit über der Vorderseite des Sprunggelenks an, dann zurück.',
        'Halt an einer empfindlichen Stelle an und streck und beug den Fuß langsam 5- bis 8-mal.',
        'Wechsle das Bein.',
      ],
      cues: [
        'Such den Muskel, nicht den Knochen: Fühlt es sich hart und knochig an, dreh das Bein noch etwas weiter.',
        'Langsame Züge, und atme ruhig weiter.',
      ],
      avoid: [
        'Die scharfe Vorderkante des Schienbeins: Knochen fast ohne Polster.',
        'Direkt unterhalb der Knieaußenseite: Dort liegt der Wadenbeinnerv dicht unter der Haut.',
        'Die Vorderseite des Sprunggelenks: Gelenk und Sehnen.',
      ],
      cautions: [
        'Punktgenauer Schmerz am Knochen selbst, besonders nach mehr Laufen als sonst, kann eine Stressverletzung sein: lass die Übung weg und lass es ärztlich abklären.',
        'Schienbeinschmerzen, die von Woche zu Woche schlimmer werden: lass sie untersuchen, statt sie zu rollen.',
      ],
      why: 'Kann das müde, verspannte Gefühl vorn am Schienbein nach dem Gehen oder Laufen für eine Weile lindern.',
      pressure: {
        lighter: 'Nimm mehr Gewicht auf die Hände und das andere Knie oder nimm im Sitzen einen Massagestab.',
        deeper: 'Verlagere mehr Körpergewicht nach hinten über das Bein auf der Rolle.',
      },
      muscles: ['der Muskel neben dem Schienbein'],
      offFloor: [
        'Setz dich auf einen Stuhl, beide Füße flach auf dem Boden.',
        'Halt den Massagestab mit beiden Händen quer vor einen Unterschenkel, auf den Muskel direkt neben der scharfen Vorderkante des Schienbeins, eine Handbreit unterhalb des Knies.',
        'Roll langsam Richtung Sprunggelenk, halt ein paar Finger breit darüber an, dann wieder hinauf.',
        'Halt an einer empfindlichen Stelle an und heb und senk die Zehen langsam 5- bis 8-mal.',
        'Wechsle das Bein.',
      ],
    },
    peroneals: {
      name: 'Unterschenkel außen (Wadenbeinmuskeln)',
      setup:
        'Leg dich auf die Seite, die Rolle unter der Außenseite des unteren Unterschenkels. Stütz dich auf den Unterarm und stell den oberen Fuß vor dir auf.',
      spoken: 'Auf der Seite, die Rolle außen am Unterschenkel, eine Handbreit unter dem Knie. Roll langsam Richtung Sprunggelenk.',
      steps: [
        'Beginn eine ganze Handbreit unterhalb des Knies, nicht direkt darunter.',
        'Roll langsam an der Außenseite des Unterschenkels Richtung Sprunggelenk, halt ein paar Finger breit über dem Außenknöchel an.',
        'Kipp etwas nach vorn oder hinten, um Muskel statt Knochen zu finden.',
        'Halt an einer empfindlichen Stelle an und dreh die Fußsohle langsam 5- bis 8-mal nach innen und außen.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Bei jedem Kribbeln im Fuß geh sofort von der Stelle weg.',
        'Atme aus und lass das Bein ankommen.',
      ],
      avoid: [
        'Direkt unterhalb der Knieaußenseite: Dort liegt der Wadenbeinnerv dicht unter der Haut.',
        'Der Außenknöchel: Knochen und Gelenk.',
      ],
      cautions: [
        'Taubheit oder Kribbeln im Fuß oder auf dem Fußrücken: sofort von der Stelle weggehen.',
        'Ein frisch umgeknickter Knöchel: warte, bis er sich beruhigt hat und eine medizinische Fachkraft es freigibt.',
        'Krampfadern: halt das Hilfsmittel davon fern.',
      ],
      why: 'Kann Verspannungen an der Außenseite des Unterschenkels für eine Weile lindern und Fußkreisen oder eine Wadendehnung leichter machen.',
      pressure: {
        lighter: 'Drück mehr Gewicht in den aufgestellten oberen Fuß und den Unterarm.',
        deeper: 'Heb den oberen Fuß vom Boden und leg das obere Bein auf das untere.',
      },
      muscles: ['Unterschenkel außen, oberer Teil (langer Wadenbeinmuskel)', 'Unterschenkel außen, unterer Teil (kurzer Wadenbeinmuskel)'],
      offFloor: [
        'Setz dich auf einen Stuhl, beide Füße flach auf dem Boden.',
        'Halt den Massagestab mit beiden Händen an die Außenseite eines Unterschenkels, eine ganze Handbreit unterhalb des Knies.',
        'Roll langsam an der Außenseite des Beins hinunter, halt ein paar Finger breit über dem Außenknöchel an, dann wieder hinauf.',
        'Halt an einer empfindlichen Stelle an und dreh die Fußsohle langsam 5- bis 8-mal nach innen und außen.',
        'Wechsle das Bein.',
      ],
    },
    hamstrings: {
      name: 'Hintere Oberschenkelmuskulatur (Oberschenkelrückseite)',
      setup:
        'Setz dich auf den Boden, die Rolle unter einem Oberschenkel, knapp unterhalb des Sitzbeins. Stütz die Hände hinter dir auf den Boden und heb das Becken an.',
      spoken:
        'Sitz mit der Rolle unter einem Oberschenkel, knapp unter dem Sitzbein. Heb das Becken, roll langsam und halt über der Kniekehle an.',
      steps: [
        'Roll langsam von knapp unterhalb des Sitzbeins Richtung Knie, halt eine Handbreit über der Kniekehle an.',
        'Dreh die Zehen nach innen, sodass die innere Oberschenkelrückseite auf der Rolle liegt, dann nach außen für die äußere.',
        'Für mehr Gewicht leg das andere Bein über das Bein, das du rollst.',
        'Halt an einer empfindlichen Stelle an und beug und streck das Knie langsam 5- bis 8-mal.',
        'Wechsle das Bein.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt: etwa 2,5 cm pro Sekunde.',
        'Lass den Oberschenkel schwer auf die Rolle sinken und atme aus.',
        'Einschießender Schmerz oder Kribbeln das Bein hinunter heißt: such dir eine andere Stelle.',
      ],
      avoid: ['Die Kniekehle: Dort verlaufen Blutgefäße und der Schienbeinnerv dicht unter der Haut.', 'Das Sitzbein selbst: Knochen.'],
      cautions: [
        'Einschießender, brennender oder kribbelnder Schmerz das Bein hinunter: Der Ischiasnerv verläuft an der Oberschenkelrückseite. Geh von der Stelle weg und lass es abklären, wenn es immer wieder passiert.',
        'Eine frische Zerrung hinten am Oberschenkel: warte, bis eine medizinische Fachkraft es freigibt.',
        'Krampfadern: halt das Hilfsmittel davon fern.',
      ],
      why: 'Kann Verspannungen oder Muskelkater hinten am Oberschenkel für eine Weile lindern. Regelmäßiges Rollen über mehrere Wochen ging in Studien mit einer mäßig besseren Beweglichkeit der hinteren Oberschenkelmuskulatur einher.',
      pressure: {
        lighter: 'Roll beide Beine zugleich oder setz dich stattdessen auf einen festen Stuhl mit einem Ball unter dem Oberschenkel.',
        deeper: 'Roll ein Bein nach dem anderen und leg das andere Bein darüber.',
      },
      muscles: ['Oberschenkelrückseite außen', 'Oberschenkelrückseite innen', 'Oberschenkelrückseite innen, tiefer'],
      offFloor: [
        'Setz dich auf einen festen Stuhl und leg einen Ball unter einen Oberschenkel, knapp vor dem Sitzbein.',
        'Lass den Oberschenkel auf dem Ball ruhen und streck und beug das Knie langsam 5- bis 8-mal.',
        'Schieb den Ball 2 bis 3 cm Richtung Knie und wiederhole es; halt eine Handbreit über der Kniekehle an.',
        'Einschießender Schmerz oder Kribbeln das Bein hinunter heißt: leg den Ball an eine andere Stelle.',
        'Wechsle das Bein.',
      ],
    },
    quadriceps: {
      name: 'Quadrizeps (Oberschenkelvorderseite)',
      setup:
        'Geh bäuchlings in den Unterarmstütz, die Rolle unter der Vorderseite eines Oberschenkels, knapp unterhalb der Hüfte. Winkle das andere Bein seitlich ab.',
      spoken:
        'Bäuchlings im Unterarmstütz, die Rolle unter der Vorderseite eines Oberschenkels. Roll langsam abwärts und halt über der Kniescheibe an.',
      steps: [
        'Roll langsam von knapp unterhalb der Hüftvorderseite bis eine Handbreit über die Kniescheibe, dann zurück.',
        'Oben am Oberschenkel bleib vorn und außen: Innen liegt dort die Leiste.',
        'Dreh das Bein etwas nach innen, um den äußeren Oberschenkel zu bearbeiten, dann etwas nach außen für den inneren Teil über dem Knie.',
        'Halt an einer empfindlichen Stelle an und beug und streck das Knie langsam 5- bis 8-mal.',
        'Wechsle das Bein.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Spann den Bauch leicht an, damit der untere Rücken nicht durchhängt.',
        'Atme aus, wenn du auf einer Stelle ankommst.',
      ],
      avoid: [
        'Die Kniescheibe: Knochen und Gelenk.',
        'Der obere innere Oberschenkel nahe der Leiste: Dort liegen Oberschenkelnerv, -arterie und -vene dicht unter der Haut.',
        'Der vordere Hüftknochen: Knochen mit wenig Polster.',
      ],
      cautions: [
        'Eine frische Zerrung am Oberschenkel oder ein Pferdekuss (Prellung): nicht rollen.',
        'Schwanger: nicht auf dem Bauch liegen; die Variante im Sitzen mit dem Massagestab hält jeden Druck vom Bauch fern.',
        'Knieschmerzen: bleib deutlich über der Kniescheibe und lass das Knie ärztlich oder physiotherapeutisch abklären.',
      ],
      why: 'Kann Muskelkater oder Verspannungen vorn am Oberschenkel für eine Weile lindern. Regelmäßiges Rollen über mehrere Wochen ging in Studien hier mit einer mäßig besseren Beweglichkeit einher.',
      pressure: {
        lighter: 'Leg beide Oberschenkel auf die Rolle oder nimm mehr Gewicht auf die Unterarme und das andere Knie.',
        deeper: 'Streck das andere Bein vom Boden weg, damit mehr Gewicht auf den Oberschenkel fällt, den du rollst.',
      },
      muscles: [
        'Oberschenkelvorderseite, Mitte',
        'Oberschenkelvorderseite außen',
        'Oberschenkelvorderseite innen, über dem Knie',
        'tiefe Oberschenkelvorderseite',
      ],
      offFloor: [
        'Setz dich auf einen Stuhl, beide Füße flach auf dem Boden.',
        'Halt den Massagestab mit beiden Händen quer vor einen Oberschenkel, eine Handbreit unterhalb der Hüftbeuge.',
        'Roll langsam bis eine Handbreit über die Kniescheibe und wieder hinauf; oben am Oberschenkel bleib vorn und außen.',
        'Halt an einer empfindlichen Stelle an und streck und beug das Knie langsam 5-mal.',
        'Wechsle das Bein.',
      ],
    },
    'it-band': {
      name: 'Oberschenkel außen (Bereich des Tractus iliotibialis)',
      setup:
        'Leg dich auf die Seite, die Rolle unter der Außenseite des unteren Oberschenkels, und stütz dich auf den Unterarm. Stell das obere Bein vor dem unteren auf, den Fuß flach am Boden, damit er einen Teil deines Gewichts trägt.',
      spoken:
        'Auf der Seite, die Rolle unter der Oberschenkelaußenseite, den oberen Fuß vorn aufgestellt. Roll sanft und halt über dem Knie an.',
      steps: [
        'Beginn eine Handbreit unterhalb des Knochenvorsprungs seitlich an der Hüfte.',
        'Roll in kurzen, langsamen Zügen die Oberschenkelaußenseite hinunter, halt eine Handbreit über dem Knie an.',
        'Kipp etwas nach vorn, damit die Rolle den äußeren Oberschenkelmuskel neben dem Band erreicht.',
        'Halt es kurz und leicht, dann wechsle die Seite.',
      ],
      cues: [
        'Nur leichter Druck: Mehr ist hier nicht besser.',
        'Lass den oberen Fuß aufgestellt und steuere damit das Gewicht.',
        'Atme ruhig; wenn du die Luft anhältst, drück weniger.',
      ],
      avoid: [
        'Der Knochenvorsprung seitlich an der Hüfte: Knochen.',
        'Die Knieaußenseite und direkt darunter: Gelenk, und der Wadenbeinnerv liegt dort dicht unter der Haut.',
      ],
      cautions: [
        'Schmerzen außen am Knie beim Laufen oder Radfahren: lass es ärztlich oder physiotherapeutisch abklären und roll nicht über die schmerzende Stelle.',
        'Wenn es sehr empfindlich ist, drück weniger, nicht mehr.',
        'Krampfadern an der Oberschenkelaußenseite: halt das Hilfsmittel davon fern.',
      ],
      why: 'Kann den äußeren Oberschenkel für eine Weile weniger verspannt wirken lassen. Was nachlässt, ist vor allem der Muskel neben dem Band; das Band selbst verändert sich nicht.',
      note: 'Der Tractus iliotibialis ist ein dickes, festes Band aus Bindegewebe, das vom Becken bis knapp unter das Knie reicht. Rollen verlängert ihn nicht und „löst“ ihn auch nicht: Schon eine geringe Dehnung bräuchte weit mehr Kraft, als ein Körper auf eine Rolle bringen kann, und in einer Studie änderte eine Einheit Rollen seine Steifigkeit nicht. Sieh die Übung als Wohltat für den äußeren Oberschenkel: leicht und kurz. Die Muskeln, die am Band ziehen, der TFL und der große Gesäßmuskel, sind oft die bessere Stelle für deine Zeit.',
      pressure: {
        lighter: 'Drück mehr Gewicht in den aufgestellten Fuß und den Unterarm oder nimm eine weichere Rolle.',
        deeper: 'Statt fester zu drücken, kipp etwas weiter nach vorn auf den äußeren Oberschenkelmuskel.',
      },
      muscles: ['das feste Band an der Oberschenkelaußenseite', 'äußerer Oberschenkelmuskel neben dem Band'],
      offFloor: [
        'Stell dich seitlich zu einer Wand, die Füße einen Schritt entfernt, und leg einen Ball zwischen Wand und Oberschenkelaußenseite, eine Handbreit unterhalb des Knochenvorsprungs seitlich an der Hüfte.',
        'Lehn dich leicht an: weit weniger als dein volles Gewicht.',
        'Beug und streck die Knie etwas, um den Ball langsam die Oberschenkelaußenseite hinunterzurollen, halt eine Handbreit über dem Knie an, dann zurück, nur ein paar Mal.',
        'Dreh dich etwas zur Wand, damit der Ball den äußeren Oberschenkelmuskel neben dem Band erreicht.',
        'Wechsle die Seite.',
      ],
    },
    tfl: {
      name: 'Vordere Hüfte (TFL)',
      setup:
        'Ertaste den Knochenvorsprung vorn an deiner Hüfte und leg den Ball knapp darunter und etwas zur Seite hin. Leg dich bäuchlings auf die Unterarme und dreh den Körper etwa zur Hälfte auf diese Seite.',
      spoken:
        'Den Ball knapp unter und seitlich vom vorderen Hüftknochen. Bäuchlings, halb auf diese Seite gedreht. Kleine, langsame Rollbewegungen.',
      steps: [
        'Lass einen Teil deines Gewichts auf den Ball sinken.',
        'Roll in kleinen, langsamen Bewegungen von 2 bis 5 cm in jede Richtung und bleib dabei vorn-außen an der Hüfte.',
        'Halt an einer empfindlichen Stelle an und beug das Knie langsam 5- bis 8-mal.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Kleine Fläche, kleine Bewegungen.',
        'Halt den Ball außen; wenn er Richtung Leiste wandert, schieb ihn wieder nach außen.',
        'Atme aus und lass die Hüfte weich werden.',
      ],
      avoid: [
        'Der Knochenvorsprung vorn an der Hüfte: Knochen.',
        'Nach innen Richtung Leiste wandern: Oberschenkelnerv, -arterie und -vene liegen am oberen Innenschenkel dicht unter der Haut.',
        'Der Unterbauch: Organe und große Blutgefäße.',
      ],
      cautions: [
        'Schwanger: lass diese Übung weg, denn dabei liegst du bäuchlings, mit dem Ball nahe am Bauch.',
        'Eine Hüft- oder Bauchoperation vor Kurzem oder ein Bruch (Hernie): frag zuerst deine Chirurgin, deinen Chirurgen oder eine medizinische Fachkraft.',
        'Ein Puls unter dem Ball: schieb ihn weg.',
      ],
      why: 'Kann ein verspanntes Gefühl vorn-außen an der Hüfte für eine Weile lindern, zum Beispiel nach langem Sitzen oder Laufen.',
      pressure: {
        lighter: 'Nimm mehr Gewicht auf die Unterarme und das andere Bein oder nimm einen weicheren Ball.',
        deeper: 'Dreh dich etwas mehr auf diese Hüfte, damit mehr Gewicht auf den Ball kommt.',
      },
      muscles: ['kleiner Muskel vorn-außen an der Hüfte (Schenkelbindenspanner)'],
      offFloor: [
        'Stell dich seitlich zu einer Wand und dreh den Körper etwas zu ihr hin.',
        'Leg den Ball zwischen Wand und Hüfte, knapp unterhalb des Knochenvorsprungs vorn an der Hüfte und etwas zur Seite hin.',
        'Lehn dich an, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst, und mach kleine, langsame Bewegungen von 2 bis 5 cm.',
        'Halt an einer empfindlichen Stelle an und heb und senk die Ferse dieses Beins langsam 5-mal.',
        'Wechsle die Seite.',
      ],
    },
    adductors: {
      name: 'Oberschenkelinnenseite (Adduktoren)',
      setup:
        'Leg dich bäuchlings auf die Unterarme. Winkle ein Knie wie ein Frosch seitlich ab und leg die Rolle unter diesen inneren Oberschenkel, knapp über dem Knie, in Längsrichtung deines Körpers.',
      spoken:
        'Bäuchlings, ein Knie seitlich abgewinkelt, die Rolle innen am Oberschenkel über dem Knie. In kurzen Zügen aufwärts, bleib weit unter der Leiste.',
      steps: [
        'Beginn knapp über der Knieinnenseite, nicht darauf.',
        'Verlagere dein Gewicht in kurzen, langsamen Zügen von einigen Zentimetern zur Seite und arbeite dich jedes Mal etwas höher.',
        'Geh nach oben Richtung Schambein und halt eine Handbreit unterhalb der Leistenfalte an.',
        'Halt an einer empfindlichen Stelle an und beug und streck das Knie langsam 5- bis 8-mal.',
        'Arbeite dich wieder hinunter bis zum Knie, dann wechsle das Bein.',
      ],
      cues: [
        'Kurze Züge, langsamer, als es sich natürlich anfühlt.',
        'Kipp das Becken leicht nach vorn oder hinten, um den vorderen und hinteren Teil der Oberschenkelinnenseite zu erreichen.',
        'Atme aus und lass den Oberschenkel weich auf die Rolle sinken.',
        'Kribbeln oder Taubheit an der Oberschenkelinnenseite oder am Knie heißt: geh von der Stelle weg.',
        'Täglich ist in Ordnung, solange es sich am nächsten Tag gut anfühlt.',
      ],
      avoid: [
        'Die Knieinnenseite: Gelenk, und die Sehne des schlanken Muskels (Gracilis) zieht darüber.',
        'Die oberste Handbreit der Oberschenkelinnenseite und die Leistenfalte: Dort liegen Oberschenkelnerv, -arterie und -vene dicht unter der Haut; leg dort nie einen Ball hin.',
        'Sichtbare oder hervortretende Venen an der Oberschenkelinnenseite.',
      ],
      cautions: [
        'Ein Puls unter der Rolle: geh davon weg.',
        'Kribbeln oder Taubheit an der Oberschenkelinnenseite oder bis ins Knie: geh von der Stelle weg; hier verlaufen Nerven zur Oberschenkel- und Knieinnenseite.',
        'Eine frische Leistenzerrung oder Schmerzen in der Leiste oder an der Knieinnenseite: lass die Übung weg und lass es ärztlich oder physiotherapeutisch abklären.',
        'Knieschmerzen beim Kniebeugen oder Landen: lass es abklären; Rollen ist keine Behandlung dafür.',
        'Schwanger: Das Thromboserisiko ist höher und Bauchlage wird schwieriger; frag zuerst deine Hebamme, deine Ärztin oder deinen Arzt.',
      ],
      why: 'Kann Verspannungen an der Oberschenkelinnenseite für eine Weile lindern; davon berichten oft Menschen, deren Knie bei Kniebeugen und Landungen nach innen knicken. An der Bewegung deiner Knie ändert es nichts: Das leisten Kraft, Beweglichkeit im Sprunggelenk und Bewegungsübung.',
      note: 'Was die Übung erreicht: die Adduktoren, von knapp über dem Knie bis eine Handbreit unterhalb der Leistenfalte. Der Kammmuskel (Pectineus), der höchste der inneren Oberschenkelmuskeln, liegt im Boden der Leiste unter Oberschenkelnerv, -arterie und -vene. Eine Rolle, die dort anhält, wo sie soll, erreicht ihn höchstens an seinem unteren Rand oder gar nicht. Ihm weiter nach oben zu folgen, ist das Risiko nicht wert.',
      pressure: {
        lighter: 'Nimm mehr Gewicht auf die Unterarme und das gestreckte Bein oder nimm eine weichere Rolle.',
        deeper: 'Heb die andere Hüfte leicht an, damit mehr Gewicht auf die Rolle fällt.',
      },
      muscles: [
        'Oberschenkelinnenseite, großer hinterer Teil',
        'Oberschenkelinnenseite, vorderer Teil',
        'Oberschenkelinnenseite, tief unter dem vorderen Teil',
        'schmaler Muskelstreifen an der Oberschenkelinnenseite bis zum Knie',
        'höchster Muskel der Oberschenkelinnenseite, höchstens an seinem unteren Rand erreicht',
      ],
      offFloor: [
        'Setz dich auf einen Stuhl, die Knie bequem auseinander, die Füße flach auf dem Boden.',
        'Halt den Massagestab mit beiden Händen quer an die Innenseite eines Oberschenkels, knapp über dem Knie.',
        'Roll in kurzen Zügen langsam die Oberschenkelinnenseite hinauf, halt eine Handbreit unterhalb der Leistenfalte an, dann wieder hinunter.',
        'Halt an einer empfindlichen Stelle an und streck und beug das Knie langsam 5-mal.',
        'Wechsle das Bein.',
      ],
    },
    'glute-max': {
      name: 'Gesäß (großer Gesäßmuskel)',
      setup:
        'Setz dich auf die Rolle, die Hände hinter dir auf dem Boden. Leg einen Knöchel über das gegenüberliegende Knie und lehn dich zur Seite des übergeschlagenen Beins.',
      spoken: 'Setz dich auf die Rolle, einen Knöchel aufs andere Knie, und lehn dich zu dieser Seite. Roll langsam über das Gesäß.',
      steps: [
        'Roll langsam über den fleischigen Teil des Gesäßes, von knapp unter dem oberen Beckenrand bis knapp über das Sitzbein.',
        'Verlagere dein Gewicht etwas, um den inneren und äußeren Teil zu erreichen.',
        'Halt an einer empfindlichen Stelle an und lass das übergeschlagene Knie langsam 5- bis 8-mal nach außen sinken und zurückkommen.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Lass die Hüfte schwer werden und atme aus.',
        'Kribbeln oder Brennen das Bein hinunter heißt: such dir eine andere Stelle.',
      ],
      avoid: [
        'Der flache Knochen in der Mitte hinten am Becken (Kreuzbein) und das Steißbein: Knochen.',
        'Der obere Beckenrand: Knochen.',
        'Das Sitzbein, der Knochen, auf dem du sitzt: Knochen. Hör knapp darüber auf zu rollen.',
        'Die Mulde zwischen Sitzbein und dem Knochenvorsprung seitlich an der Hüfte: Dort verläuft der Ischiasnerv, also dort weder punktuell drücken noch reiben.',
      ],
      cautions: [
        'Schmerzen, Kribbeln oder Taubheit, die ins Bein ausstrahlen: geh von der Stelle weg und lass es abklären, wenn es immer wieder passiert.',
        'Eine Hüftoperation vor Kurzem oder eine Steißbeinverletzung: frag zuerst eine medizinische Fachkraft.',
      ],
      why: 'Kann Muskelkater oder Verspannungen im Gesäß für eine Weile lindern und eine Hüftdehnung leichter machen.',
      pressure: {
        lighter: 'Stell das Bein wieder ab, beide Füße auf dem Boden, und nimm mehr Gewicht auf die Hände.',
        deeper: 'Nimm statt der Rolle einen Ball oder heb die stützende Hand, damit mehr Gewicht aufs Gesäß kommt.',
      },
      muscles: ['der große Gesäßmuskel'],
      offFloor: [
        'Stell dich mit dem Rücken zu einer Wand, die Füße einen Schritt entfernt, und leg einen Ball zwischen Wand und die fleischige Mitte einer Gesäßhälfte.',
        'Lehn dich zurück, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Beug und streck die Knie etwas, um den Ball langsam auf und ab zu rollen; bleib dabei über dem Sitzbein.',
        'Halt an einer empfindlichen Stelle an und dreh dieses Knie langsam 5-mal nach außen und wieder zurück.',
        'Wechsle die Seite.',
      ],
    },
    'glute-med': {
      name: 'Seitliche Hüfte (mittlerer Gesäßmuskel)',
      setup:
        'Setz dich auf den Boden und lehn dich zu einer Seite, den Ball unter der oberen Außenseite der Hüfte, knapp unterhalb des oberen Beckenrands. Stütz dich auf die Hand oder den Unterarm.',
      spoken: 'Sitz zur Seite gelehnt, den Ball außen oben an der Hüfte, knapp unter dem Beckenrand. Kleine, langsame Rollbewegungen.',
      steps: [
        'Lass einen Teil deines Gewichts auf den Ball sinken.',
        'Roll langsam in kleinen Zügen zwischen Beckenrand und dem Knochenvorsprung seitlich an der Hüfte.',
        'Halt an einer empfindlichen Stelle an und beweg das Knie langsam 5- bis 8-mal nach innen und außen.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Kleine, langsame Bewegungen.',
        'Bleib auf weichem Muskel, unterhalb des knöchernen Beckenrands und oberhalb des Knochenvorsprungs der Hüfte.',
        'Atme aus und lass die Hüfte weich werden.',
      ],
      avoid: ['Der obere Beckenrand: Knochen.', 'Der Knochenvorsprung seitlich an der Hüfte: Knochen.'],
      cautions: [
        'Schmerzen am Knochenvorsprung der Hüfte oder beim nächtlichen Liegen auf dieser Seite: lass die Übung weg und lass es ärztlich oder physiotherapeutisch abklären.',
        'Eine Hüftoperation vor Kurzem: frag zuerst deine Chirurgin oder deinen Chirurgen.',
      ],
      why: 'Kann ein verspanntes oder müdes Gefühl seitlich an der Hüfte für eine Weile lindern, zum Beispiel nach viel Gehen, Laufen oder Stehen.',
      pressure: {
        lighter: 'Lehn dich zurück, damit mehr Gewicht auf die Hände kommt, oder nimm statt des Balls die Rolle.',
        deeper: 'Lehn dich weiter über den Ball und heb die stützende Hand etwas an.',
      },
      muscles: ['obere Außenseite der Hüfte', 'obere Außenseite der Hüfte, tiefer'],
      offFloor: [
        'Stell dich seitlich zu einer Wand und leg einen Ball zwischen Wand und die obere Außenseite der Hüfte, knapp unterhalb des oberen Beckenrands.',
        'Lehn dich an, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Beug und streck die Knie etwas, um den Ball in kleinen, langsamen Zügen zu rollen; bleib dabei zwischen Beckenrand und dem Knochenvorsprung der Hüfte.',
        'Halt an einer empfindlichen Stelle an und atme ein paar Atemzüge lang langsam.',
        'Dreh dich um und wechsle die Seite.',
      ],
    },
    piriformis: {
      name: 'Tiefes Gesäß (birnenförmiger Muskel)',
      setup:
        'Setz dich auf den Boden, den Ball unter der Mitte einer Gesäßhälfte. Leg den Knöchel dieser Seite in einer Vierer-Position über das gegenüberliegende Knie und lehn dich zur Seite des übergeschlagenen Beins.',
      spoken:
        'Setz dich mit dem Ball unter die Mitte einer Gesäßhälfte, diesen Knöchel aufs andere Knie. Lehn dich hinein und atme langsam.',
      steps: [
        'Such eine Stelle in der Mitte des Gesäßes, zwischen dem Rand des Steißbeinbereichs und dem Knochenvorsprung der Hüfte.',
        'Lass dein Gewicht auf den Ball sinken und halte ein paar langsame Atemzüge lang.',
        'Lass das übergeschlagene Knie langsam 5- bis 8-mal nach außen sinken und zurückkommen.',
        'Wenn nach ein paar Atemzügen nichts nachlässt, verschieb den Ball um 2 bis 3 cm und versuch es noch einmal.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Hier wirken Stillhalten und Atmen; du musst nicht reiben.',
        'Kribbeln, Brennen oder einschießender Schmerz das Bein hinunter heißt: sofort von der Stelle weggehen.',
      ],
      avoid: [
        'Das Kreuzbein und das Steißbein: Knochen.',
        'Der Knochenvorsprung seitlich an der Hüfte: Knochen.',
        'Jede Stelle, die Kribbeln, Brennen oder einschießenden Schmerz ins Bein schickt: Der Ischiasnerv verläuft unter oder durch diesen Muskel.',
      ],
      cautions: [
        'Ischias oder Schmerzen, Taubheit oder Schwäche im Bein: lass es ärztlich oder physiotherapeutisch abklären; Rollen ist keine Behandlung dafür.',
        'Eine Hüftoperation vor Kurzem: frag zuerst deine Chirurgin oder deinen Chirurgen.',
      ],
      why: 'Kann ein tiefes, verspanntes Gefühl im Gesäß für eine Weile lindern und eine Vierer-Dehnung leichter machen.',
      pressure: {
        lighter: 'Stell das Bein wieder ab und nimm mehr Gewicht auf die Hände oder nimm eine Rolle.',
        deeper: 'Heb die stützende Hand etwas an, damit mehr Gewicht auf den Ball fällt.',
      },
      muscles: ['tiefer Gesäßmuskel', 'kleine tiefe Hüftmuskeln'],
      offFloor: [
        'Stell dich mit dem Rücken zu einer Wand und leg einen Ball zwischen Wand und die Mitte einer Gesäßhälfte, zwischen Steißbeinbereich und dem Knochenvorsprung der Hüfte.',
        'Lehn dich zurück, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst, und halte ein paar langsame Atemzüge lang.',
        'Beug dieses Knie etwas und dreh es langsam 5- bis 8-mal nach außen und wieder zurück.',
        'Wenn nach ein paar Atemzügen nichts nachlässt, verschieb den Ball um 2 bis 3 cm; bei Kribbeln, Brennen oder einschießendem Schmerz das Bein hinunter geh sofort von der Stelle weg.',
        'Wechsle die Seite.',
      ],
    },
    'hip-flexors': {
      name: 'Hüftvorderseite (Hüftbeuger)',
      setup:
        'Leg dich bäuchlings auf die Unterarme, die Rolle unter dem oberen Ende eines Oberschenkels, ein paar Finger breit unterhalb des Knochenvorsprungs vorn an der Hüfte.',
      spoken:
        'Bäuchlings auf den Unterarmen, die Rolle ein paar Finger unter dem vorderen Hüftknochen. Sanfte, kurze Züge den Oberschenkel hinunter.',
      steps: [
        'Roll in kurzen, langsamen Zügen über das obere Drittel der Oberschenkelvorderseite und bleib dabei vorn und außen.',
        'Halt an einer verspannten Stelle an und beug das Knie langsam 5-mal.',
        'Nur wenn sich das gut angefühlt hat, kannst du zu einem weichen Ball wechseln, direkt innen neben dem vorderen Hüftknochen, und ein paar Atemzüge lang sanft darauf ruhen. Sink nicht tief in den Bauch ein, und geh von der Stelle weg, wenn der äußere Oberschenkel taub wird oder zu brennen beginnt.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Hier sanft: Ein gleichmäßiger, leichter Druck reicht völlig.',
        'Ein Puls unter dem Hilfsmittel heißt: geh davon weg.',
        'Atme langsam in den Bauch.',
      ],
      avoid: [
        'Der Knochenvorsprung vorn an der Hüfte: Knochen.',
        'Die Leistenfalte und der obere innere Oberschenkel: Dort liegen Oberschenkelnerv, -arterie und -vene dicht unter der Haut.',
        'Tiefer Druck in den Bauch: Dort liegen der Darm und die Hauptschlagader des Körpers.',
      ],
      cautions: [
        'Schwanger: lass diese Übung weg, denn sie setzt Druck nahe dem Bauch.',
        'Ein Bruch (Hernie) oder eine Bauch- oder Hüftoperation vor Kurzem: lass die Übung weg.',
        'Ein Puls unter Ball oder Rolle: schieb das Hilfsmittel weg.',
        'Taubheit oder Brennen am äußeren Oberschenkel: nimm den Ball weg; ein Hautnerv des äußeren Oberschenkels verläuft direkt innen neben dem vorderen Hüftknochen.',
      ],
      why: 'Kann die Hüftvorderseite für eine Weile weniger verspannt wirken lassen, zum Beispiel nach langem Sitzen, und eine Hüftbeuger-Dehnung leichter machen.',
      note: 'Der tiefste Hüftbeuger, der Psoas, liegt im Bauchraum neben der Wirbelsäule, dem Darm und großen Blutgefäßen; Druck auf ihn ist das Risiko nicht wert. Diese Übung bearbeitet den Teil, den du vom oberen Oberschenkel aus sicher erreichst, mit einem optionalen, sanften Ball direkt innen neben dem Hüftknochen.',
      pressure: {
        lighter: 'Nimm mehr Gewicht auf die Unterarme und das andere Knie.',
        deeper: 'Streck das andere Bein vom Boden weg, aber bleib beim Schritt mit dem Ball in jedem Fall sanft.',
      },
      muscles: ['oberer Teil der Oberschenkelvorderseite', 'Innenseite des vorderen Beckens'],
      offFloor: [
        'Setz dich weit vorn auf einen Stuhl, beide Füße flach auf dem Boden.',
        'Halt den Massagestab mit beiden Händen quer über das obere Ende eines Oberschenkels, ein paar Finger breit unterhalb des Knochenvorsprungs vorn an der Hüfte.',
        'Roll in kurzen, langsamen Zügen über das obere Drittel der Oberschenkelvorderseite und bleib dabei vorn und außen.',
        'Halt an einer verspannten Stelle an und streck und beug das Knie langsam 5-mal.',
        'Wechsle die Seite.',
      ],
    },
    'quadratus-lumborum': {
      name: 'Seitlicher unterer Rücken (QL)',
      setup:
        'Stell dich mit dem Rücken zu einer Wand und leg einen Ball zwischen Wand und eine Seite deines unteren Rückens, in die weiche Lücke zwischen unterster Rippe und oberem Beckenrand, deutlich seitlich der Wirbelsäule.',
      spoken: 'Rücken zur Wand, den Ball zwischen unterster Rippe und Becken, weit weg von der Wirbelsäule. Lehn dich sanft an und atme.',
      steps: [
        'Lehn dich nur so weit zurück, dass du sanften Druck spürst.',
        'Bleib still und atme ein paar Atemzüge lang langsam.',
        'Neig den Oberkörper langsam 5-mal vom Ball weg und wieder zurück.',
        'Verschieb den Ball um 2 bis 3 cm nach oben oder unten, bleib zwischen Rippe und Becken, und wiederhole es.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Nur sanft: Diese Stelle braucht keinen tiefen Druck.',
        'Halt den Ball seitlich, nie auf der Wirbelsäule.',
        'Hör auf, wenn es stechend wird oder ins Bein ausstrahlt.',
      ],
      avoid: [
        'Die Wirbelsäule selbst: Der untere Rücken hat keinen Rippenschutz, also halt den Ball deutlich seitlich.',
        'Tiefer Druck seitlich an der Taille: Hier liegen die Nieren, teils unter den untersten Rippen.',
        'Die untersten Rippen und der obere Beckenrand: Knochen.',
        'Der Bauch und die Vorderseite der Taille: Organe.',
      ],
      cautions: [
        'Osteoporose: lass die Übung weg oder frag zuerst eine medizinische Fachkraft.',
        'Kreuzschmerzen, die ins Bein ausstrahlen, mit Taubheit oder Kribbeln, Fieber einhergehen oder dich nachts wecken: lass dich stattdessen ärztlich untersuchen.',
        'Nierenprobleme oder Schmerzen seitlich an der Taille: lass die Übung weg.',
        'Schwanger: lass die Übung weg.',
      ],
      why: 'Kann ein verspanntes, schmerzendes Gefühl seitlich am unteren Rücken für eine Weile lindern, zum Beispiel nach langem Sitzen oder Stehen.',
      note: 'So geht man den unteren Rücken sicher an: Der Ball liegt zur besseren Kontrolle an einer Wand, seitlich der Wirbelsäule, mit sanftem Druck. Roll nie direkt über die Lendenwirbelsäule.',
      pressure: {
        lighter: 'Stell die Füße näher an die Wand, damit du dich weniger anlehnst.',
        deeper: 'Bleib sanft; bleib lieber etwas länger, statt fester zu drücken.',
      },
      muscles: ['tiefer Muskel seitlich am unteren Rücken'],
    },
    'thoracic-spine': {
      name: 'Oberer Rücken',
      setup:
        'Setz dich mit angewinkelten Knien auf den Boden, die Rolle quer hinter deinem Rücken, knapp unterhalb der Schulterblätter. Stütz den Kopf mit den Händen, Ellbogen nach innen, und heb das Becken etwas an.',
      spoken:
        'Sitz mit gebeugten Knien, die Rolle quer unter den Schulterblättern. Halt den Kopf in den Händen, heb das Becken, roll langsam.',
      steps: [
        'Roll langsam hinauf bis zum oberen Rand der Schulterblätter und wieder hinunter bis zum unteren Rippenrand.',
        'Halt die Rolle an einer Stelle, stütz weiter den Kopf und lehn dich 2 bis 3 Atemzüge lang sanft nach hinten darüber.',
        'Komm wieder hoch, schieb die Rolle 2 bis 3 cm höher und lehn dich erneut zurück.',
        'Arbeite dich in kleinen Schritten den oberen Rücken hinauf, dann ruh dich aus.',
      ],
      cues: [
        'Halt den Kopf mit den Händen gestützt; lass ihn nicht nach hinten hängen.',
        'Hör am unteren Rippenrand auf; der untere Rücken ist nicht zum Rollen da.',
        'Atme aus, wenn du dich nach hinten lehnst.',
      ],
      avoid: [
        'Unterhalb des unteren Rippenrands: Die Lendenwirbelsäule hat keinen Rippenschutz, und die Nieren liegen nah.',
        'Der Nacken: Lass die Rolle nicht darunter rutschen.',
      ],
      cautions: [
        'Osteoporose: lass die Übung weg, denn sie drückt auf Wirbelsäule und Rippen.',
        'Schwanger nach dem ersten Trimester: lieg nur kurz auf dem Rücken; frag deine Hebamme, deine Ärztin oder deinen Arzt.',
        'Eine frische Rippen- oder Rückenverletzung: lass die Übung weg.',
      ],
      why: 'Kann den oberen Rücken für eine Weile weniger steif wirken lassen und aufrechtes Sitzen oder Greifen über Kopf leichter machen.',
      pressure: {
        lighter: 'Lass das Becken am Boden oder nimm eine weichere Rolle.',
        deeper: 'Heb das Becken höher oder nimm einen Duoball, sodass die beiden Kugeln links und rechts der Wirbelsäule liegen.',
      },
      muscles: ['lange Muskeln neben der oberen Wirbelsäule', 'Muskeln zwischen den Schulterblättern'],
      offFloor: [
        'Stell dich mit dem Rücken zu einer Wand, die Füße einen Schritt entfernt, und leg den Duoball quer an den oberen Rücken, knapp unterhalb der Schulterblätter, eine Kugel auf jeder Seite der Wirbelsäule.',
        'Verschränk die Arme vor der Brust und lehn dich an die Wand.',
        'Beug und streck die Knie langsam, um die Kugeln bis zum oberen Rand der Schulterblätter und wieder hinunter zu rollen, nie unter den unteren Rippenrand.',
        'Halt an einer steifen Stelle an und atme 2 bis 3 Atemzüge lang langsam.',
      ],
    },
    lats: {
      name: 'Seitlicher Rücken (breiter Rückenmuskel)',
      setup:
        'Leg dich auf die Seite, die Rolle unter dir auf Höhe der unteren Rippen. Streck den unteren Arm über den Kopf, Daumen nach oben, und beug die Knie für das Gleichgewicht.',
      spoken:
        'Auf der Seite, die Rolle unter den unteren Rippen, den unteren Arm über dem Kopf. Roll langsam Richtung Achsel, nicht hinein.',
      steps: [
        'Roll langsam von den unteren Rippen hinauf Richtung hinteren Rand der Achsel, dann wieder hinunter.',
        'Dreh dich etwas auf den Rücken, dann etwas zur Brust, um den ganzen Muskel zu erreichen.',
        'Halt an einer empfindlichen Stelle an und beug und streck den Arm über dem Kopf langsam 5-mal.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Hör am Rand der Achsel auf, nicht darin.',
        'Kribbeln im Arm oder in der Hand heißt: geh von der Stelle weg.',
      ],
      avoid: [
        'Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.',
        'Der untere Rücken unterhalb der Rippen: Halt die Rolle an der Seite des Rumpfs.',
      ],
      cautions: [
        'Osteoporose: lass die Übung weg, denn die Rolle drückt auf die Rippen.',
        'Eine frische Schulterverletzung, Ausrenkung oder Operation: frag zuerst eine medizinische Fachkraft.',
        'Kribbeln oder Taubheit im Arm: sofort von der Stelle weggehen.',
      ],
      why: 'Kann Greifen über Kopf für eine Weile leichter machen, zum Beispiel vor dem Schwimmen, Drücken oder Ziehen.',
      pressure: {
        lighter: 'Nimm mit der oberen Hand und dem oberen Bein am Boden Gewicht ab.',
        deeper: 'Streck die Beine und heb die obere Hand vom Boden.',
      },
      muscles: ['breiter Muskel an der Seite des Rückens', 'Außenrand des Schulterblatts'],
      offFloor: [
        'Stell dich seitlich zu einer Wand und streck den wandnahen Arm an der Wand hinauf.',
        'Leg einen Ball zwischen Wand und die Seite deines Rückens, eine Handbreit unterhalb der Achsel und etwas dahinter.',
        'Lehn dich an, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Beug und streck die Knie etwas, um den Ball langsam Richtung untere Rippen und zurück zu rollen; bleib dabei weg von der Achsel.',
        'Halt an einer empfindlichen Stelle an, schieb den Arm langsam 5-mal höher an der Wand hinauf und zurück, dann wechsle die Seite.',
      ],
    },
    serratus: {
      name: 'Seitliche Rippen (vorderer Sägemuskel)',
      setup:
        'Stell dich seitlich zu einer Wand und streck den wandnahen Arm an der Wand hinauf. Leg einen weichen Ball zwischen Wand und die Seite deiner Rippen, eine Handbreit unterhalb der Achsel und etwas nach vorn.',
      spoken: 'Seitlich zur Wand, den Arm gehoben, einen weichen Ball an den Rippen unter der Achsel. Lehn dich leicht an und atme.',
      steps: [
        'Lehn dich sanft an, bis du einen leichten, gleichmäßigen Druck spürst.',
        'Beug und streck die Knie etwas, um den Ball langsam 2 bis 5 cm an den Rippen auf und ab zu rollen.',
        'Halt an einer empfindlichen Stelle an und atme langsam; lass die Rippen sich unter dem Ball bewegen.',
        'Schieb den erhobenen Arm langsam 5-mal etwas höher an der Wand hinauf und zurück.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Leichter Druck: Die Rippen haben hier wenig Polster.',
        'Bleib unterhalb der Achsel, nie darin.',
        'Wenn das Einatmen wehtut, lass nach.',
      ],
      avoid: [
        'Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.',
        'Brustgewebe.',
        'Unterhalb der untersten Rippen seitlich an der Taille: Organe.',
      ],
      cautions: [
        'Osteoporose: lass die Übung weg, denn der Ball drückt auf die Rippen, und eine brüchige Rippe kann brechen.',
        'Eine frische Rippenverletzung oder Schmerzen beim Einatmen: lass die Übung weg und lass es ärztlich abklären.',
        'Eine Brustoperation vor Kurzem, Brustimplantate oder ein implantiertes Gerät: frag zuerst deine Ärztin oder deinen Arzt.',
        'Kribbeln oder Taubheit im Arm oder ein Brennen seitlich an der Brust: sofort von der Stelle weggehen.',
      ],
      why: 'Kann ein verspanntes Gefühl seitlich an den Rippen für eine Weile lindern und Greifen über Kopf oder tiefes Atmen leichter machen.',
      pressure: {
        lighter: 'Lehn dich weniger an oder nimm einen weicheren Ball.',
        deeper: 'Bleib lieber etwas länger, statt fester zu drücken; Rippen brauchen sanften Druck.',
      },
      muscles: ['seitliche Rippen, unterhalb der Achsel'],
    },
    rhomboids: {
      name: 'Zwischen den Schulterblättern (Rautenmuskeln)',
      setup:
        'Stell dich mit dem Rücken zu einer Wand und leg einen Ball zwischen Wand und oberen Rücken, zwischen Wirbelsäule und den Innenrand eines Schulterblatts. Verschränk die Arme vor der Brust.',
      spoken:
        'Rücken zur Wand, den Ball zwischen Wirbelsäule und einem Schulterblatt, die Arme vor der Brust gekreuzt. Beug die Knie zum Rollen.',
      steps: [
        'Lehn dich an die Wand, sodass der Ball in den Muskel drückt.',
        'Beug und streck die Knie etwas, um den Ball langsam auf und ab zu rollen.',
        'Halt an einer empfindlichen Stelle an und führ den Arm dieser Seite langsam 5-mal quer vor den Körper und zurück.',
        'Wechsle die Seite.',
      ],
      cues: [
        'Halt den Ball auf dem Muskel, ein bis zwei Finger breit neben den Knochenhöckern der Wirbelsäule.',
        'Wenn du die Arme verschränkst, öffnet sich der Raum zwischen den Schulterblättern.',
        'Atme langsam und lass die Schultern sinken.',
      ],
      avoid: ['Die Knochenhöcker der Wirbelsäule: Knochen.', 'Der Innenrand des Schulterblatts selbst: Knochen.'],
      cautions: [
        'Osteoporose: lass die Übung weg, denn der Ball drückt auf die Rippen.',
        'Kribbeln im Arm oder in der Hand: geh von der Stelle weg.',
      ],
      why: 'Kann ein verspanntes oder schmerzendes Gefühl zwischen den Schulterblättern für eine Weile lindern, zum Beispiel nach Schreibtischarbeit.',
      pressure: {
        lighter: 'Stell die Füße näher an die Wand, damit du dich weniger anlehnst.',
        deeper: 'Mach es im Liegen auf dem Boden mit dem Ball unter dir oder nimm einen festeren Ball.',
      },
      muscles: ['zwischen Wirbelsäule und Schulterblatt', 'quer über die Mitte des oberen Rückens'],
    },
    'upper-trapezius': {
      name: 'Schulteroberseite (oberer Trapezmuskel)',
      setup:
        'Stell dich mit dem Rücken zu einer Ecke oder einem Türrahmen oder leg dich auf den Rücken und platzier den Ball auf dem dicken Muskelwulst oben auf einer Schulter, auf halbem Weg zwischen Hals und Schulterspitze.',
      spoken: 'Den Ball auf den Muskelwulst oben auf einer Schulter, auf halbem Weg zur Spitze. Lehn dich hinein, halt still und atme.',
      steps: [
        'Lehn dich in den Ball, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Halt still und atme ein paar Atemzüge lang langsam.',
        'Neig den Kopf langsam 5-mal vom Ball weg und wieder zurück.',
        'Verschieb den Ball um 2 bis 3 cm entlang des Wulsts und wiederhole es, dann wechsle die Seite.',
      ],
      cues: [
        'Bleib auf dem Muskelwulst, nicht in der Mulde davor.',
        'Lass die Schulter vom Ohr weg sinken.',
        'Kribbeln im Arm oder in der Hand heißt: geh von der Stelle weg.',
      ],
      avoid: [
        'Die Mulde direkt über dem Schlüsselbein: Dort verlaufen Nerven und Blutgefäße zum Arm.',
        'Die Vorderseite und die Seiten des Halses: Druck auf die Halsschlagader kann den Herzschlag verlangsamen und zu Ohnmacht führen.',
        'Das Schlüsselbein und die knöcherne Schulterspitze: Knochen.',
        'Die Knochenhöcker der Wirbelsäule: Knochen.',
      ],
      cautions: [
        'Kribbeln, Taubheit oder Schwäche im Arm: sofort von der Stelle weggehen.',
        'Schwindel oder Kopfschmerzen: hör auf.',
        'Eine frische Nackenverletzung wie ein Schleudertrauma: frag zuerst eine medizinische Fachkraft.',
      ],
      why: 'Kann Verspannungen oben auf den Schultern für eine Weile lindern, zum Beispiel nach einem langen Tag am Bildschirm.',
      pressure: {
        lighter: 'Lehn dich weniger an oder nimm einen weicheren Ball.',
        deeper: 'Lehn dich etwas mehr in den Ball; bleib im gut auszuhaltenden Bereich.',
      },
      muscles: ['Schulteroberseite, zum Hals hin', 'seitlicher hinterer Hals bis zum Schulterblatt'],
    },
    neck: {
      name: 'Nacken und Schädelbasis',
      setup:
        'Steck zwei Bälle in Tennisballgröße in eine Socke und knote sie zu, oder nimm einen Duoball. Leg dich mit angewinkelten Knien auf den Rücken und leg den Hinterkopf darauf, sodass links und rechts der Wirbelsäule je ein Ball knapp unter der Knochenkante an der Schädelbasis liegt.',
      spoken:
        'Auf dem Rücken, Knie angewinkelt, je ein Ball links und rechts der Wirbelsäule, knapp unter dem Schädel. Nur das Kopfgewicht.',
      steps: [
        'Lass das Gewicht deines Kopfes auf die Bälle sinken. Drück nicht nach unten.',
        'Atme langsam und lass Kiefer und Schultern locker.',
        'Nick 5-mal klein und langsam, als würdest du Ja sagen, jeweils etwa eine Fingerbreite.',
        'Dreh den Kopf 5-mal klein und langsam nach links und rechts.',
        'Um tiefer zu kommen, schieb die Bälle 2 bis 3 cm den Nacken hinunter und ruh dich wieder aus.',
      ],
      cues: [
        'Nur das Gewicht des Kopfes: Lass die Schwerkraft arbeiten.',
        'Nur hinten am Nacken, ein Ball auf jeder Seite der Wirbelsäule.',
        'Hör auf bei Schwindel, Sehstörungen, Kopfschmerzen oder jedem Kribbeln in den Armen.',
      ],
      avoid: [
        'Die Vorderseite und die Seiten des Halses: Druck auf die Halsschlagader kann den Herzschlag verlangsamen und zu Ohnmacht führen.',
        'Die knöcherne Mitte des Nackens: Die Bälle liegen links und rechts der Wirbelsäule, nie darauf, und eine Rolle gehört nicht an den Nacken.',
        'Den Kopf nach unten drücken: Das Gewicht des Kopfes ist für diese Stelle Druck genug.',
      ],
      cautions: [
        'Hör sofort auf bei Schwindel, Sehstörungen, Kopfschmerzen oder Kribbeln, Taubheit oder Schwäche in den Armen.',
        'Eine frische Nackenverletzung wie ein Schleudertrauma oder Nackenschmerzen nach einem Sturz: lass dich stattdessen ärztlich untersuchen.',
        'Osteoporose oder bekannte Probleme mit den Blutgefäßen am Hals: frag zuerst eine medizinische Fachkraft.',
        'Schwanger nach dem ersten Trimester: lieg nur kurz auf dem Rücken oder stütz den Oberkörper mit Kissen ab; frag deine Hebamme, deine Ärztin oder deinen Arzt.',
      ],
      why: 'Kann Verspannungen im Nacken und an der Schädelbasis für eine Weile lindern, zum Beispiel nach einem Tag am Bildschirm.',
      pressure: {
        lighter: 'Leg ein gefaltetes Handtuch über die Bälle oder nimm weichere Bälle.',
        deeper: 'Gib hier keinen zusätzlichen Druck; bleib lieber etwas länger und atme.',
      },
      muscles: ['kleine Muskeln direkt unter dem Schädel', 'Nacken', 'langer Muskel hinten am Nacken'],
      offFloor: [
        'Steck zwei Bälle in Tennisballgröße in eine Socke und knote sie zu.',
        'Setz dich auf einen Stuhl, der an einer Wand steht, oder stell dich mit dem Rücken an die Wand und leg die Bälle zwischen Wand und Schädelbasis, einen auf jeder Seite der Wirbelsäule.',
        'Lehn den Kopf nur so weit an, wie es sich leicht anfühlt. Drück nicht.',
        'Nick 5-mal klein und langsam, jeweils etwa eine Fingerbreite, dann dreh den Kopf 5-mal klein und langsam.',
        'Hör auf bei Schwindel, Sehstörungen, Kopfschmerzen oder jedem Kribbeln in den Armen.',
      ],
    },
    pecs: {
      name: 'Brust (Brustmuskeln)',
      setup:
        'Stell dich mit dem Gesicht zu einer Wand oder einem Türrahmen und leg einen Ball zwischen Wand und Brustmuskel, knapp unterhalb des Schlüsselbeins und eine Handbreit von der Schultervorderseite zur Brustmitte hin.',
      spoken:
        'Gesicht zur Wand, den Ball unter dem Schlüsselbein, eine Handbreit von der Schulter zur Mitte hin. Lehn dich an und atme langsam.',
      steps: [
        'Lehn dich an, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Halt still und atme ein paar Atemzüge lang langsam.',
        'Schieb den Arm dieser Seite langsam 5-mal an der Wand hinauf und wieder hinunter.',
        'Verschieb den Ball um 2 bis 3 cm Richtung Brustbein oder Schulter und wiederhole es, dann wechsle die Seite.',
      ],
      cues: [
        'Bleib auf dem Muskel, unterhalb des Schlüsselbeins und weg von der Achsel.',
        'Kribbeln im Arm oder in der Hand heißt: geh von der Stelle weg.',
        'Atme langsam und lass die Schulter weich werden.',
      ],
      avoid: [
        'Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.',
        'Schlüsselbein und Brustbein: Knochen.',
        'Brustgewebe.',
        'Jedes implantierte Gerät wie ein Herzschrittmacher oder Port: halt großen Abstand.',
      ],
      cautions: [
        'Ein implantiertes Gerät, Brustimplantate oder eine Operation an Brustkorb oder Brust vor Kurzem: frag zuerst deine Ärztin oder deinen Arzt.',
        'Osteoporose: drück nur leicht, denn der Ball liegt über den Rippen, oder lass die Übung weg.',
        'Kribbeln, Taubheit oder Schwäche im Arm: sofort von der Stelle weggehen.',
      ],
      why: 'Kann ein verspanntes Gefühl vorn an Brust und Schulter für eine Weile lindern und eine Brustdehnung im Türrahmen leichter machen.',
      pressure: {
        lighter: 'Lehn dich weniger an oder nimm einen weicheren Ball.',
        deeper: 'Lehn dich mehr an die Wand; bleib im gut auszuhaltenden Bereich.',
      },
      muscles: ['großer Brustmuskel', 'kleiner Muskel darunter, zur Schulter hin'],
    },
    'front-deltoid': {
      name: 'Schultervorderseite (vorderer Deltamuskel)',
      setup:
        'Stell dich seitlich zu einer Wand oder einem Türrahmen und dreh dich etwas zu ihr hin. Leg einen Ball zwischen Wand und Schultervorderseite, auf den runden Muskel knapp unterhalb und vor der knöchernen Schulterspitze.',
      spoken: 'Seitlich zur Wand, den Ball vorn auf der Schulter, knapp unter der knöchernen Spitze. Lehn dich an und atme langsam.',
      steps: [
        'Lehn dich an, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Halt still und atme ein paar Atemzüge lang langsam.',
        'Lass den Ellbogen gebeugt und schwing den Arm langsam 5-mal etwas nach vorn und zurück.',
        'Verschieb den Ball um 2 bis 3 cm tiefer auf der Schulterkappe und wiederhole es, dann wechsle die Seite.',
      ],
      cues: [
        'Bleib auf dem runden Muskel der Schulterkappe, außerhalb von Brust und Achsel.',
        'Kribbeln im Arm oder in der Hand heißt: geh von der Stelle weg.',
        'Atme langsam und lass die Schulter weich werden.',
      ],
      avoid: [
        'Die knöcherne Schulterspitze und das Schlüsselbein: Knochen.',
        'Die Mulde zwischen Brust und Schulter, direkt unter dem Schlüsselbein: Darunter verlaufen Nerven und Blutgefäße zum Arm.',
        'Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.',
      ],
      cautions: [
        'Eine frische Schulterverletzung, Ausrenkung oder Operation: frag zuerst eine medizinische Fachkraft.',
        'Schmerzen vorn an der Schulter, wenn du den Arm hebst: lass es abklären, statt auf die schmerzende Stelle zu drücken.',
        'Kribbeln, Taubheit oder Schwäche im Arm: sofort von der Stelle weggehen.',
      ],
      why: 'Kann ein verspanntes oder schmerzendes Gefühl vorn an der Schulter für eine Weile lindern, zum Beispiel nach Drücken, Schieben oder einem langen Tag am Schreibtisch.',
      pressure: {
        lighter: 'Lehn dich weniger an oder nimm einen weicheren Ball.',
        deeper: 'Lehn dich etwas mehr an die Wand; bleib im gut auszuhaltenden Bereich.',
      },
      muscles: ['Vorderseite der Schulterkappe'],
    },
    infraspinatus: {
      name: 'Schulterblattrückseite (Untergrätenmuskel)',
      setup:
        'Stell dich mit dem Rücken zu einer Wand und leg einen Ball auf die flache Rückseite eines Schulterblatts, unterhalb der Knochenleiste, die quer über seinen oberen Teil läuft.',
      spoken:
        'Rücken zur Wand, den Ball auf der flachen Seite eines Schulterblatts, unter der Knochenleiste. Lehn dich an und atme langsam.',
      steps: [
        'Lehn dich in den Ball, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Halt still und atme ein paar Atemzüge lang langsam.',
        'Lass den Ellbogen seitlich am Körper, im 90-Grad-Winkel gebeugt, und dreh den Unterarm langsam 5- bis 8-mal nach außen und innen.',
        'Verschieb den Ball um 2 bis 3 cm und wiederhole es, dann wechsle die Seite.',
      ],
      cues: [
        'Bleib auf dem flachen Teil des Schulterblatts, unterhalb der Leiste.',
        'Halt die Bewegung langsam und klein.',
        'Kribbeln im Arm heißt: geh von der Stelle weg.',
      ],
      avoid: [
        'Die Knochenleiste quer über dem oberen Schulterblatt: Knochen.',
        'Die Rückseite des Schultergelenks: Gelenk.',
        'Die Achselhöhle: Dort liegen Nerven und Blutgefäße dicht unter der Haut.',
      ],
      cautions: [
        'Eine frische Schulterverletzung, Ausrenkung oder Operation: frag zuerst eine medizinische Fachkraft.',
        'Kribbeln, Taubheit oder Schwäche im Arm: sofort von der Stelle weggehen.',
      ],
      why: 'Kann ein verspanntes oder schmerzendes Gefühl hinten an der Schulter für eine Weile lindern, zum Beispiel vor dem Werfen, Drücken oder Schwimmen.',
      pressure: {
        lighter: 'Stell die Füße näher an die Wand, damit du dich weniger anlehnst.',
        deeper: 'Leg dich auf den Boden, den Ball unter dem Schulterblatt.',
      },
      muscles: ['Rückseite des Schulterblatts'],
    },
    'rear-deltoid': {
      name: 'Schulterrückseite (hinterer Deltamuskel)',
      setup:
        'Stell dich mit dem Rücken zu einer Wand, etwas seitlich gedreht, und leg einen Ball zwischen Wand und Schulterrückseite, auf den runden Muskel knapp hinter und unterhalb der knöchernen Schulterspitze.',
      spoken:
        'Rücken zur Wand, etwas seitlich gedreht, den Ball hinten an der Schulter, unter der knöchernen Spitze. Lehn dich zurück und atme.',
      steps: [
        'Lehn dich zurück, bis du einen gleichmäßigen, gut auszuhaltenden Druck spürst.',
        'Halt still und atme ein paar Atemzüge lang langsam.',
        'Führ den Arm langsam 5-mal quer vor die Brust und zurück.',
        'Verschieb den Ball um 2 bis 3 cm, bleib auf der Schulterkappe, und wiederhole es, dann wechsle die Seite.',
      ],
      cues: [
        'Bleib auf der Schulterkappe, außerhalb des Schulterblatts und hinter der Achsel.',
        'Kribbeln oder Taubheit außen an der Schulter oder den Arm hinunter heißt: geh von der Stelle weg.',
        'Halt die Bewegung langsam und klein.',
      ],
      avoid: [
        'Die knöcherne Schulterspitze und die Knochenleiste quer über dem oberen Schulterblatt: Knochen.',
        'Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.',
        'Weit unten an der Schulterrückseite, wo sie in den Oberarm übergeht: Dort windet sich ein Nerv zum Schultermuskel um den Knochen.',
      ],
      cautions: [
        'Eine frische Schulterverletzung, Ausrenkung oder Operation: frag zuerst eine medizinische Fachkraft.',
        'Kribbeln, Taubheit oder Schwäche im Arm oder Taubheit außen an der Schulter: sofort von der Stelle weggehen.',
      ],
      why: 'Kann ein verspanntes Gefühl hinten an der Schulter für eine Weile lindern, zum Beispiel nach Rudern, Ziehen oder Werfen.',
      pressure: {
        lighter: 'Stell die Füße näher an die Wand, damit du dich weniger anlehnst.',
        deeper: 'Lehn dich etwas mehr an die Wand; bleib im gut auszuhaltenden Bereich.',
      },
      muscles: ['Rückseite der Schulterkappe'],
    },
    teres: {
      name: 'Außenrand des Schulterblatts (Teres)',
      setup:
        'Leg dich auf die Seite, den unteren Arm über den Kopf gestreckt. Leg den Ball unter die hintere Achselfalte, an den Außenrand des Schulterblatts.',
      spoken: 'Auf der Seite, den unteren Arm über dem Kopf, den Ball am Außenrand des Schulterblatts, hinter der Achsel. Atme langsam.',
      steps: [
        'Dreh dich etwas zum Rücken hin, sodass der Ball auf dem Muskel neben dem Rand des Schulterblatts liegt.',
        'Lass dein Gewicht sinken und atme ein paar Atemzüge lang langsam.',
        'Beug und streck den Arm über dem Kopf langsam 5-mal.',
        'Verschieb den Ball um 2 bis 3 cm am Rand entlang und wiederhole es, dann wechsle die Seite.',
      ],
      cues: [
        'Bleib hinter der Achsel, auf der hinteren Falte, nie in der Achselhöhle.',
        'Kribbeln im Arm oder in der Hand heißt: geh von der Stelle weg.',
      ],
      avoid: ['Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.', 'Das Schultergelenk: Gelenk.'],
      cautions: [
        'Eine frische Schulterverletzung, Ausrenkung oder Operation: frag zuerst eine medizinische Fachkraft.',
        'Kribbeln, Taubheit oder Schwäche im Arm: sofort von der Stelle weggehen.',
        'Osteoporose: drück nur leicht oder lass die Übung weg.',
      ],
      why: 'Kann Verspannungen hinten an der Achsel für eine Weile lindern und Greifen über Kopf leichter machen.',
      pressure: {
        lighter: 'Dreh dich weiter auf den Rücken und nimm Gewicht auf die Beine, oder nimm eine Rolle.',
        deeper: 'Dreh dich etwas mehr auf die Seite über den Ball.',
      },
      muscles: ['Außenrand des Schulterblatts, unterer Teil', 'Außenrand des Schulterblatts, oberer Teil'],
      offFloor: [
        'Stell dich seitlich zu einer Wand und streck den wandnahen Arm an der Wand hinauf.',
        'Leg einen Ball zwischen Wand und die hintere Achselfalte, an den Außenrand des Schulterblatts.',
        'Dreh die Brust etwas von der Wand weg, sodass der Ball auf dem Muskel neben dem Rand des Schulterblatts liegt, nie in der Achselhöhle.',
        'Lehn dich sanft an und atme ein paar Atemzüge lang langsam, dann beug und streck den erhobenen Arm langsam 5-mal.',
        'Verschieb den Ball um 2 bis 3 cm am Rand entlang und wiederhole es, dann wechsle die Seite.',
      ],
    },
    'forearm-flexors': {
      name: 'Unterarm, Handflächenseite (Beuger)',
      setup:
        'Setz dich an einen Tisch und leg den Unterarm mit der Handfläche nach unten auf einen Ball, sodass die Handflächenseite des Unterarms auf dem Ball liegt. Leg die andere Hand oben auf den Unterarm, um sanften Druck zu geben.',
      spoken:
        'Am Tisch, Handfläche nach unten, den Unterarm auf dem Ball, die andere Hand obendrauf. Roll langsam zum Handgelenk und zurück.',
      steps: [
        'Beginn ein paar Finger breit unterhalb des Knochenhöckers an der Innenseite des Ellbogens, auf dem Muskel.',
        'Roll langsam Richtung Handgelenk, halt ein paar Finger breit davor an, dann zurück.',
        'Dreh den Unterarm etwas nach beiden Seiten, um den inneren und äußeren Teil zu erreichen.',
        'Halt an einer empfindlichen Stelle an, mach langsam eine Faust und öffne die Hand, dann beug das Handgelenk auf und ab, jeweils 5-mal.',
        'Wechsle den Arm.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Kribbeln in den Fingern heißt: geh von der Stelle weg.',
        'Lass die Schultern locker.',
      ],
      avoid: [
        'Der Knochenhöcker an der Innenseite des Ellbogens und die Rinne direkt dahinter: Dort liegt der Ellennerv dicht unter der Haut (der „Musikantenknochen“).',
        'Die Ellenbeuge: Ein großes Blutgefäß und ein Nerv verlaufen hindurch.',
        'Das Handgelenk: Gelenk und Sehnen.',
      ],
      cautions: [
        'Kribbeln oder Taubheit in den Fingern: sofort von der Stelle weggehen.',
        'Eine frische Verletzung an Handgelenk oder Ellbogen oder nachts taube Finger: lass es abklären, statt zu rollen.',
      ],
      why: 'Kann Verspannungen im Unterarm nach Tippen, Greifen, Klettern oder Heben für eine Weile lindern.',
      pressure: {
        lighter: 'Nimm die obere Hand weg und lass den Unterarm auf dem Ball ruhen.',
        deeper: 'Drück mit der oberen Hand etwas fester.',
      },
      muscles: ['Handflächenseite des Unterarms', 'Handflächenseite, knapp unterhalb des Ellbogens'],
    },
    'forearm-extensors': {
      name: 'Unterarm, Rückseite (Strecker)',
      setup:
        'Setz dich an einen Tisch und leg den Unterarm mit der Handfläche nach oben auf einen Ball, sodass die Rückseite des Unterarms auf dem Ball liegt. Leg die andere Hand oben auf den Unterarm, um sanften Druck zu geben.',
      spoken:
        'Am Tisch, Handfläche nach oben, den Unterarm auf dem Ball, die andere Hand obendrauf. Roll langsam zum Handgelenk und zurück.',
      steps: [
        'Beginn ein paar Finger breit unterhalb des Knochenvorsprungs an der Außenseite des Ellbogens.',
        'Roll langsam Richtung Handgelenk, halt ein paar Finger breit davor an, dann zurück.',
        'Dreh den Unterarm etwas nach beiden Seiten, um die Daumenseite und die Mitte zu erreichen.',
        'Halt an einer empfindlichen Stelle an, mach langsam eine Faust und öffne die Hand, dann beug das Handgelenk auf und ab, jeweils 5-mal.',
        'Wechsle den Arm.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Kribbeln in der Hand heißt: geh von der Stelle weg.',
        'Lass die Schultern locker.',
      ],
      avoid: ['Der Knochenvorsprung an der Außenseite des Ellbogens: Knochen und Sehne.', 'Das Handgelenk: Gelenk und Sehnen.'],
      cautions: [
        'Schmerzen außen am Ellbogen, die seit Wochen anhalten: drück nicht auf die schmerzende Stelle; lass es ärztlich oder physiotherapeutisch abklären.',
        'Kribbeln oder Taubheit in der Hand: sofort von der Stelle weggehen.',
      ],
      why: 'Kann Verspannungen im Unterarm nach Tippen, Greifen, Klettern oder Heben für eine Weile lindern.',
      pressure: {
        lighter: 'Nimm die obere Hand weg und lass den Unterarm auf dem Ball ruhen.',
        deeper: 'Drück mit der oberen Hand etwas fester.',
      },
      muscles: ['Rückseite des Unterarms', 'Daumenseite des Unterarms'],
    },
    biceps: {
      name: 'Oberarmvorderseite (Bizeps)',
      setup:
        'Setz dich und leg den Arm mit der Handfläche nach oben auf einen Tisch; halt den Massagestab mit der anderen Hand quer vor den Oberarm. Mit einem Ball stell dich stattdessen neben eine Wand und dreh dich etwas zu ihr hin, sodass der Ball zwischen Wand und Oberarmvorderseite liegt.',
      spoken: 'Arm auf den Tisch, Handfläche nach oben, den Stab quer auf dem Oberarm. Roll langsam abwärts, halt über der Ellenbeuge an.',
      steps: [
        'Beginn eine Handbreit unterhalb der Schultervorderseite.',
        'Roll langsam die Vorderseite des Oberarms hinunter, halt ein paar Finger breit über der Ellenbeuge an, dann zurück.',
        'Halt an einer empfindlichen Stelle an und beug und streck den Ellbogen langsam 5-mal.',
        'Wechsle den Arm.',
      ],
      cues: [
        'Bleib auf der Vorderseite des Arms, nicht in der Rinne an der Innenseite.',
        'Langsamer, als es sich natürlich anfühlt.',
        'Kribbeln in der Hand heißt: geh von der Stelle weg.',
      ],
      avoid: [
        'Die Ellenbeuge: Gelenk, durch das ein großes Blutgefäß und ein Nerv verlaufen.',
        'Die Rinne an der Innenseite des Oberarms: Dort verlaufen die Hauptschlagader und die Nerven des Arms.',
        'Die Vorderseite des Schultergelenks: Gelenk.',
      ],
      cautions: [
        'Eine frische Bizepszerrung oder Schmerzen vorn an Schulter oder Ellbogen: lass es zuerst ärztlich oder physiotherapeutisch abklären.',
        'Kribbeln oder Taubheit in der Hand: sofort von der Stelle weggehen.',
      ],
      why: 'Kann Verspannungen oder Muskelkater vorn am Oberarm für eine Weile lindern, zum Beispiel nach Heben oder Tragen.',
      pressure: {
        lighter: 'Drück leichter mit dem Massagestab oder lehn dich weniger an die Wand.',
        deeper: 'Drück etwas fester; bleib im gut auszuhaltenden Bereich.',
      },
      muscles: ['Oberarmvorderseite', 'Oberarmvorderseite, tiefer und weiter unten'],
    },
    triceps: {
      name: 'Oberarmrückseite (Trizeps)',
      setup:
        'Leg dich auf die Seite, den unteren Arm über den Kopf gestreckt und die Rolle unter diesem Oberarm, dann dreh dich etwas nach vorn, sodass die Rückseite des Arms, nicht seine Außenseite, auf der Rolle liegt. Leg den Kopf auf ein Kissen oder den Arm.',
      spoken:
        'Auf der Seite, den unteren Arm über dem Kopf, die Armrückseite auf der Rolle. Roll langsam Richtung Schulter, nicht in die Achsel.',
      steps: [
        'Beginn ein paar Finger breit über der Ellbogenspitze.',
        'Roll langsam Richtung Achsel, halt an der Schulterrückseite an, dann zurück.',
        'Dreh den Arm etwas nach beiden Seiten, um den inneren und äußeren Teil zu erreichen.',
        'Halt an einer empfindlichen Stelle an und beug und streck den Ellbogen langsam 5-mal.',
        'Wechsle den Arm.',
      ],
      cues: [
        'Langsamer, als es sich natürlich anfühlt.',
        'Bleib hinter der Achsel, nie darin.',
        'Kribbeln in der Hand heißt: geh von der Stelle weg.',
      ],
      avoid: [
        'Die Ellbogenspitze: Knochen und Gelenk.',
        'Die Achselhöhle: Dort liegen Armnerven, Blutgefäße und Lymphknoten dicht unter der Haut.',
        'Die Rinne an der Innenseite des Oberarms: Dort verlaufen die Hauptschlagader und die Nerven des Arms.',
      ],
      cautions: [
        'Eine frische Schulter- oder Ellbogenverletzung: frag zuerst eine medizinische Fachkraft.',
        'Kribbeln oder Taubheit in der Hand: sofort von der Stelle weggehen.',
      ],
      why: 'Kann Verspannungen oder Muskelkater hinten am Oberarm für eine Weile lindern, zum Beispiel nach Drücken oder Schieben.',
      pressure: {
        lighter: 'Nimm mehr Gewicht auf die obere Hand am Boden oder nimm stattdessen den Ball an der Wand.',
        deeper: 'Heb die obere Hand und lass mehr Gewicht auf dem Arm ruhen.',
      },
      muscles: ['Oberarmrückseite'],
      offFloor: [
        'Stell dich mit dem Gesicht zu einer Wand, heb einen Arm über den Kopf und beug den Ellbogen, sodass die Hand hinter den Kopf sinkt.',
        'Leg einen Ball zwischen Wand und die Rückseite dieses Oberarms, ein paar Finger breit über der Ellbogenspitze.',
        'Lehn dich sanft an und beug und streck die Knie etwas, um den Ball langsam Richtung Achsel und zurück zu rollen; halt an der Schulterrückseite an.',
        'Halt an einer empfindlichen Stelle an und beug und streck den Ellbogen langsam 5-mal ein wenig.',
        'Wechsle den Arm.',
      ],
    },
  },
  presets: {
    'lower-leg': {
      title: 'Unterschenkel und Fuß',
      description:
        'Fußsohle, Waden, Schienbeine und Unterschenkelaußenseite mit Ball und Massagerolle. Passt gut nach einem Spaziergang, einem Lauf oder einem Tag auf den Beinen.',
    },
    'inner-thigh': {
      title: 'Oberschenkelinnenseite, für Knie, die nach innen knicken',
      description:
        'Langsames Arbeiten an der Oberschenkelinnenseite von knapp über dem Knie Richtung Schambein, dazu Waden und Hüften, für Menschen, deren Knie bei Kniebeugen oder Landungen nach innen knicken. Rollen kann diese Bereiche beweglicher wirken lassen; es ergänzt Krafttraining, Beweglichkeit im Sprunggelenk und Bewegungsübung, die verändern, wie sich die Knie bewegen, und ersetzt sie nicht.',
    },
    'neck-relief': {
      title: 'Entlastung für den Nacken',
      description:
        'Oberer Rücken, Schultern und Brust, danach sanftes Arbeiten am Nacken nur mit dem Gewicht des Kopfes auf zwei Bällen in einer Socke. Hör auf bei Schwindel, Sehstörungen, Kopfschmerzen oder Beschwerden in den Armen.',
    },
    'desk-worker': {
      title: 'Für den Schreibtisch',
      description:
        'Für die Stellen, die sich nach langem Sitzen oft steif anfühlen: oberer Rücken, Brust, Hüftvorderseite, Gesäß, Unterarme und Nacken.',
    },
    'runner-recovery': {
      title: 'Erholung nach dem Laufen',
      description:
        'Längeres, langsames Rollen der großen Beinmuskeln nach einem Lauf; das kann Muskelkater in den nächsten ein, zwei Tagen lindern. Halt es an der Oberschenkelaußenseite leicht und kurz.',
    },
    'pre-workout': {
      title: 'Vor dem Training',
      description:
        'Langsames Rollen der wichtigsten Muskeln vor dem Training, je 45 bis 60 Sekunden: In Studien änderte ein einzelner Durchgang von 30 Sekunden die Beweglichkeit nicht, längeres, langsameres Rollen schon, für eine Weile. So zu rollen scheint der Leistung nicht zu schaden; mach danach dein übliches Aufwärmen.',
    },
    'full-body-10': {
      title: 'Ganzkörper in 10 Minuten',
      description:
        'Ein kurzer Durchgang über Beine, Hüften, Rücken und Schultern mit Massagerolle und Ball, etwa zehn Minuten von Anfang bis Ende.',
    },
    'upper-back-shoulders': {
      title: 'Oberer Rücken und Schultern',
      description:
        'Oberer Rücken, zwischen den Schulterblättern, Rückseite und Seiten der Schultern und die Brust. Kann Greifen über Kopf oder aufrechtes Sitzen für eine Weile leichter machen.',
    },
    'forearms-arms': {
      title: 'Unterarme und Arme',
      description: 'Unterarme, Bizeps und Trizeps mit Ball oder Massagestab, nach Tippen, Greifen, Klettern oder Heben.',
    },
    'hips-glutes': {
      title: 'Hüften und Gesäß',
      description: 'Gesäß, Seite und Vorderseite der Hüften und der seitliche untere Rücken, sanft und nie auf der Wirbelsäule.',
    },
    'chair-and-wall': {
      title: 'Stuhl und Wand (ohne Boden)',
      description:
        'Alles im Stehen an einer Wand oder im Sitzen am Tisch, für alle, die nicht auf den Boden können oder lieber nicht wollen: oberer Rücken, Brust, Schultern, Unterarme und Fußsohle.',
    },
  },
  regions: {
    pecs: 'Brust (Brustmuskeln)',
    'front-deltoid': 'Schultervorderseite (vorderer Deltamuskel)',
    serratus: 'Seitliche Rippen (vorderer Sägemuskel)',
    biceps: 'Oberarmvorderseite (Bizeps)',
    'forearm-flexors': 'Unterarminnenseite (Hand- und Fingerbeuger)',
    'hip-flexors': 'Hüftvorderseite (Hüftbeuger)',
    tfl: 'Vordere äußere Hüfte (TFL)',
    quadriceps: 'Oberschenkelvorderseite (Quadrizeps)',
    adductors: 'Oberschenkelinnenseite (Adduktoren)',
    'it-band': 'Oberschenkelaußenseite (Tractus iliotibialis)',
    'tibialis-anterior': 'Schienbeinmuskel (vorderer Schienbeinmuskel)',
    peroneals: 'Unterschenkel außen (Wadenbeinmuskeln)',
    'avoid-neck-front': 'Vorderseite des Halses (hier nie rollen)',
    'avoid-femoral-triangle': 'Leiste und oberer innerer Oberschenkel (hier nie rollen)',
    'avoid-axilla': 'Achselhöhle (hier nie rollen)',
    'avoid-abdomen': 'Bauch (hier nie rollen)',
    suboccipitals: 'Schädelbasis (subokzipitale Muskeln)',
    'neck-posterior': 'Nacken',
    'upper-trapezius': 'Schulteroberseite (oberer Trapezmuskel)',
    rhomboids: 'Zwischen den Schulterblättern (Rautenmuskeln)',
    'thoracic-spine': 'Oberer und mittlerer Rücken (Muskeln der Brustwirbelsäule)',
    infraspinatus: 'Schulterblattrückseite (Untergrätenmuskel)',
    'rear-deltoid': 'Schulterrückseite (hinterer Deltamuskel)',
    teres: 'Außenrand des Schulterblatts (Teres)',
    lats: 'Seitlicher Rücken (breiter Rückenmuskel)',
    triceps: 'Oberarmrückseite (Trizeps)',
    'forearm-extensors': 'Unterarmaußenseite (Hand- und Fingerstrecker)',
    'quadratus-lumborum': 'Seitlicher unterer Rücken (quadratischer Lendenmuskel)',
    'glute-max': 'Gesäß (großer Gesäßmuskel)',
    'glute-med': 'Obere äußere Hüfte (mittlerer Gesäßmuskel)',
    piriformis: 'Tiefes Gesäß (birnenförmiger Muskel)',
    hamstrings: 'Oberschenkelrückseite (hintere Oberschenkelmuskulatur)',
    calves: 'Wade (Zwillingswadenmuskel und Schollenmuskel)',
    'plantar-fascia': 'Fußsohle (Plantarfaszie)',
    'avoid-lumbar-spine': 'Untere Wirbelsäule (nie direkt darauf rollen)',
    'avoid-popliteal': 'Kniekehle (hier nie rollen)',
  },
  concerns: {
    'knee-valgus': {
      label: 'Meine Knie knicken bei Kniebeugen oder Landungen nach innen',
      note: 'Rollen kann Verspannungen für eine Weile lindern; was verändert, wie sich die Knie bewegen, sind Kraft, Beweglichkeit im Sprunggelenk und Landeübungen. Knieschmerzen gehören in ärztliche oder physiotherapeutische Hände.',
      reasons: {
        adductors:
          'Das Rollen der Oberschenkelinnenseite (der Adduktoren; den Kammmuskel darüber nur an seinem unteren Rand) war Teil eines Trainingsprogramms, das das Einknicken der Knie verringerte, zusammen mit Kraft- und Gleichgewichtsübungen. Für sich allein kann es dort Verspannungen für eine Weile lindern.',
        calves:
          'Weniger Beugung im Sprunggelenk ging in Studien damit einher, dass die Knie bei der Kniebeuge nach innen wandern; Rollen kann eine Wadendehnung leichter machen.',
        'glute-med':
          'Kraft seitlich an der Hüfte gehört zu dem, was für die Kniekontrolle untersucht wurde; Rollen kann dort Verspannungen lindern, bevor du sie trainierst.',
        tfl: 'Rollen vorn-außen an der Hüfte kann dort Verspannungen für eine Weile lindern. Dass dieser Muskel die Knie nach innen zieht, ist eine Theorie, keine gemessene Tatsache.',
        'glute-max': 'Ein entspannteres Gesäß kann die Hüftbewegung bei Kniebeugen und Landungen freier wirken lassen.',
      },
    },
    'desk-neck': {
      label: 'Mein Nacken und meine Schultern sind nach der Schreibtischarbeit steif',
      reasons: {
        'upper-trapezius': 'Die Schulteroberseite fühlt sich nach langen Stunden am Schreibtisch oft verspannt an.',
        neck: 'Nacken und Schädelbasis fühlen sich nach langer Bildschirmzeit oft verspannt an.',
        pecs: 'Eine entspanntere Brust kann aufrechtes Sitzen und eine Dehnung im Türrahmen für eine Weile angenehmer machen.',
        'thoracic-spine': 'Ein entspannterer oberer Rücken kann aufrechtes Sitzen angenehmer machen.',
        rhomboids: 'Die Muskeln zwischen den Schulterblättern fühlen sich nach langem Sitzen oft müde an.',
      },
    },
    'runner-calves': {
      label: 'Meine Waden sind nach dem Laufen verspannt',
      reasons: {
        calves: 'Die Waden leisten bei jedem Schritt viel Arbeit und haben danach oft Muskelkater.',
        'plantar-fascia': 'Die Fußsohle arbeitet mit den Waden zusammen und kann sich nach langen Läufen verspannt anfühlen.',
        peroneals: 'Der äußere Unterschenkel stabilisiert das Sprunggelenk bei jeder Landung.',
        'tibialis-anterior': 'Der Schienbeinmuskel hebt bei jedem Schritt den Fuß und kann nach Bergläufen oder Tempotraining schmerzen.',
        hamstrings: 'Eine entspanntere Oberschenkelrückseite kann den nächsten Lauf runder wirken lassen.',
      },
    },
    'low-back-sitting': {
      label: 'Mein unterer Rücken ist nach dem Sitzen verspannt',
      note: 'Wir rollen nie direkt über die Lendenwirbelsäule. Rückenschmerzen, die ins Bein ausstrahlen oder mit Taubheit einhergehen, gehören in ärztliche Hände; bei einer Veränderung der Blasen- oder Darmkontrolle oder Taubheit zwischen den Beinen hol dir sofort notärztliche Hilfe.',
      reasons: {
        'glute-max': 'Viele fühlen sich nach dem Sitzen im Gesäß steif an; Rollen kann das für eine Weile lindern.',
        'hip-flexors': 'Die Hüftvorderseite bleibt im Sitzen gebeugt; sie zu rollen kann aufrechtes Stehen für eine Weile leichter machen.',
        'quadratus-lumborum':
          'Ein sanft gehaltener Ball neben (nie auf) der Wirbelsäule kann Verspannungen seitlich am unteren Rücken lindern.',
        piriformis: 'Das tiefe Gesäß fühlt sich nach langem Sitzen oft verspannt an.',
        hamstrings: 'Eine entspanntere Oberschenkelrückseite kann das Vorbeugen für eine Weile leichter machen.',
      },
    },
    'tight-hips': {
      label: 'Meine Hüften fühlen sich verspannt an',
      reasons: {
        'hip-flexors': 'Die Hüftvorderseite verspannt sich durch Sitzen und Laufen.',
        'glute-med': 'Die seitliche Hüfte stabilisiert dich auf einem Bein und fühlt sich oft verspannt an.',
        piriformis: 'Die tiefen Hüftrotatoren können das Auswärtsdrehen der Hüfte begrenzen.',
        adductors: 'Die Oberschenkelinnenseite begrenzt, wie weit die Beine auseinandergehen.',
        tfl: 'Der kleine Muskel vorn an der Hüfte arbeitet mit der seitlichen Hüfte zusammen.',
      },
    },
    'sore-legs': {
      label: 'Meine Beine haben nach dem Training Muskelkater',
      reasons: {
        quadriceps: 'Rollen nach dem Training kann Muskelkater in den nächsten ein, zwei Tagen verringern.',
        hamstrings: 'Die Oberschenkelrückseite hat nach Sprints und Hüftbeugeübungen oft Muskelkater.',
        calves: 'Die Waden haben nach Springen, Laufen und Treppensteigen Muskelkater.',
        'glute-max': 'Das Gesäß hat nach Kniebeugen und Ausfallschritten Muskelkater.',
        adductors: 'Die Oberschenkelinnenseite hat nach Ausfallschritten, Sprints und Richtungswechseln Muskelkater.',
      },
    },
    'busy-forearms': {
      label: 'Meine Unterarme sind vom Tippen oder Greifen müde',
      reasons: {
        'forearm-flexors': 'Die Muskeln an der Handflächenseite des Unterarms schließen die Hand und greifen.',
        'forearm-extensors': 'Die Muskeln an der Unterarmrückseite heben beim Tippen das Handgelenk.',
        biceps: 'Die Oberarmvorderseite arbeitet bei jedem Tragen und Ziehen mit.',
        triceps: 'Die Oberarmrückseite arbeitet bei jedem Drücken mit.',
      },
    },
    'overhead-stiff': {
      label: 'Greifen über Kopf fühlt sich steif an',
      reasons: {
        lats: 'Die breiten Rückenmuskeln begrenzen, wie weit die Arme über den Kopf gehen.',
        'thoracic-spine': 'Ein entspannterer, weniger steifer oberer Rücken kann das Hochgreifen für eine Weile leichter machen.',
        pecs: 'Eine entspanntere Brust- und Schultervorderseite kann das Hochgreifen für eine Weile freier wirken lassen.',
        teres: 'Der Außenrand des Schulterblatts verspannt sich durch Ziehen und Werfen.',
        infraspinatus: 'Die Schulterblattrückseite dreht den Arm und ist oft druckempfindlich.',
      },
    },
  },
  safety: {
    note: 'Selbstmassage mit Rolle oder Ball kann die Behandlung durch Masseurinnen und Masseure, Physiotherapeutinnen und Physiotherapeuten oder Ärztinnen und Ärzte ergänzen, aber nicht ersetzen. Der Druck soll unangenehm, aber gut auszuhalten sein; hör auf, wenn du stechenden Schmerz, Taubheit oder Kribbeln spürst. Halt das Hilfsmittel fern von Verletzungen, Blutergüssen, Krampfadern und jeder bekannten Tumorstelle. Wenn du schwanger bist, eine Gerinnungs- oder Blutungsstörung hast, Blutverdünner nimmst, Osteoporose hast oder Krebs hattest, frag vor dem Start eine medizinische Fachkraft. Bei vermindertem Gefühl (zum Beispiel durch Diabetes oder Neuropathie), sehr beweglichen Gelenken (Hypermobilität) oder Haut, die leicht blaue Flecken bekommt oder einreißt, nimm ein weiches Hilfsmittel und leichten Druck und dehn nicht bis ans Ende deines Bewegungsumfangs, während das Hilfsmittel auf einer Stelle drückt.',
    beforeYouStart: {
      'no-recent-injury': 'Keine frische Verletzung, kein Knochenbruch und keine Operation an den Stellen, die ich bearbeite.',
      'no-nerve-symptoms': 'Gerade keine Taubheit, kein Kribbeln und kein stechender Schmerz.',
      'no-calf-swelling': 'Keine Wade ist geschwollen, warm, gerötet oder schmerzhaft.',
      'skin-ok': 'Keine offenen Wunden, Blutergüsse, Ausschläge oder Infektionen, wo ich drücke.',
      'pregnancy-ok':
        'Ich bin nicht schwanger oder bin erst im ersten Trimester, oder ich habe mich fachlich beraten lassen, was Rückenlage und Druck nahe dem Bauch angeht.',
      'conditions-ok':
        'Falls ich Osteoporose oder eine Gerinnungs- oder Blutungsstörung habe oder Blutverdünner nehme, hat mir eine medizinische Fachkraft gesagt, dass das für mich in Ordnung ist.',
      'no-chest-symptoms': 'Keine Brustschmerzen und keine plötzliche Atemnot. (Falls doch, hol dir sofort notärztliche Hilfe.)',
      'no-saddle-symptoms':
        'Keine neue Veränderung der Blasen- oder Darmkontrolle und keine Taubheit zwischen den Beinen oder rund ums Gesäß. (Falls doch, hol dir sofort notärztliche Hilfe.)',
      'no-head-neck-warning':
        'Keine plötzlichen, heftigen Kopfschmerzen und keine Nackenschmerzen mit Schwindel, Doppeltsehen oder Schwierigkeiten beim Sprechen oder Schlucken. (Falls doch, hol dir sofort notärztliche Hilfe.)',
      'no-hot-joint': 'Kein heißes, geschwollenes Gelenk.',
      'cancer-ok':
        'Falls ich Krebs hatte oder ohne erkennbaren Grund abgenommen habe, hat mich eine Ärztin oder ein Arzt untersucht und es für in Ordnung befunden, und ich halte das Hilfsmittel fern von jeder bekannten Tumorstelle.',
      'light-if-needed':
        'Falls ich vermindertes Gefühl habe (zum Beispiel durch Diabetes oder Neuropathie), sehr bewegliche Gelenke oder Haut, die leicht blaue Flecken bekommt oder einreißt, nehme ich ein weiches Hilfsmittel und leichten Druck und dehne nicht bis ans Ende meines Bewegungsumfangs, während das Hilfsmittel auf einer Stelle drückt.',
    },
    stopSigns: [
      'Stechender, einschießender oder brennender Schmerz.',
      'Taubheit oder Kribbeln, egal wo.',
      'Schwindel oder das Gefühl, ohnmächtig zu werden.',
      'Ein Puls unter dem Hilfsmittel: schieb es weg.',
      'Schmerzen, die schlimmer werden oder bis zum nächsten Tag anhalten.',
      'Blaue Flecken danach: geh beim nächsten Mal leichter heran oder lass diese Stelle aus.',
    ],
    redFlags: {
      'chest-breathless': {
        text: 'Brustschmerzen oder plötzliche Atemnot.',
        advice:
          'Nicht rollen. Brustschmerzen oder plötzliche Atemnot können ein Blutgerinnsel in der Lunge bedeuten, besonders zusammen mit einer geschwollenen Wade: hol dir sofort notärztliche Hilfe (ruf den Notruf an).',
      },
      'bladder-bowel': {
        text: 'Eine neue Veränderung der Blasen- oder Darmkontrolle oder Taubheit zwischen den Beinen oder rund ums Gesäß.',
        advice:
          'Nicht rollen. Vor allem zusammen mit Rückenschmerzen kann das Druck auf die Nerven am unteren Ende der Wirbelsäule bedeuten: hol dir sofort notärztliche Hilfe.',
      },
      'head-neck': {
        text: 'Plötzliche, heftige Kopfschmerzen oder Nackenschmerzen mit Schwindel, Doppeltsehen oder Schwierigkeiten beim Sprechen oder Schlucken.',
        advice:
          'Nicht rollen und nichts an den Hals bringen. Das können Zeichen für ein Problem mit den Blutgefäßen von Hals oder Kopf sein: hol dir sofort notärztliche Hilfe.',
      },
      'sharp-pain': {
        text: 'Stechender, einschießender oder ausstrahlender Schmerz.',
        advice: 'Nicht rollen. Lass zuerst ärztlich oder physiotherapeutisch klären, woher er kommt.',
      },
      numbness: {
        text: 'Taubheit, Kribbeln oder Schwäche.',
        advice: 'Nicht rollen. Das können Nervensymptome sein; lass es ärztlich oder physiotherapeutisch abklären.',
      },
      swelling: {
        text: 'Schwellung, Wärme oder Rötung, besonders an einer Wade.',
        advice:
          'Nicht rollen. Eine geschwollene, warme, gerötete oder schmerzende Wade kann ein Blutgerinnsel sein; hol dir noch am selben Tag ärztliche Hilfe.',
      },
      'recent-injury': {
        text: 'Eine frische Verletzung, ein Sturz oder eine Operation in diesem Bereich.',
        advice:
          'Roll diesen Bereich nicht. Frag dein Behandlungsteam (Arztpraxis, Chirurgie oder Physiotherapie), ab wann du sicher anfangen kannst.',
      },
      'night-pain': {
        text: 'Schmerzen ohne klare Ursache, die dich nachts wecken oder mit Fieber einhergehen.',
        advice: 'Nicht rollen. Geh bald zu einer Ärztin oder einem Arzt, um die Ursache zu finden.',
      },
      'cancer-history': {
        text: 'Krebs in der Vorgeschichte oder Gewichtsverlust, den du dir nicht erklären kannst.',
        advice:
          'Nicht rollen, bis eine Ärztin oder ein Arzt dich untersucht hat. Frag dein Behandlungsteam, ob Druck für dich sicher ist und wo, und halt jedes Hilfsmittel fern von einer bekannten Tumorstelle.',
      },
      'hot-joint': {
        text: 'Ein heißes, geschwollenes Gelenk.',
        advice:
          'Nicht in der Nähe rollen. Ein heißes, geschwollenes Gelenk kann eine Infektion oder eine Gelenkentzündung bedeuten: geh bald zu einer Ärztin oder einem Arzt, noch am selben Tag, wenn du zusätzlich Fieber hast oder dich krank fühlst.',
      },
    },
  },
};
