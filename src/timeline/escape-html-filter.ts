/**
 * Stands in for js-xss (the `xss` package) inside vis-timeline, wired by
 * scripts/vis-timeline-aliases.mjs. vis-timeline passes every dynamic string it writes with
 * `innerHTML` (axis labels, tooltips, frames) through `new FilterXSS(options).process(text)`.
 * The element never hands vis-timeline HTML: its items are drawn as DOM, its labels are plain
 * text. So instead of an HTML sanitiser (6 KB gzip) the stand-in escapes everything: whatever
 * reaches vis-timeline's `innerHTML` shows as text and can never become markup.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with the five HTML-significant characters escaped; other values unchanged (as js-xss). */
function escapeHtml<T>(text: T): T | string {
  return typeof text === 'string' ? text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character) : text;
}

/** js-xss's `FilterXSS` as vis-timeline uses it; its filter options are ignored: nothing is let through. */
class FilterXSS {
  process<T>(text: T): T | string {
    return escapeHtml(text);
  }
}

export default { FilterXSS };
