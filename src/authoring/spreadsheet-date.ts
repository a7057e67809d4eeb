/**
 * Dates a spreadsheet has rewritten. Excel, LibreOffice and Google Sheets turn `1938-09-29` typed
 * into a cell into a date value and export it in the computer's own format (`29/09/1938`,
 * `9/29/1938`, `29.09.1938`, `Sep-38`) or as a serial day number (`14152`). The parser only says
 * "not a date"; this says what happened and what to write instead.
 */
import type { DataProblem } from '../data/problem.js';
import { valueAtPath } from './value-at-path.js';

const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** `Sep-38`, `Sept 1937`, `29 Sep 1938`, `September 29, 1938`. */
const MONTH_NAME = /^(?:(\d{1,2})[- ])?([A-Za-z]{3,9})\.?(?:[- ](\d{1,2}))?[- ,]+(\d{2}|\d{4})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Excel's day numbers for 1900–2100 are 1–73,415; a chronology's fall in the 5-digit range. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;

const KEEP_AS_TEXT = 'and format the column as Text so the spreadsheet keeps it as written';

function pad(value: string): string {
  return value.padStart(2, '0');
}

/**
 * A sentence saying how to write `value` when it looks like a date a spreadsheet reformatted, or
 * `undefined` when it does not.
 *
 * @example
 * explainSpreadsheetDate('29/09/1938')
 * //=> '"29/09/1938" is not a date: it looks like a spreadsheet\'s day/month/year; write "1938-09-29" (year-month-day), and format the column as Text …'
 */
export function explainSpreadsheetDate(value: string): string | undefined {
  const text = value.trim().replace(/^~/, '');
  const quoted = JSON.stringify(value.trim());
  const dmy = DMY.exec(text);
  if (dmy) {
    const [, first = '', second = '', year = ''] = dmy;
    const [a, b] = [Number(first), Number(second)];
    if (a > 12 && b <= 12) return `${quoted} is not a date: it looks like a spreadsheet's day/month/year; write "${year}-${pad(second)}-${pad(first)}" (year-month-day), ${KEEP_AS_TEXT}`;
    if (b > 12 && a <= 12) return `${quoted} is not a date: it looks like a spreadsheet's month/day/year; write "${year}-${pad(first)}-${pad(second)}" (year-month-day), ${KEEP_AS_TEXT}`;
    return `${quoted} is not a date: it looks like a spreadsheet's date, and day and month cannot be told apart; write year-month-day, "${year}-${pad(second)}-${pad(first)}" or "${year}-${pad(first)}-${pad(second)}", ${KEEP_AS_TEXT}`;
  }
  const ymd = YMD_SLASH.exec(text);
  if (ymd) {
    const [, year = '', month = '', day = ''] = ymd;
    return `${quoted} is not a date: write it with hyphens, "${year}-${pad(month)}-${pad(day)}" (year-month-day), ${KEEP_AS_TEXT}`;
  }
  if (SERIAL.test(text)) {
    // Excel and LibreOffice count days from 1899-12-30 (for any date after February 1900).
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
    return `${quoted} is not a date: it looks like a spreadsheet's day number for ${day} (the cell was formatted as a number); write "${day}" (year-month-day), ${KEEP_AS_TEXT}`;
  }
  const named = MONTH_NAME.exec(text);
  const month = named ? MONTHS.indexOf((named[2] ?? '').slice(0, 3).toLowerCase()) + 1 : 0;
  if (named && month > 0) {
    const [, dayBefore, , dayAfter, year = ''] = named;
    const day = dayBefore ?? dayAfter;
    // A two-digit year is what a spreadsheet shows for a date cell; which century is the author's to say.
    const fullYear = year.length === 4 ? year : 'YYYY';
    const written = `${fullYear}-${pad(String(month))}${day ? `-${pad(day)}` : ''}`;
    const form = day ? 'year-month-day' : 'year-month';
    const cause = year.length === 2 ? "it looks like a spreadsheet's date format; " : '';
    // Only a spreadsheet writes a two-digit year; a person wrote "Sept 1937", so no word of formatting cells.
    return `${quoted} is not a date: ${cause}write "${written}" (${form}, the month as a number)${cause ? `, ${KEEP_AS_TEXT}` : ''}`;
  }
  return undefined;
}

/** A parser's "not a date" error about a spreadsheet-mangled date, with the message that says how to write it. */
export function explainDateProblem(json: unknown, problem: DataProblem): DataProblem {
  if (problem.severity !== 'error' || !/\.(date|end)$/.test(problem.path)) return problem;
  const value = valueAtPath(json, problem.path);
  const explained = typeof value === 'string' ? explainSpreadsheetDate(value) : undefined;
  return explained ? { ...problem, message: explained } : problem;
}
