import type { Messages } from './messages.js';
import { createPlural } from './plural.js';

const plural = createPlural('cs');
const events = (count: number): string =>
  `${count} ${plural(count, { one: 'událost', few: 'události', many: 'události', other: 'událostí' })}`;
/** "12 z 53 událostí", "1 z 1 události": after "z" the noun is genitive, singular only after 1. */
const ofEvents = (visible: number, total: number): string =>
  `${visible} z ${total} ${plural(total, { one: 'události', few: 'událostí', many: 'události', other: 'událostí' })}`;

/** Every word of the interface in Czech; see {@link Messages}. */
export const czechMessages: Messages = {
  zoomGroup: 'Přiblížení',
  zoomIn: 'Přiblížit',
  zoomOut: 'Oddálit',
  showAll: 'Zobrazit vše',
  previousEvent: 'Předchozí událost',
  nextEvent: 'Další událost',
  listView: 'Seznam',
  categories: 'Kategorie',
  timelineLabel: (title) => `Časová osa: ${title}`,
  timelineHelp:
    'Šipky vlevo a vpravo přecházejí mezi událostmi, Enter otevře zdroje, plus a minus mění přiblížení, 0 zobrazí vše.',
  loading: (src) => `Načítají se události z ${src}…`,
  eventCount: (count) => `${events(count)}.`,
  inView: (window, count) => `${window}: ${events(count)}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}.`,
  loadFailed: 'Události se nepodařilo načíst.',
  problemsHeading: (problems, shown, hasErrors) =>
    `${problems} ${plural(problems, { one: 'problém', few: 'problémy', many: 'problému', other: 'problémů' })} v datech` +
    (hasErrors
      ? `; ${plural(shown, {
          one: `zobrazena je ${shown} platná událost`,
          few: `zobrazeny jsou ${shown} platné události`,
          many: `zobrazeno je ${shown} platné události`,
          other: `zobrazeno je ${shown} platných událostí`,
        })}, neplatné jsou vynechány.`
      : '.'),
  dismiss: 'Skrýt',
  unknownLinkedEvent: (id) => `Odkaz vede na událost „${id}“, která v této chronologii není.`,
  close: 'Zavřít',
  category: 'Kategorie',
  dated: 'Datováno',
  note: 'Poznámka ke zdroji',
  sources: 'Zdroje',
  footnote: (number) => `Poznámka ${number}`,
  footnoteText: 'Znění poznámky v originále',
  noSourcePrinted: 'Tato poznámka vysvětluje, neodkazuje na zdroj.',
  copyLink: 'Kopírovat odkaz',
  copyCitation: 'Kopírovat citaci',
  copied: 'Zkopírováno.',
  copyFailed: 'Kopírování se nezdařilo; označte text a zkopírujte ho ručně.',
  // The chapter's title stays as published, as in any citation.
  footnotes: (numbers) => `${numbers.length === 1 ? 'poznámka' : 'poznámky'} ${numbers.join(', ')}`,
  overviewLabel: 'Časové okno',
  listHeading: 'Všechny události podle data',
  findLabel: 'Hledat události',
  findPlaceholder: 'Hledat: jméno, slovo, zdroj…',
  categoryToggleHint: 'Stisknutím tuto kategorii zobrazíte nebo skryjete na časové ose i v seznamu.',
  categoryToggled: (label, shown, visible, total) =>
    `Kategorie „${label}“ je ${shown ? 'zobrazena' : 'skryta'}. Zobrazeno ${ofEvents(visible, total)}.`,
  matches: (visible, total) => `Nalezeno ${ofEvents(visible, total)}.`,
  filteredCount: (visible, total) => `Zobrazeno ${ofEvents(visible, total)}.`,
  clusterTitle: (count) => events(count),
  // Reader (issue 16).
  certaintyMark: (certainty) => (certainty === 'hedged' ? 'zdroj to uvádí s výhradou' : 'sporné'),
  certaintyHeading: (certainty) => (certainty === 'hedged' ? 'Kapitola to uvádí s výhradou' : 'Podle kapitoly je to sporné'),
  hedgeWords: 'Slovy kapitoly:',
  otherView: 'Jiný názor:',
  noSourceForEvent: 'Kapitola k tomu neuvádí žádný zdroj.',
  statedOnly: 'Jen pevně tvrzené',
  statedOnlyHint: 'Zobrazí jen to, co kapitola tvrdí bez výhrad a bez sporu.',
  statedOnlyToggled: (on, visible, total) => `${on ? 'Jen to, co kapitola tvrdí pevně' : 'Události s výhradami jsou opět zobrazeny'}. Zobrazeno ${ofEvents(visible, total)}.`,
  byCategory: 'Podle kategorií',
  byCategoryHint: 'Zobrazí každou kategorii ve vlastním pruhu místo jednoho pruhu všech událostí.',
  byCategoryToggled: (on) => (on ? 'Každá kategorie ve vlastním pruhu.' : 'Všechny události v jednom pruhu.'),
  lanesPanel: 'Pruhy podle kategorií: ↑ a ↓ je posouvají',
  datedExactDay: 'Kapitola uvádí přesný den.',
  datedExactDays: 'Kapitola uvádí přesné dny.',
  datedOnly: (label) => `Kapitola uvádí jen: ${label}.`,
  datedOnlyRange: (start, end) => `Kapitola uvádí jen: ${start} a ${end}.`,
  datedApproximately: (label) => `Přibližné datum: ${label}.`,
  citedIn: 'cit. podle',
  noteAbbreviation: 'pozn.',
  editedBy: 'ed.',
  noSourceInCitation: 'kapitola neuvádí zdroj',
  exportSources: 'Exportovat zdroje pro správce citací',
  exportAllSources: 'Exportovat všechny zdroje',
  erasHeading: 'Období, která kapitola vymezuje',
  // Layout (issue 12).
  wheelHint: (apple) => (apple ? 'Přiblížení: ⌘ + kolečko' : 'Přiblížení: Ctrl + kolečko'),
  otherLane: 'Ostatní',
  moreControls: 'Další',
};
