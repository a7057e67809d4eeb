/**
 * The open event's citation popover as one part of the element: its markup, placement (through
 * CitationPopoverController), and its actions: copy the link, copy the citation, download the
 * sources. It comes in the reader-parts chunk, after the first paint; the element asks it to show
 * or hide the event it has selected.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../types.js';
import type { Language } from '../i18n/language.js';
import { CitationPopoverController, type CitationPopoverParts } from './citation-popover-controller.js';
import { renderCitationPopover } from './render-citation-popover.js';
import { copyText } from './copy-text.js';
import { describeDatingIn } from '../date/describe-dating-plainly.js';
import { formatChicagoNote } from '../citation/format-chicago-note.js';
import { citationWordsOf, type ChapterReference } from '../citation/chapter-reference.js';
import { exportCitations, type CitationFormat } from '../citation/export-citations.js';
import { downloadText } from '../citation/download-text.js';

const COPY_FEEDBACK_MS = 2500;

/** What the popover needs of the element it belongs to. */
export interface CitationPopoverHost extends CitationPopoverParts {
  readonly host: ReactiveControllerHost & HTMLElement;
  language(): Language;
  /** The event's date at its precision, in the element's language. */
  formatDate(event: TimelineEvent): string;
  /** `category-0` … or `category-none`. */
  categoryClass(event: TimelineEvent): string;
  /** The deep link to `id` (what "Copy link" copies). */
  linkTo(id: string): string;
  /** The work the events cite (for the citation and the exported sources). */
  chapter(): ChapterReference;
  close(): void;
}

/** Downloads the sources of `footnotes` for a reference manager, from the element's own shadow root. */
export function exportSources(footnotes: Iterable<TimelineEvent['footnotes'][number]>, chapter: ChapterReference, format: CitationFormat, name: string, root: ShadowRoot): void {
  downloadText(exportCitations(footnotes, chapter, format, name), root);
}

export class CitationPopoverPart {
  private readonly placement: CitationPopoverController;
  /** "Copied." and the like, spoken through a status role. */
  private copyFeedback = '';
  private copyTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly element: CitationPopoverHost) {
    this.placement = new CitationPopoverController(element.host, element);
    element.host.addController({ hostDisconnected: () => clearTimeout(this.copyTimer) });
  }

  /** Whether focus is inside the popover. */
  get hasFocus(): boolean {
    return this.placement.hasFocus;
  }

  show(id: string, options: { focus: boolean }): void {
    this.placement.show(id, options);
  }

  hide(): void {
    this.placement.hide();
  }

  reposition(): void {
    this.placement.reposition();
  }

  /** A new selection: no feedback left from copying the one before. */
  clearFeedback(): void {
    if (!this.copyFeedback) return;
    this.copyFeedback = '';
    this.element.host.requestUpdate();
  }

  /** Always rendered (the popover element stays, so it can be shown); empty when `event` is. */
  render(event: TimelineEvent | undefined) {
    const { element } = this;
    const language = element.language();
    const root = element.host.shadowRoot!;
    return renderCitationPopover(event, {
      messages: language.messages,
      date: event ? element.formatDate(event) : '',
      precision: event ? describeDatingIn(language, event.date, event.end) : '',
      categoryClass: event ? element.categoryClass(event) : '',
      copyFeedback: this.copyFeedback,
      onClose: () => element.close(),
      onCopyLink: () => event && this.copy(element.linkTo(event.id)),
      onCopyCitation: () => event && this.copy(formatChicagoNote(event, element.chapter(), citationWordsOf(language.messages))),
      onExport: (format) => event && exportSources(event.footnotes, element.chapter(), format, `${event.id}-sources`, root),
      onBeforeToggle: this.placement.onBeforeToggle,
    });
  }

  private async copy(text: string): Promise<void> {
    const { host } = this.element;
    const messages = this.element.language().messages;
    const copied = await copyText(text, host.shadowRoot!);
    this.copyFeedback = copied ? messages.copied : messages.copyFailed;
    host.requestUpdate();
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => {
      this.copyFeedback = '';
      host.requestUpdate();
    }, COPY_FEEDBACK_MS);
  }
}
