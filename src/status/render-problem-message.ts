/** The visible list of data problems (or the one load failure), with a button to dismiss it. */
import { html, nothing } from 'lit';
import { describeProblem, type DataProblem } from '../data/problem.js';
import type { Messages } from '../i18n/messages.js';

export interface ProblemMessageContext {
  readonly messages: Messages;
  /** The file could not be loaded: this alone is shown. */
  readonly loadProblem?: DataProblem;
  readonly problems: readonly DataProblem[];
  /** Events shown despite the problems. */
  readonly shown: number;
  readonly onDismiss: () => void;
}

export function renderProblemMessage({ messages, loadProblem, problems: found, shown, onDismiss }: ProblemMessageContext) {
  const problems = loadProblem ? [loadProblem] : found;
  if (problems.length === 0) return nothing;
  const hasErrors = problems.some((p) => p.severity === 'error');
  const heading = loadProblem ? messages.loadFailed : messages.problemsHeading(problems.length, shown, hasErrors);
  return html`<div class="message" part="message" role="alert">
    <button class="dismiss" type="button" @click=${onDismiss}>${messages.dismiss}</button>
    <strong>${heading}</strong>
    <!-- Focusable: a long list scrolls, and keyboard users must be able to scroll it. -->
    <ul tabindex="0" aria-label=${heading}>
      ${problems.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
    </ul>
  </div>`;
}
