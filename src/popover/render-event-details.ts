/**
 * What the citation popover and the list view say about one event: the date at its precision,
 * summary, category, the note where the chapter is vague, and every footnote with its sources
 * exactly as printed. Text only: Lit escapes every value, so nothing from the data is parsed as HTML.
 */
import { html, nothing } from 'lit';
import type { Footnote, Source, TimelineEvent } from '../types.js';
import type { Messages } from '../i18n/messages.js';

/** Links only for http(s): `javascript:` and `data:` URLs are shown as text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function renderSource(source: Source) {
  const href = safeHttpUrl(source.url);
  const title = html`<cite>${source.title}</cite>`;
  return html`<li class="source">
    ${source.author ? html`${source.author}, ` : nothing}${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${title}</a>` : title}${source.details ? html`, ${source.details}` : nothing}${source.pages ? html`, ${source.pages}` : nothing}${!href && source.url ? html` <span class="unsafe-url">(${source.url})</span>` : nothing}
  </li>`;
}

function renderFootnote(footnote: Footnote, messages: Messages) {
  return html`<li class="footnote" data-footnote=${footnote.number}>
    <span class="footnote-number">${messages.footnote(footnote.number)}</span>
    ${footnote.sources.length
      ? html`<ul class="sources">${footnote.sources.map(renderSource)}</ul>`
      : html`<p class="no-source">${messages.noSourcePrinted}</p>`}
    ${footnote.text
      ? html`<details class="footnote-text"><summary>${messages.footnoteText}</summary><blockquote>${footnote.text}</blockquote></details>`
      : nothing}
  </li>`;
}

export interface EventDetailsContext {
  readonly messages: Messages;
  /** The event's date at its precision, e.g. "mid-August 1938". */
  readonly date: string;
  /** How precisely it is dated, e.g. "part of the month (mid)". */
  readonly precision: string;
}

/** Date line, summary, category, note and citations; the heading is the caller's. */
export function renderEventDetails(event: TimelineEvent, { messages, date, precision }: EventDetailsContext) {
  return html`
    <p class="event-date"><time>${date}</time> <span class="precision">(${messages.dated.toLowerCase()}: ${precision})</span></p>
    <p class="event-summary">${event.summary}</p>
    <p class="event-category"><span class="label">${messages.category}:</span> ${event.category.label}</p>
    ${event.note ? html`<p class="event-note"><span class="label">${messages.note}:</span> ${event.note}</p>` : nothing}
    <div class="citations" role="group" aria-label=${messages.sources}>
      <ol class="footnotes">${event.footnotes.map((footnote) => renderFootnote(footnote, messages))}</ol>
    </div>
  `;
}
