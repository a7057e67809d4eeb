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

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator the header row uses: the candidate that occurs most often in it outside quotes.
 * Papa Parse's own guess reads whole rows and picks "," for a two-column sheet saved with ";"
 * (`"army";"Army"`); a header row names columns, which hardly ever hold a separator.
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best = ','] = [...counts].sort((a, b) => b[1] - a[1]).filter(([, count]) => count > 0).map(([d]) => d);
  return best;
}

/** Reads CSV text into its header and non-empty rows. Never throws. */
export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
  const records = result.data;
  const errors = result.errors.map((error) => ({ ...(error.row !== undefined && { row: error.row + 1 }), message: describeCsvError(error) }));
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
