/**
 * The element's colours: its `--purge-timeline-*` custom properties, their defaults, and how they
 * stay readable together.
 *
 * - The defaults follow the page's `color-scheme`, as built-in form controls do (CSS
 *   `light-dark()`): a page in `color-scheme: light` gets the light colours even when the reader's
 *   system is dark, a `color-scheme: dark` page the dark ones, `light dark` the system's choice.
 * - A page that sets only some colours gets the others derived from them, never the defaults of
 *   the other scheme: the surface from the page's surface (or, failing that, the opposite of its
 *   item surface, text or muted colour), and everything unset from the surface.
 *
 * How: the page's values are read on the host (nothing here declares `--purge-timeline-*` on
 * `:host`, so `var()` sees only the page's), resolved into `--_pt-*`, and handed back under the
 * public names to the shadow root's children, so every other stylesheet keeps using the public
 * names. This sheet comes last in the element's styles.
 */
import { css, unsafeCSS } from 'lit';
import { byDarknessOf, inverseOf } from './derive-colour.js';

/** Each colour token: its public name (after `--purge-timeline-`), its light and dark default. */
export const COLOUR_TOKENS = [
  ['text', '#1d1d1f', '#ecebe8'],
  ['muted', '#595959', '#b4b2ad'],
  ['item-surface', '#fbfaf7', '#2a2b2e'],
  ['border', '#c9c9cf', '#4a4c50'],
  ['focus-ring', '#0b57d0', '#8ab4f8'],
  ['category-0', '#8c2d19', '#f08a6e'],
  ['category-1', '#1f4e79', '#7fb0e6'],
  ['category-2', '#5b3a87', '#b99be6'],
  ['category-3', '#1d6b50', '#6cc7a2'],
  ['category-4', '#8a6100', '#e0b84f'],
  ['category-5', '#4d5b66', '#a7b6c2'],
  ['category-none', '#6b6b6b', '#a3a3a3'],
] as const;

export const SURFACE = { light: '#ffffff', dark: '#1d1e20' } as const;

/** Which scheme the page's colours imply when it sets no surface: the opposite of its other colours, else its `color-scheme`. */
const impliedSurface = `var(--purge-timeline-item-surface, ${inverseOf(`var(--purge-timeline-text, var(--purge-timeline-muted, light-dark(${COLOUR_TOKENS[0][1]}, ${COLOUR_TOKENS[0][2]})))`)})`;

const hostDeclarations = [
  `--_pt-surface: var(--purge-timeline-surface, ${byDarknessOf(impliedSurface, SURFACE.light, SURFACE.dark)});`,
  ...COLOUR_TOKENS.map(([name, light, dark]) => `--_pt-${name}: var(--purge-timeline-${name}, ${byDarknessOf('var(--_pt-surface)', light, dark)});`),
].join('\n');

const childDeclarations = ['surface', ...COLOUR_TOKENS.map(([name]) => name)].map((name) => `--purge-timeline-${name}: var(--_pt-${name});`).join('\n');

export const colourTokenStyles = css`
  :host {
    ${unsafeCSS(hostDeclarations)}
    color: var(--_pt-text);
    background: var(--_pt-surface);
  }

  :host > * {
    ${unsafeCSS(childDeclarations)}
  }

  /* vis-timeline's own light greys (grid, panel edges) would glare on a dark surface: they follow the border colour. */
  .vis-time-axis .vis-grid.vis-minor {
    border-color: color-mix(in srgb, var(--purge-timeline-border) 55%, transparent);
  }
  .vis-time-axis .vis-grid.vis-major,
  .vis-panel {
    border-color: var(--purge-timeline-border);
  }

  /*
   * Forced colours (Windows high contrast): the system replaces every colour, and drops
   * gradients, so what colour alone said is said with system-coloured borders and outlines:
   * bars get an outline, a faded (uncertain) end a dashed edge, the selection a Highlight ring.
   */
  @media (forced-colors: active) {
    .vis-item.vis-range {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    .vis-item.vis-range.uncertain-start {
      border-left: 3px dashed CanvasText;
    }
    .vis-item.vis-range.uncertain-end {
      border-right: 3px dashed CanvasText;
    }
    .vis-item.vis-range.approximate {
      border-style: dashed;
    }
    .vis-item.vis-point .vis-dot {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
    }
    .vis-item.vis-point.imprecise .vis-dot {
      background: Canvas;
    }
    .vis-item.vis-point.approximate .vis-dot {
      border-style: dashed;
      background: Canvas;
    }
    .vis-item.vis-selected,
    .vis-item.vis-range.vis-selected {
      border-color: Highlight;
      outline: 3px solid Highlight;
      outline-offset: 1px;
    }
    .vis-item.vis-point.vis-selected .vis-dot {
      border-color: Highlight;
      background: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .legend-toggle[aria-pressed='false'] .swatch {
      background: Canvas;
      outline: none;
    }
  }
`;
