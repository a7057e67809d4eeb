/**
 * Dates a spreadsheet has rewritten. Excel, LibreOffice and Google Sheets turn `1938-09-29` typed
 * into a cell into a date value and export it in the computer's own format (`29/09/1938`,
 * `9/29/1938`, `29.09.1938`, `Sep-38`) or as a serial day number (`14152`). The parser only says
 * "not a date"; this says what happened and what to write instead.
 */

const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const MONTH_NAME = /^(?:\d{1,2}[- ])?[A-Za-z]{3,9}\.?[- ,]+\d{2,4}$/;
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
    return `${quoted} is not a date: it looks like a spreadsheet's day number (the cell was formatted as a number); write the date as year-month-day, e.g. "1938-09-29", ${KEEP_AS_TEXT}`;
  }
  if (MONTH_NAME.test(text)) {
    return `${quoted} is not a date: it looks like a spreadsheet's date format; write year-month ("1938-09") or year-month-day ("1938-09-29"), ${KEEP_AS_TEXT}`;
  }
  return undefined;
}
