/**
 * The exercise pictures in words, in German: the text alternative of each catalog exercise's
 * illustration (English in `content/illustration-text.ts`).
 */
export const dePictures: Readonly<Record<string, string>> = {
  'plantar-fascia': 'Auf einem Stuhl sitzend, ein Fuß auf einem Ball am Boden, der Ball unter der vorderen Ferse.',
  calves: 'Auf dem Boden sitzend mit langen Beinen, eine Wade knapp unter dem Knie auf der Rolle, Hände hinten, Becken angehoben.',
  'tibialis-anterior': 'Im Vierfüßlerstand, ein Schienbein eine Handbreit unter dem Knie auf der Rolle, das andere Knie am Boden.',
  peroneals:
    'Auf der Seite liegend, auf den Unterarm unter der Schulter gestützt, die Außenseite des unteren Unterschenkels auf der Rolle, der obere Fuß vorn aufgestellt.',
  hamstrings: 'Auf dem Boden sitzend, ein Oberschenkel knapp unter dem Gesäß auf der Rolle, Hände hinten, Becken angehoben.',
  quadriceps:
    'Bäuchlings auf den Unterarmen, die Vorderseite eines Oberschenkels unter der Hüfte auf der Rolle, das andere Knie seitlich abgewinkelt.',
  'it-band':
    'Auf der Seite liegend, auf den Unterarm unter der Schulter gestützt, die Außenseite des Oberschenkels auf der Rolle, der obere Fuß vorn aufgestellt.',
  tfl: 'Bäuchlings auf den Unterarmen, halb auf eine Seite gedreht, ein Ball unter der Vorderseite dieser Hüfte.',
  adductors: 'Bäuchlings auf den Unterarmen, ein Oberschenkel über dem Knie auf der Rolle, dieses Knie seitlich abgewinkelt.',
  'glute-max': 'Auf der Rolle sitzend, die Hände hinten am Boden, ein Knöchel über das andere Knie gelegt.',
  'glute-med': 'Auf dem Boden zur Seite gelehnt, auf den Unterarm unter der Schulter gestützt, ein Ball unter der Seite der Hüfte.',
  piriformis: 'Auf einem Ball unter einer Gesäßhälfte sitzend, der Knöchel dieser Seite über dem anderen Knie, die Hände hinten am Boden.',
  'hip-flexors': 'Bäuchlings auf den Unterarmen, das obere Ende eines Oberschenkels knapp unter der Hüfte auf der Rolle.',
  'quadratus-lumborum': 'Mit dem Rücken zur Wand stehend, ein Ball zwischen Wand und unterem Rücken, seitlich neben der Wirbelsäule.',
  'thoracic-spine':
    'Zurückgelehnt auf der Rolle quer unter dem oberen Rücken, Knie angewinkelt, Hände hinter dem Kopf, Becken leicht angehoben.',
  lats: 'Auf der Seite liegend, die Rolle auf Höhe der unteren Rippen, der untere Arm über dem Kopf, das obere Knie gebeugt.',
  serratus: 'Seitlich zur Wand stehend, ein Arm erhoben, ein Ball zwischen Wand und der Seite der Rippen.',
  rhomboids: 'Mit dem Rücken zur Wand stehend, die Arme verschränkt, ein Ball zwischen Wand und oberem Rücken neben der Wirbelsäule.',
  'upper-trapezius': 'Mit dem Rücken zur Wand stehend, ein Ball zwischen Wand und der Oberseite einer Schulter.',
  neck: 'Auf dem Rücken liegend, die Knie angewinkelt, die Schädelbasis auf den Bällen.',
  pecs: 'Mit dem Gesicht zur Wand stehend, ein Ball zwischen Wand und Brust, knapp unterhalb des Schlüsselbeins.',
  'front-deltoid': 'Zur Wand hin gedreht stehend, ein Ball zwischen Wand und Schultervorderseite.',
  infraspinatus: 'Mit dem Rücken zur Wand stehend, ein Ball auf dem Schulterblatt, der Ellbogen seitlich am Körper gebeugt.',
  'rear-deltoid': 'Mit dem Rücken zur Wand stehend, ein Ball zwischen Wand und Schulterrückseite.',
  teres: 'Auf der Seite liegend, der untere Arm über dem Kopf, ein Ball unter dem Außenrand des Schulterblatts.',
  'forearm-flexors':
    'An einem Tisch sitzend, der Unterarm mit der Handflächenseite nach unten auf einem Ball, die Hand hängt locker, die andere Hand darauf.',
  'forearm-extensors':
    'An einem Tisch sitzend, der Unterarm mit der Handfläche nach oben, seine Rückseite auf einem Ball, Finger nach oben gekrümmt, die andere Hand darauf.',
  biceps:
    'An einem Tisch sitzend, ein Arm mit der Handfläche nach oben darauf abgelegt, die andere Hand hält einen Massagestab quer vor den Oberarm.',
  triceps: 'Auf der Seite liegend, der untere Arm über den Kopf gestreckt, die Rückseite dieses Oberarms auf der Rolle.',
};
