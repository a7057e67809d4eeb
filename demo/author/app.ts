/**
 * The authoring page (demo/author.html): open, drop or paste CSV sheets or an events.json, see the
 * problems by sheet, row and column, and the timeline drawn beside them as you edit; download the
 * events.json and copy the embed code. Runs wholly in the page: no request carries the data, and
 * the draft is kept in localStorage. Text from the data only ever goes into `textContent` and
 * `value`, never into HTML.
 */
import templateEvents from '../../templates/events.csv';
import templateCategories from '../../templates/categories.csv';
import templateFootnotes from '../../templates/footnotes.csv';
import templateSources from '../../templates/sources.csv';
import templateFile from '../../templates/file.csv';
import { clearDraft, loadDraft, saveDraft, type Sheet } from './draft-store.js';
import { EMPTY_FILE, evaluateDraft, isJsonSheet, locateInText, type Evaluation, type ListedProblem } from './evaluate-draft.js';

const TEMPLATE: readonly Sheet[] = [
  { name: 'events.csv', text: templateEvents },
  { name: 'categories.csv', text: templateCategories },
  { name: 'footnotes.csv', text: templateFootnotes },
  { name: 'sources.csv', text: templateSources },
  { name: 'file.csv', text: templateFile },
];

/** Both ways in: the tag where the site allows scripts, the iframe (docs/embed.md) where it does not. */
const EMBED_CODE = [
  '<!-- Where your site allows scripts: -->',
  '<script type="module" src="purge-timeline.js"></script>',
  '<purge-timeline src="events.json"></purge-timeline>',
  '',
  '<!-- Where it allows only an iframe (embed.html is in dist/, beside purge-timeline.js): -->',
  '<iframe src="embed.html?src=events.json" title="Timeline" loading="lazy" style="width: 100%; height: 640px; border: 0"',
  '        sandbox="allow-scripts allow-same-origin allow-popups" allow="clipboard-write"></iframe>',
].join('\n');
/** Re-check this long after the last keystroke: live, without redrawing on every key. */
const EDIT_DELAY_MS = 300;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo/author.html has no #${id}`);
  return element as T;
}

const fileInput = byId<HTMLInputElement>('file-input');
const dropZone = byId<HTMLDivElement>('drop-zone');
const sheetList = byId<HTMLDivElement>('sheet-list');
const draftStatus = byId<HTMLParagraphElement>('draft-status');
const problemSummary = byId<HTMLParagraphElement>('problem-summary');
const problemList = byId<HTMLUListElement>('problem-list');
const preview = byId<HTMLElement & { events?: unknown }>('preview');
const embedCode = byId<HTMLTextAreaElement>('embed-code');
const copyStatus = byId<HTMLSpanElement>('copy-status');

let sheets: Sheet[] = loadDraft() ?? [];
let latest: Evaluation = evaluateDraft(sheets);
/** Problems of reading files (not UTF-8), shown until the next file is opened. */
let readProblems: { where: string; message: string }[] = [];
let editTimer: ReturnType<typeof setTimeout> | undefined;
let sheetSerial = 0;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Puts the caret on the problem's row (CSV) or line and column (JSON) in its sheet. */
function showInSheet(problem: ListedProblem): void {
  const index = sheets.findIndex((sheet) => sheet.name === problem.sheet);
  const area = sheetList.querySelectorAll<HTMLTextAreaElement>('textarea')[index];
  if (!area) return;
  const range = locateInText(area.value, problem);
  area.focus();
  if (range) area.setSelectionRange(...range);
}

function showProblems(evaluation: Evaluation): void {
  const listed: ListedProblem[] = [...readProblems.map((problem) => ({ severity: 'error' as const, ...problem })), ...evaluation.problems];
  const errors = listed.filter((problem) => problem.severity === 'error').length;
  const warnings = listed.length - errors;
  problemSummary.textContent =
    sheets.length === 0
      ? 'Nothing to check yet: open, drop or paste your sheets, or start from the template.'
      : `${evaluation.drawn} of ${plural(evaluation.rows, 'event', 'events')} drawn; ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`;
  problemList.replaceChildren(
    ...listed.map((problem) => {
      const item = document.createElement('li');
      item.className = problem.severity;
      const severity = problem.severity === 'error' ? 'Error' : 'Warning';
      // A place in a sheet is a button that takes the caret there.
      const where = document.createElement(problem.row || problem.line ? 'button' : 'span');
      where.className = 'where';
      where.textContent = problem.where;
      if (where instanceof HTMLButtonElement) {
        where.type = 'button';
        where.title = 'Show in the sheet';
        where.addEventListener('click', () => showInSheet(problem));
      }
      item.append(`${severity}: `, where, `: ${problem.message}`);
      return item;
    }),
  );
}

function refresh(): void {
  latest = evaluateDraft(sheets);
  showProblems(latest);
  // An empty file, not `undefined`: without data the element would show the shipped chronology.
  preview.events = sheets.length === 0 ? { ...EMPTY_FILE } : latest.file;
  draftStatus.textContent = sheets.length === 0 ? '' : saveDraft(sheets) ? 'Draft kept in this browser.' : 'This browser does not let the page keep the draft: download it before you leave.';
}

function renderSheets(): void {
  sheetList.replaceChildren(
    ...sheets.map((sheet) => {
      const id = `sheet-${(sheetSerial += 1)}`;
      const box = document.createElement('div');
      box.className = 'sheet';
      const head = document.createElement('div');
      head.className = 'sheet-head';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = isJsonSheet(sheet) ? `${sheet.name} (events file)` : sheet.name;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${sheet.name}`);
      remove.addEventListener('click', () => {
        sheets = sheets.filter((other) => other !== sheet);
        if (sheets.length === 0) clearDraft();
        renderSheets();
        refresh();
        (sheetList.querySelector('textarea') ?? byId('add-sheet')).focus();
      });
      head.append(label, remove);
      const area = document.createElement('textarea');
      area.id = id;
      area.rows = 8;
      area.spellcheck = false;
      area.wrap = 'off';
      area.value = sheet.text;
      area.addEventListener('input', () => {
        sheet.text = area.value;
        clearTimeout(editTimer);
        editTimer = setTimeout(refresh, EDIT_DELAY_MS);
      });
      box.append(head, area);
      return box;
    }),
  );
}

/** Adds sheets, replacing any of the same name; an events.json replaces the whole draft. */
function addSheets(added: readonly Sheet[]): void {
  if (added.length === 0) return;
  if (added.some(isJsonSheet) || sheets.some(isJsonSheet)) sheets = [];
  const names = new Set(added.map((sheet) => sheet.name));
  sheets = [...sheets.filter((sheet) => !names.has(sheet.name)), ...added];
  renderSheets();
  refresh();
}

async function readFiles(files: Iterable<File>): Promise<void> {
  const added: Sheet[] = [];
  readProblems = [];
  for (const file of files) {
    const bytes = await file.arrayBuffer();
    try {
      added.push({ name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    } catch {
      readProblems.push({
        where: file.name,
        message: 'is not UTF-8 text (expected UTF-8: in Excel save as "CSV UTF-8 (Comma delimited)"; in LibreOffice choose the character set "Unicode (UTF-8)")',
      });
    }
  }
  addSheets(added);
  if (added.length === 0) showProblems(latest);
}

fileInput.addEventListener('change', () => {
  void readFiles(fileInput.files ?? []).then(() => {
    fileInput.value = '';
  });
});

dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('is-over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('is-over'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('is-over');
  void readFiles(event.dataTransfer?.files ?? []);
});

byId('use-template').addEventListener('click', () => {
  sheets = [];
  addSheets(TEMPLATE.map((sheet) => ({ ...sheet })));
});

byId('add-sheet').addEventListener('click', () => {
  const taken = new Set(sheets.map((sheet) => sheet.name));
  let n = 1;
  while (taken.has(`pasted-${n}.csv`)) n += 1;
  sheets.push({ name: `pasted-${n}.csv`, text: '' });
  renderSheets();
  refresh();
  sheetList.querySelector<HTMLTextAreaElement>('.sheet:last-child textarea')?.focus();
});

byId('start-over').addEventListener('click', () => {
  sheets = [];
  readProblems = [];
  clearDraft();
  renderSheets();
  refresh();
});

byId('download').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(latest.file, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'events.json';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
});

embedCode.value = EMBED_CODE;
byId('copy-embed').addEventListener('click', () => {
  navigator.clipboard.writeText(EMBED_CODE).then(
    () => {
      copyStatus.textContent = 'Copied.';
    },
    () => {
      // No clipboard permission (or an insecure page): select it for Ctrl+C instead.
      embedCode.select();
      copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    },
  );
});

renderSheets();
refresh();
