import type { Messages } from './messages.js';
import { createPlural } from './plural.js';

const plural = createPlural('de');
const events = (count: number): string => `${count} ${plural(count, { one: 'Ereignis', other: 'Ereignisse' })}`;
/** "12 von 53 Ereignissen": after "von" the noun is dative. */
const ofEvents = (visible: number, total: number): string =>
  `${visible} von ${total} ${plural(total, { one: 'Ereignis', other: 'Ereignissen' })}`;

/** Every word of the interface in German; see {@link Messages}. */
export const germanMessages: Messages = {
  zoomGroup: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  showAll: 'Alles zeigen',
  previousEvent: 'Vorheriges Ereignis',
  nextEvent: 'Nächstes Ereignis',
  listView: 'Liste',
  categories: 'Kategorien',
  timelineLabel: (title) => `Zeitleiste: ${title}`,
  timelineHelp:
    'Die Pfeiltasten links und rechts wechseln zwischen den Ereignissen, Enter öffnet die Quellen, Plus und Minus zoomen, 0 zeigt alles.',
  loading: (src) => `Ereignisse werden aus ${src} geladen …`,
  eventCount: (count) => `${events(count)}.`,
  inView: (window, count) => `${window}: ${events(count)}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}.`,
  loadFailed: 'Die Ereignisse konnten nicht geladen werden.',
  problemsHeading: (problems, shown, hasErrors) =>
    `${problems} ${plural(problems, { one: 'Problem', other: 'Probleme' })} in den Daten` +
    (hasErrors
      ? `; ${plural(shown, {
          one: `${shown} gültiges Ereignis wird`,
          other: `${shown} gültige Ereignisse werden`,
        })} angezeigt, die ungültigen sind ausgelassen.`
      : '.'),
  dismiss: 'Ausblenden',
  unknownLinkedEvent: (id) => `Der Link verweist auf ein Ereignis „${id}“, das in dieser Chronologie nicht vorkommt.`,
  close: 'Schließen',
  category: 'Kategorie',
  // The element shows this lower-cased before the precision, "(datiert auf: genauer Tag)".
  dated: 'Datiert auf',
  note: 'Anmerkung zur Quelle',
  sources: 'Quellen',
  footnote: (number) => `Fußnote ${number}`,
  footnoteText: 'Fußnote im Wortlaut',
  noSourcePrinted: 'Diese Fußnote erläutert, statt eine Quelle zu nennen.',
  copyLink: 'Link kopieren',
  copyCitation: 'Quellenangabe kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren nicht möglich; bitte den Text markieren und von Hand kopieren.',
  // The chapter's title stays as published, as in any citation.
  footnotes: (numbers) => `${numbers.length === 1 ? 'Fußnote' : 'Fußnoten'} ${numbers.join(', ')}`,
  overviewLabel: 'Zeitfenster',
  listHeading: 'Alle Ereignisse nach Datum',
  findLabel: 'Ereignisse suchen',
  findPlaceholder: 'Suche: Name, Wort, Quelle …',
  categoryToggleHint: 'Blendet diese Kategorie in der Zeitleiste und in der Liste ein oder aus.',
  categoryToggled: (label, shown, visible, total) =>
    `Kategorie „${label}“ ${shown ? 'eingeblendet' : 'ausgeblendet'}. ${ofEvents(visible, total)} angezeigt.`,
  matches: (visible, total) => `${ofEvents(visible, total)} gefunden.`,
  filteredCount: (visible, total) => `${ofEvents(visible, total)} angezeigt.`,
  clusterTitle: (count) => events(count),
  // Reader (issue 16).
  certaintyMark: (certainty) => (certainty === 'hedged' ? 'die Quelle schränkt dies ein' : 'umstritten'),
  certaintyHeading: (certainty) => (certainty === 'hedged' ? 'Das Kapitel sagt dies mit Einschränkung' : 'Laut Kapitel ist dies umstritten'),
  hedgeWords: 'In den Worten des Kapitels:',
  otherView: 'Die andere Sicht:',
  noSourceForEvent: 'Das Kapitel nennt hierfür keine Quelle.',
  statedOnly: 'Nur fest Behauptetes',
  statedOnlyHint: 'Zeigt nur, was das Kapitel ohne Einschränkung und unbestritten sagt.',
  statedOnlyToggled: (on, visible, total) => `${on ? 'Nur, was das Kapitel fest behauptet' : 'Eingeschränkte und umstrittene Ereignisse wieder eingeblendet'}. ${ofEvents(visible, total)} angezeigt.`,
  byCategory: 'Nach Kategorien',
  byCategoryHint: 'Zeigt jede Kategorie in einer eigenen Spur statt aller Ereignisse in einem Band.',
  byCategoryToggled: (on) => (on ? 'Jede Kategorie in einer eigenen Spur.' : 'Alle Ereignisse in einem Band.'),
  lanesPanel: 'Spuren nach Kategorien: ↑ und ↓ scrollen sie',
  datedExactDay: 'Das Kapitel nennt den genauen Tag.',
  datedExactDays: 'Das Kapitel nennt die genauen Tage.',
  datedOnly: (label) => `Das Kapitel nennt nur: ${label}.`,
  datedOnlyRange: (start, end) => `Das Kapitel nennt nur: ${start} und ${end}.`,
  datedApproximately: (label) => `Ungefähres Datum: ${label}.`,
  citedIn: 'zitiert nach',
  noteAbbreviation: 'Anm.',
  editedBy: 'hg. v.',
  noSourceInCitation: 'das Kapitel nennt keine Quelle',
  exportSources: 'Quellen für die Literaturverwaltung exportieren',
  exportAllSources: 'Alle Quellen exportieren',
  erasHeading: 'Zeitabschnitte, die das Kapitel zieht',
  // Layout (issue 12).
  wheelHint: (apple) => (apple ? 'Zoomen: ⌘ + Mausrad' : 'Zoomen: Strg + Mausrad'),
  otherLane: 'Sonstiges',
  moreControls: 'Mehr',
};
