/**
 * CSV text as spreadsheets export it, read with Papa Parse: UTF-8 with or without a BOM, `,`, `;`
 * or tab between fields (Excel in a German or Czech locale writes `;`), quoted fields with line
 * breaks and doubled quotes, CRLF or LF. Rows keep the number a spreadsheet shows them under
 * (the header is row 1), blank rows included, so every problem names the row the author sees.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** The spreadsheet's row number: the header is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** The header row as written, trimmed. */
  readonly header: readonly string[];
  /** The rows after the header that have any text in them. */
  readonly rows: readonly CsvRow[];
  readonly delimiter: string;
  /** Problems of the CSV itself (an unclosed quote), with the row where Papa Parse found them. */
  readonly errors: readonly { readonly row?: number; readonly message: string }[];
}

const DELIMITERS = [',', ';', '\t'];

/** Reads CSV text into its header and non-empty rows. Never throws. */
export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { delimitersToGuess: DELIMITERS, skipEmptyLines: false });
  const records = result.data;
  const errors = result.errors
    // One field only (a sheet of one column) is not an error; it is what such a sheet looks like.
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({ ...(error.row !== undefined && { row: error.row + 1 }), message: describeCsvError(error) }));
  const [first = [], ...rest] = records;
  const rows: CsvRow[] = [];
  rest.forEach((record, index) => {
    const cells = record.map((cell) => cell.replace(/\r\n?/g, '\n'));
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 2, cells });
  });
  return { header: first.map((name) => name.trim()), rows, delimiter: result.meta.delimiter, errors };
}

function describeCsvError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted field is never closed (expected a closing " after the field; a " inside a field is written "")';
    case 'InvalidQuotes':
      return 'a quote in the middle of a field (expected quotes only around a whole field; a " inside a field is written "")';
    default:
      return `${error.message} (expected CSV as a spreadsheet exports it)`;
  }
}

/**
 * CSV text with every field quoted, `,` between fields and CRLF between rows, as RFC 4180 and
 * spreadsheets write it; a BOM first so Excel reads the file as UTF-8.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { quotes: true, newline: '\r\n' })}\r\n`;
}
