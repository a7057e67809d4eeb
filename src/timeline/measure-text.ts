/**
 * The width a line of text takes in a given font, measured on a canvas: no layout of the page,
 * so it can run after every redraw. Shared by the era names and the items' titles.
 */
let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** The `font` of an element's computed style, from the longhands (Firefox may report the shorthand as empty). */
export function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/** Pixels `text` takes on one line in `font` (a rough guess where canvas is unavailable). */
export function textWidth(text: string, font: string): number {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
}
