/**
 * CSS expressions that pick a colour by how dark another one is, computed by the browser (CSS
 * relative colour syntax), so a page that sets some `--purge-timeline-*` colours and not others
 * never pairs, say, its own white surface with the dark scheme's near-white text.
 *
 * The test is the colour's gamma-encoded luma (0–255) against 118: about the luminance (0.18)
 * at which black and white text contrast equally with it.
 */

/** `1` when `colour` is dark, `0` when it is light: a step, as a CSS calc() over its channels. */
const darkness = 'clamp(0, (118 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 1000, 1)';

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`Expected a colour as #rrggbb, got "${hex}"`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * `light` when `source` is a light colour, `dark` when it is dark (both `#rrggbb`); `source` is
 * any CSS colour expression, `var()` included.
 *
 * @example
 * byDarknessOf('var(--surface)', '#1d1d1f', '#ecebe8')
 * // rgb(from var(--surface) calc(29 + 207 * clamp(…)) …): near-black text on a light surface, near-white on a dark one
 */
export function byDarknessOf(source: string, light: string, dark: string): string {
  const from = channels(light);
  const to = channels(dark);
  const channel = (index: 0 | 1 | 2) => `calc(${from[index]} + ${to[index] - from[index]} * ${darkness})`;
  return `rgb(from ${source} ${channel(0)} ${channel(1)} ${channel(2)} / 1)`;
}

/** The opposite of `source` (white for black): what a surface behind that text colour would be. */
export function inverseOf(source: string): string {
  return `rgb(from ${source} calc(255 - r) calc(255 - g) calc(255 - b) / 1)`;
}
