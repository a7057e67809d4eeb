/**
 * CSL items as BibTeX (for LaTeX and every reference manager): `@book` / `@incollection`
 * entries keyed by the item's id. Text stays Unicode as printed (biber and BibLaTeX read UTF-8;
 * Zotero and JabRef too); only BibTeX's special characters are escaped. Names and titles are
 * wrapped in an extra pair of braces: names as printed ("Pechenkin A. A.",
 * "Chaustov V./Samuelson L.") must not be re-split into first and last names, and titles must
 * keep their capitals.
 */
import type { CslItem } from './to-csl-json.js';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes BibTeX's and LaTeX's special characters; everything else is kept as it is. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => SPECIAL[character] ?? character).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** `  name = {value}`; `protect` adds braces that keep the value's capitals. */
function field(name: string, value: string | undefined, protect = false): string[] {
  if (!value) return [];
  const escaped = escapeBibtex(value);
  return [`  ${name} = {${protect ? `{${escaped}}` : escaped}}`];
}

/** Names joined by `and`, each braced whole so BibTeX keeps it as printed. */
function nameField(name: string, names: readonly { readonly literal: string }[] | undefined): string[] {
  if (!names?.length) return [];
  return [`  ${name} = {${names.map((each) => `{${escapeBibtex(each.literal)}}`).join(' and ')}}`];
}

function yearOf(item: CslItem): string | undefined {
  if (!item.issued) return undefined;
  return 'literal' in item.issued ? item.issued.literal : item.issued['date-parts'][0]?.[0]?.toString();
}

/** One entry; a chapter without a book is a `@book` like the sources. */
export function toBibtexEntry(item: CslItem): string {
  const type = item.type === 'chapter' ? 'incollection' : 'book';
  const fields = [
    ...nameField('author', item.author),
    ...field('title', item.title, true),
    ...field('booktitle', item['container-title'], true),
    ...nameField('editor', item.editor),
    ...field('publisher', item.publisher),
    ...field('address', item['publisher-place']),
    ...field('year', yearOf(item)),
    ...field('pages', item.page),
    // Verbatim in BibLaTeX: escaping would break the address.
    ...(item.URL && !/[{}\s]/.test(item.URL) ? [`  url = {${item.URL}}`] : []),
    ...field('note', item.note),
  ];
  return `@${type}{${item.id},\n${fields.join(',\n')}\n}`;
}

/**
 * BibTeX text for all `items`.
 *
 * @example
 * toBibtex([{ id: 'fn218-1', type: 'book', title: 'The Soviet High Command', author: [{ literal: 'Erickson J.' }], page: '488–489' }])
 * //=> '@book{fn218-1,\n  author = {{Erickson J.}},\n  title = {{The Soviet High Command}},\n  pages = {488–489}\n}\n'
 */
export function toBibtex(items: readonly CslItem[]): string {
  return `${items.map(toBibtexEntry).join('\n\n')}\n`;
}
