/**
 * Ids for rows whose `id` cell is empty, made from the title: lower-case, kebab-case, the form
 * the parser accepts (`[a-z0-9]+(-[a-z0-9]+)*`). The same title always gives the same id, so a
 * deep link made from a draft keeps working when the sheet is imported again.
 */

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th' };

// Russian as street signs and passports write it (a simplified ISO 9 / BGN mix: readable, ASCII).
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** Ids are kept short enough to read in a URL; cut at a word. */
const MAX_ID_LENGTH = 60;

/**
 * A kebab-case id for a title, or `""` when the title has no letter or digit to make one from.
 *
 * @example
 * makeIdFromTitle('Munich Agreement signed') //=> 'munich-agreement-signed'
 * makeIdFromTitle('Tuchačevskij arrested') //=> 'tuchacevskij-arrested'
 * makeIdFromTitle('Пакт Молотова–Риббентропа') //=> 'pakt-molotova-ribbentropa'
 */
export function makeIdFromTitle(title: string): string {
  const letters = [...title.toLowerCase()].map((char) => CYRILLIC[char] ?? LATIN[char] ?? char).join('');
  const words = letters
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_ID_LENGTH && id) break;
    id = next.slice(0, MAX_ID_LENGTH);
  }
  return id;
}

/**
 * An id from `title` that is not in `taken` (`-2`, `-3` … added when it is), added to `taken`.
 * A title with nothing to make an id from gets `fallback` (e.g. `event`), numbered likewise.
 */
export function makeUniqueId(title: string, taken: Set<string>, fallback: string): string {
  const base = makeIdFromTitle(title) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
