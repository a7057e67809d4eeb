import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`), never through the `style`
 * attribute: a page whose CSP has `style-src` without 'unsafe-inline' blocks style attributes,
 * and Lit's styleMap writes the attribute on first render. Goes on the element:
 * `<span ${cssomStyle({ left: '10%' })}>`. Property names are CSS names (`left`, `--x`).
 */
class CssomStyle extends Directive {
  private previous: Styles = {};

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() must be used as an element binding: <span ${cssomStyle({ … })}>');
  }

  render(_styles: Styles): unknown {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of Object.keys(this.previous)) if (!(name in styles)) style.removeProperty(name);
    // Only what changed: the overview renders in every frame of a zoom or a drag.
    for (const [name, value] of Object.entries(styles)) if (this.previous[name] !== value) style.setProperty(name, value);
    this.previous = styles;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
