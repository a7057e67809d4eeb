import type { Messages } from './messages.js';
import { createPlural } from './plural.js';

const plural = createPlural('ru');
const events = (count: number): string =>
  `${count} ${plural(count, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}`;
/** "12 из 53 событий", "1 из 21 события": after "из" the noun is genitive, singular after 1, 21, 31… */
const ofEvents = (visible: number, total: number): string =>
  `${visible} из ${total} ${plural(total, { one: 'события', few: 'событий', many: 'событий', other: 'события' })}`;

/** Every word of the interface in Russian; see {@link Messages}. */
export const russianMessages: Messages = {
  zoomGroup: 'Масштаб',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  showAll: 'Показать всё',
  previousEvent: 'Предыдущее событие',
  nextEvent: 'Следующее событие',
  listView: 'Список',
  categories: 'Категории',
  timelineLabel: (title) => `Хронология: ${title}`,
  timelineHelp:
    'Стрелки влево и вправо переходят от события к событию, Enter открывает источники, плюс и минус меняют масштаб, 0 показывает всё.',
  loading: (src) => `Загрузка событий из ${src}…`,
  eventCount: (count) => `${events(count)}.`,
  inView: (window, count) => `${window}: ${events(count)}`,
  selectedAnnouncement: (title, date) => `${title}, ${date}.`,
  loadFailed: 'Не удалось загрузить события.',
  problemsHeading: (problems, shown, hasErrors) =>
    `${problems} ${plural(problems, { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' })} в данных` +
    (hasErrors
      ? `; показано ${shown} ${plural(shown, {
          one: 'корректное событие',
          few: 'корректных события',
          many: 'корректных событий',
          other: 'корректного события',
        })}, некорректные пропущены.`
      : '.'),
  dismiss: 'Скрыть',
  unknownLinkedEvent: (id) => `Ссылка ведёт на событие «${id}», которого нет в этой хронологии.`,
  close: 'Закрыть',
  category: 'Категория',
  dated: 'Датировка',
  note: 'Примечание к источнику',
  sources: 'Источники',
  footnote: (number) => `Сноска ${number}`,
  footnoteText: 'Текст сноски в оригинале',
  noSourcePrinted: 'Эта сноска содержит пояснение, а не ссылку на источник.',
  copyLink: 'Копировать ссылку',
  copyCitation: 'Копировать библиографическую ссылку',
  copied: 'Скопировано.',
  copyFailed: 'Не удалось скопировать: выделите текст и скопируйте его вручную.',
  // The chapter's title stays as published, as in any citation.
  footnotes: (numbers) => `${numbers.length === 1 ? 'сноска' : 'сноски'} ${numbers.join(', ')}`,
  overviewLabel: 'Временное окно',
  listHeading: 'Все события в хронологическом порядке',
  findLabel: 'Поиск событий',
  findPlaceholder: 'Поиск: имя, слово, источник…',
  categoryToggleHint: 'Нажмите, чтобы показать или скрыть эту категорию на шкале и в списке.',
  categoryToggled: (label, shown, visible, total) =>
    `Категория «${label}» ${shown ? 'показана' : 'скрыта'}. Показано ${ofEvents(visible, total)}.`,
  matches: (visible, total) => `Найдено ${ofEvents(visible, total)}.`,
  filteredCount: (visible, total) => `Показано ${ofEvents(visible, total)}.`,
  clusterTitle: (count) => events(count),
  // Reader (issue 16).
  certaintyMark: (certainty) => (certainty === 'hedged' ? 'источник высказывается с оговоркой' : 'оспаривается'),
  certaintyHeading: (certainty) => (certainty === 'hedged' ? 'Глава говорит об этом с оговоркой' : 'Глава отмечает, что это оспаривается'),
  hedgeWords: 'Словами главы:',
  otherView: 'Другая точка зрения:',
  noSourceForEvent: 'Глава не указывает для этого источника.',
  statedOnly: 'Только утверждаемое твёрдо',
  statedOnlyHint: 'Показывает только то, что глава утверждает без оговорок и без указания на спор.',
  statedOnlyToggled: (on, visible, total) => `${on ? 'Только то, что глава утверждает твёрдо' : 'События с оговорками снова показаны'}. Показано ${ofEvents(visible, total)}.`,
  byCategory: 'По категориям',
  byCategoryHint: 'Показывает каждую категорию на отдельной полосе вместо одной общей полосы всех событий.',
  byCategoryToggled: (on) => (on ? 'Каждая категория на своей полосе.' : 'Все события на одной полосе.'),
  lanesPanel: 'Полосы по категориям: ↑ и ↓ прокручивают их',
  datedExactDay: 'Глава указывает точный день.',
  datedExactDays: 'Глава указывает точные дни.',
  datedOnly: (label) => `Глава указывает только: ${label}.`,
  datedOnlyRange: (start, end) => `Глава указывает только: ${start} и ${end}.`,
  datedApproximately: (label) => `Приблизительная дата: ${label}.`,
  citedIn: 'цит. по',
  noteAbbreviation: 'прим.',
  editedBy: 'под ред.',
  noSourceInCitation: 'глава не указывает источника',
  exportSources: 'Экспорт источников для менеджера библиографии',
  exportAllSources: 'Экспорт всех источников',
  erasHeading: 'Периоды, которые выделяет глава',
  // Layout (issue 12).
  wheelHint: (apple) => (apple ? 'Масштаб: ⌘ + колесо мыши' : 'Масштаб: Ctrl + колесо мыши'),
  otherLane: 'Прочее',
  moreControls: 'Ещё',
};
