/**
 * CSL items as RIS (the tagged format of EndNote, Zotero and most catalogues): `TAG  - value`
 * lines, one record per item ending in `ER  - `. Values are single lines; RIS has no escaping.
 */
import type { CslItem, CslName } from './to-csl-json.js';

const TYPES: Record<CslItem['type'], string> = { book: 'BOOK', chapter: 'CHAP' };

function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

function names(tag: string, list: readonly CslName[] | undefined): string[] {
  return (list ?? []).map((name) => line(tag, name.literal));
}

function yearOf(item: CslItem): string | undefined {
  if (!item.issued) return undefined;
  return 'literal' in item.issued ? item.issued.literal : item.issued['date-parts'][0]?.join('/');
}

/** One RIS record. */
export function toRisRecord(item: CslItem): string {
  const year = yearOf(item);
  const lines = [
    line('TY', TYPES[item.type]),
    line('ID', item.id),
    ...names('AU', item.author),
    line('TI', item.title),
    ...(item['container-title'] ? [line('T2', item['container-title'])] : []),
    ...names('A2', item.editor),
    ...(item['publisher-place'] ? [line('CY', item['publisher-place'])] : []),
    ...(item.publisher ? [line('PB', item.publisher)] : []),
    ...(year ? [line('PY', year)] : []),
    ...(item.page ? [line('SP', item.page)] : []),
    ...(item.URL ? [line('UR', item.URL)] : []),
    ...(item.note ? [line('N1', item.note)] : []),
    'ER  - ',
  ];
  return lines.join('\r\n');
}

/**
 * RIS text for all `items`, records separated by a blank line (CRLF line ends, as the format's
 * specification writes them).
 *
 * @example
 * toRis([{ id: 'fn218-1', type: 'book', title: 'The Soviet High Command', author: [{ literal: 'Erickson J.' }], page: '488–489' }])
 * //=> 'TY  - BOOK\r\nID  - fn218-1\r\nAU  - Erickson J.\r\nTI  - The Soviet High Command\r\nSP  - 488–489\r\nER  - \r\n'
 */
export function toRis(items: readonly CslItem[]): string {
  return `${items.map(toRisRecord).join('\r\n\r\n')}\r\n`;
}
