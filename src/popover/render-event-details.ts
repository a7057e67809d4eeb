/**
 * What the citation popover and the list view say about one event: the date and, in plain
 * words, how precisely the chapter gives it; how firmly the chapter says it (its own hedging
 * words quoted, and the other view where it names one); summary, category, the note where the
 * chapter is vague, and every footnote with its sources exactly as printed, or that the chapter
 * gives none. Text only: Lit escapes every value, so nothing from the data is parsed as HTML.
 */
import { html, nothing } from 'lit';
import type { Footnote, Source, TimelineEvent } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { markedCertainty, type CertaintyFields } from '../filter/certainty.js';

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

/** One footnote: its number, its sources as printed, and its full text to unfold. */
export function renderFootnote(footnote: Footnote, messages: Messages) {
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
  /** How precisely the chapter dates it, in a plain sentence, e.g. "The chapter gives only mid-August 1938." */
  readonly precision: string;
}

/** The footnotes of an event or an era, or the sentence saying the chapter gives none. */
export function renderCitations(item: { readonly footnotes: readonly Footnote[]; readonly unsourced?: boolean }, messages: Messages) {
  return html`<div class="citations" role="group" aria-label=${messages.sources}>
    ${item.unsourced || item.footnotes.length === 0
      ? html`<p class="no-footnote">${messages.noSourceForEvent}</p>`
      : html`<ol class="footnotes">${item.footnotes.map((footnote) => renderFootnote(footnote, messages))}</ol>`}
  </div>`;
}

/** For a hedged or disputed event: says so, quotes the chapter's words, and names the other view. */
export function renderCertainty(event: CertaintyFields, messages: Messages) {
  const level = markedCertainty(event);
  if (!level) return nothing;
  return html`<div class="event-certainty certainty-${level}">
    <p class="certainty-heading"><span class="item-certainty certainty-${level}" aria-hidden="true">${level === 'hedged' ? '?' : '?!'}</span> ${messages.certaintyHeading(level)}</p>
    ${event.hedge ? html`<p class="hedge"><span class="label">${messages.hedgeWords}</span> <q class="hedge-quote">${event.hedge}</q></p>` : nothing}
    ${event.otherView ? html`<p class="other-view"><span class="label">${messages.otherView}</span> ${event.otherView}</p>` : nothing}
  </div>`;
}

/** Date line, certainty, summary, category, note and citations; the heading is the caller's. */
export function renderEventDetails(event: TimelineEvent & CertaintyFields, { messages, date, precision }: EventDetailsContext) {
  return html`
    <p class="event-date"><time>${date}</time></p>
    <p class="precision">${precision}</p>
    ${renderCertainty(event, messages)}
    <p class="event-summary">${event.summary}</p>
    <p class="event-category"><span class="label">${messages.category}:</span> ${event.category.label}</p>
    ${event.note ? html`<p class="event-note"><span class="label">${messages.note}:</span> ${event.note}</p>` : nothing}
    ${renderCitations(event, messages)}
  `;
}
