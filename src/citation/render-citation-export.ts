/** A group of buttons that download sources as CSL-JSON, RIS or BibTeX. */
import { html } from 'lit';
import { CITATION_FORMATS, CITATION_FORMAT_FILES, type CitationFormat } from './export-citations.js';

/**
 * `label` names the group (e.g. "Export the sources for a reference manager"); each button
 * says its format and calls `onExport` with it.
 */
export function renderCitationExport(label: string, onExport: (format: CitationFormat) => void) {
  return html`<div class="citation-export" role="group" aria-label=${label}>
    <span class="citation-export-label" aria-hidden="true">${label}:</span>
    ${CITATION_FORMATS.map(
      (format) => html`<button type="button" data-export=${format} @click=${() => onExport(format)}>${CITATION_FORMAT_FILES[format].label}</button>`,
    )}
  </div>`;
}
