import type { TimelineEvent } from '../types.js';
import { formatSource } from './format-source.js';

/**
 * A plain-text reference to an event's sources, for "Copy citation".
 *
 * @example
 * formatCitation(munich, { date: '29 September 1938', work: 'Chapter 7 …', link: 'https://…' })
 * //=> 'Munich Agreement (29 September 1938). Chapter 7 …, footnotes 218, 219: Erickson J., The Soviet High Command, pp. 488–489; Werth N., … https://…'
 */
export function formatCitation(
  event: TimelineEvent,
  context: { date: string; work?: string; link?: string; footnotes?: (numbers: readonly number[]) => string },
): string {
  const footnoteWords = context.footnotes ?? ((numbers) => `${numbers.length === 1 ? 'footnote' : 'footnotes'} ${numbers.join(', ')}`);
  const sources = event.footnotes.flatMap((footnote) => footnote.sources.map(formatSource));
  const where = [context.work, event.footnotes.length ? footnoteWords(event.footnotes.map((f) => f.number)) : undefined].filter(Boolean).join(', ');
  const parts = [`${event.title} (${context.date}).`];
  if (where) parts.push(sources.length ? `${where}: ${sources.join('; ')}.` : `${where}.`);
  if (context.link) parts.push(context.link);
  return parts.join(' ');
}
