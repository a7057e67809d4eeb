import { css } from 'lit';

/**
 * The list of data problems (render-problem-message.ts), which comes with the reader parts: it lies
 * over the top of the timeline where it appears (absolute with no block offset keeps that place),
 * so nothing moves when it arrives.
 */
export const problemMessageStyles = css`
  .message {
    position: absolute;
    inset-inline: 0;
    z-index: 5;
    box-shadow: 0 4px 12px rgb(0 0 0 / 18%);
  }

  .message {
    max-block-size: 60%;
    overflow: auto;
  }

  .message {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid #b3261e;
    border-radius: 4px;
    background: #fdf3f2;
    color: #5c120d;
    font-size: 0.875rem;
  }

  .message li {
    overflow-wrap: anywhere;
  }

  .message ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-block-size: 10rem;
    overflow: auto;
  }

  .message .dismiss {
    float: right;
  }
`;
