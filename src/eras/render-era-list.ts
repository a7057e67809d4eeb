/**
 * The eras as text: in the list view (and so in print) each with its dates, how precisely the
 * chapter gives them, its summary, note and footnotes; beside the timeline a short list for
 * screen readers, in a region of its own, since the bands behind the lanes are only seen.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { Language } from '../i18n/language.js';
import { describeDatingIn } from '../date/describe-dating-plainly.js';
import { renderCitations } from '../popover/render-event-details.js';
import type { Era } from './era.js';

export interface EraListContext {
  readonly messages: Messages;
  /** The era's dates, e.g. "1937–1938". */
  readonly formatDate: (era: Era) => string;
  /** How precisely the chapter gives them, in a plain sentence. */
  readonly describeDating: (era: Era) => string;
}

/** The list view's section of eras, before the events; nothing when the file has none. */
export function renderEraList(eras: readonly Era[], context: EraListContext) {
  if (eras.length === 0) return nothing;
  const { messages } = context;
  return html`<section class="eras" part="eras" aria-labelledby="eras-heading">
    <h2 id="eras-heading" class="eras-heading">${messages.erasHeading}</h2>
    <ol class="era-list">
      ${eras.map(
        (era, index) => html`<li class="era-entry era-tint-${index % 2}" data-era-id=${era.id}>
          <h3 class="era-title">${era.label}</h3>
          <p class="event-date"><time>${context.formatDate(era)}</time></p>
          <p class="precision">${context.describeDating(era)}</p>
          ${era.summary ? html`<p class="event-summary">${era.summary}</p>` : nothing}
          ${era.note ? html`<p class="event-note"><span class="label">${messages.note}:</span> ${era.note}</p>` : nothing}
          ${renderCitations(era, messages)}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** An era's dates and how precisely the chapter gives them, in `language`. */
export function eraListContext(language: Language): EraListContext {
  return {
    messages: language.messages,
    formatDate: (era) => formatEraDate(era, language),
    describeDating: (era) => describeDatingIn(language, era.date, era.end),
  };
}

/** "1937–1938", "late 1938 – 1939": an era's dates in `language`. */
export function formatEraDate(era: Era, language: Language): string {
  return language.dateRange(era.date, era.end);
}

/** Beside the timeline: the eras and their dates for screen readers (the bands are only drawn). */
export function renderEraSummary(eras: readonly Era[], context: Pick<EraListContext, 'messages' | 'formatDate'>) {
  if (eras.length === 0) return nothing;
  return html`<section class="era-summary visually-hidden" aria-label=${context.messages.erasHeading}>
    <ul>
      ${eras.map((era) => html`<li>${era.label}: ${context.formatDate(era)}</li>`)}
    </ul>
  </section>`;
}
