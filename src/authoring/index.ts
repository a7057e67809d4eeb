/**
 * Authoring: spreadsheets ↔ events files, and the checks `purge-timeline check`, `import` and the
 * authoring page share with the element. Pure modules: they run in Node and in the browser.
 */
export { importSheets, type ImportResult, type SheetInput } from './csv-to-events.js';
export { exportSheets, type ExportResult } from './events-to-csv.js';
export { checkEventsText, type CheckOptions, type LocatedProblem, type CheckResult } from './check-events-text.js';
export { describeSheetProblem, type SheetProblem } from './sheet-problem.js';
export { makeIdFromTitle } from './make-id.js';
export { explainSpreadsheetDate } from './spreadsheet-date.js';
export { SHEET_COLUMNS, SHEET_FILE_NAMES, FILE_FIELDS } from './sheet-columns.js';
export { parsePartialDate } from '../date/parse-partial-date.js';
