import { css } from 'lit';

/**
 * The declarations that hide text from the eye but leave it to screen readers: for a rule's
 * body, e.g. `.visually-hidden { ${visuallyHidden} }`, or a label hidden only on narrow screens.
 */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;
