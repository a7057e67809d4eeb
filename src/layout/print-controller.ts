/**
 * Whether the page is printing: then the element shows its list (dates and citations), not a
 * cropped canvas. Listens on `window` only while the element is in the document.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  /** True between the page's `beforeprint` and `afterprint`. */
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onBeforePrint = () => this.set(true);
  private readonly onAfterPrint = () => this.set(false);

  private set(printing: boolean): void {
    this.printing = printing;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }
}
