/**
 * Things that do not stop an event from showing but that an author will want to fix; reported by
 * `purge-timeline check`, the import and the authoring page (they fail only under `--strict`).
 * Events outside `min`–`max` are the element's own warning (data/range-problems.ts).
 */
import type { DataProblem } from '../data/problem.js';

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** A warning for each event whose summary only repeats its title. */
export function authoringWarnings(json: unknown): DataProblem[] {
  const problems: DataProblem[] = [];
  const events = typeof json === 'object' && json !== null ? (json as { events?: unknown }).events : undefined;
  if (!Array.isArray(events)) return problems;
  events.forEach((event: unknown, index) => {
    if (typeof event !== 'object' || event === null) return;
    const { title, summary } = event as { title?: unknown; summary?: unknown };
    if (typeof title !== 'string' || typeof summary !== 'string' || comparable(title) === '') return;
    if (comparable(summary) === comparable(title)) {
      problems.push({
        severity: 'warning',
        path: `events[${index}].summary`,
        message: 'repeats the title (expected one to three sentences saying what happened, in your own words)',
      });
    }
  });
  return problems;
}
