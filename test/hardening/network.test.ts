/**
 * Issue case 2: the network fails the way networks do. Real requests where the test server can
 * misbehave for real (404, a web page instead of JSON, a cross-origin file without CORS headers);
 * a stubbed `fetch` for what it cannot (500, a network error, slowness). Either way the element's
 * own loadEventsFile runs. Each failure gets its own clear message and a `purge-timeline-error`.
 */
import { expect } from '@open-wc/testing';
import {
  mount,
  root,
  messageBox,
  messageText,
  statusText,
  drawnIds,
  expectAlert,
  failOnEscapes,
  stubFetch,
  restoreFetch,
  passThrough,
  deferred,
  slowResponse,
  jsonResponse,
  eventsFile,
  event,
  until,
  sleep,
  type Deferred,
} from './support/harness.js';

const FIXTURES = '/test/hardening/fixtures';

/** The one load problem of a failed load. */
function loadProblem(errorEvents: readonly (readonly { severity: string; path: string; message: string }[])[]) {
  expect(errorEvents, 'exactly one purge-timeline-error').to.have.length(1);
  expect(errorEvents[0], 'one problem').to.have.length(1);
  const problem = errorEvents[0]![0]!;
  expect(problem.severity).to.equal('error');
  expect(problem.path).to.equal('');
  return problem.message;
}

describe('hardening: the network', () => {
  failOnEscapes();
  afterEach(restoreFetch);

  it('404: says there is no file at that address', async () => {
    const { el, errorEvents } = await mount({ src: `${FIXTURES}/does-not-exist.json` });
    const message = loadProblem(errorEvents);
    expect(message).to.match(/^Could not load "\/test\/hardening\/fixtures\/does-not-exist\.json": the server answered 404( Not Found)?; there is no file at this address/);
    expectAlert(el);
    expect(messageText(el)).to.contain('The events could not be loaded.').and.contain(message);
    expect(statusText(el)).to.equal('');
  });

  it('500: says the server failed', async () => {
    stubFetch(async () => new Response('<h1>oops</h1>', { status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'text/html' } }));
    const { el, errorEvents } = await mount({ src: '/broken.json' });
    expect(loadProblem(errorEvents)).to.equal('Could not load "/broken.json": the server answered 500 Internal Server Error; the server failed (expected 200 OK; try again later).');
    expectAlert(el);
  });

  it('a network error on the same site: says the request failed, not CORS', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { el, errorEvents } = await mount({ src: '/unreachable.json' });
    const message = loadProblem(errorEvents);
    expect(message).to.match(/^Could not load "\/unreachable\.json": the request failed/);
    expect(message).not.to.contain('CORS');
    expectAlert(el);
  });

  it('a real CORS refusal (another origin without Access-Control-Allow-Origin): names the origin and CORS', async () => {
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const origin = `http://${otherHost}:${location.port}`;
    const { el, errorEvents } = await mount({ src: `${origin}/test/fixtures/one-event.json` });
    const message = loadProblem(errorEvents);
    expect(message).to.contain(`${origin} did not answer or did not allow this page to read it (CORS)`);
    expect(message).to.contain('Access-Control-Allow-Origin');
    expectAlert(el);
    expect(drawnIds(el)).to.deep.equal([]);
  });

  it('a web page instead of JSON (text/html): says so', async () => {
    const { el, errorEvents } = await mount({ src: `${FIXTURES}/not-events.html` });
    expect(loadProblem(errorEvents)).to.match(/the server sent a web page \(text\/html\), not an events file/);
    expectAlert(el);
  });

  it('JSON served as text/plain (as raw file hosts do) still loads', async () => {
    const { el, errorEvents } = await mount({ src: `${FIXTURES}/served-as-text.txt` });
    expect(errorEvents).to.have.length(0);
    await until(() => drawnIds(el).includes('plain-text'), 'the event is drawn');
  });

  it('an address fetch cannot load (javascript:, an invalid URL): a clear message, no request', async () => {
    const calls = stubFetch(passThrough);
    const { el, errorEvents } = await mount({ src: 'javascript:window.__hardeningPwned=1' });
    expect(loadProblem(errorEvents)).to.match(/javascript: addresses cannot be loaded \(expected an http: or https: URL\)/);
    el.src = 'http://[not-a-host';
    await el.timelineReady;
    expect(errorEvents[1]![0]!.message).to.match(/it is not a valid address/);
    expect(calls).to.have.length(0);
    expect((window as { __hardeningPwned?: unknown }).__hardeningPwned).to.equal(undefined);
  });

  it('a response cut off half-way: says so', async () => {
    stubFetch(async () => {
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) return controller.error(new TypeError('network error'));
          sent = true;
          controller.enqueue(new TextEncoder().encode('{"events": ['));
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const { el, errorEvents } = await mount({ src: '/cut-off.json' });
    expect(loadProblem(errorEvents)).to.match(/^Could not load "\/cut-off\.json": network error \(expected a complete response/);
    expectAlert(el);
  });

  it('a failed load after a dismissed message shows its message again', async () => {
    const { el, errorEvents } = await mount({ src: `${FIXTURES}/does-not-exist.json` });
    expectAlert(el).querySelector('button')!.click();
    await el.updateComplete;
    expect(messageBox(el)).to.equal(null);
    el.src = `${FIXTURES}/also-missing.json`;
    await el.timelineReady;
    expect(errorEvents).to.have.length(2);
    expectAlert(el);
    expect(messageText(el)).to.contain('also-missing.json');
  });

  describe('a slow response', () => {
    it('shows "Loading events from …" in part="status" until it arrives, then the events', async () => {
      const response = deferred<Response>();
      stubFetch((_url, init) => slowResponse(init?.signal, response));
      const { el } = await mount({ src: '/slow.json', ready: false });
      await el.updateComplete;
      const status = root(el).querySelector<HTMLElement>('[part="status"]')!;
      expect(statusText(el)).to.equal('Loading events from /slow.json…');
      expect(status.getBoundingClientRect().height, 'the status is visible').to.be.greaterThan(0);
      await sleep(300);
      expect(statusText(el)).to.equal('Loading events from /slow.json…');
      response.resolve(jsonResponse(eventsFile([event('arrived')])));
      await el.timelineReady;
      await until(() => drawnIds(el).includes('arrived'), 'drawn after it arrives');
      expect(statusText(el)).to.equal('1 event.');
    });

    it('does not block reading: the events shown before stay on screen and usable while the next file loads', async () => {
      const { el } = await mount({ src: '/test/fixtures/one-event.json', attributes: { start: '1937-06', end: '1939-06' } });
      await until(() => drawnIds(el).includes('only'), 'the first file is drawn');
      const response = deferred<Response>();
      stubFetch((_url, init) => slowResponse(init?.signal, response));
      el.src = '/slow.json';
      await el.updateComplete;
      expect(statusText(el)).to.equal('Loading events from /slow.json…');
      expect(drawnIds(el)).to.deep.equal(['only']);
      // Not covered or disabled: the reader can still open the event and use the toolbar.
      el.selected = 'only';
      await until(() => root(el).querySelector('.popover')!.matches(':popover-open'), 'the popover opens while loading');
      const list = root(el).querySelector<HTMLButtonElement>('[data-action="list"]')!;
      expect(list.disabled).to.equal(false);
      expect(root(el).querySelector('[aria-busy="true"], [inert]')).to.equal(null);
      response.resolve(jsonResponse(eventsFile([event('arrived', { date: '1938' })])));
      await el.timelineReady;
      await until(() => drawnIds(el).includes('arrived'), 'the new file is drawn');
      expect(drawnIds(el)).not.to.include('only');
    });
  });

  describe('src changed while loading', () => {
    /** One deferred response per URL; `honourAbort: false` is a server that answers anyway. */
    function controlledServer(honourAbort: boolean) {
      const responses = new Map<string, Deferred<Response>>();
      const calls = stubFetch((url, init) => {
        const response = deferred<Response>();
        responses.set(new URL(url, location.href).pathname, response);
        return honourAbort ? slowResponse(init?.signal, response) : response.promise;
      });
      return { responses, calls };
    }

    for (const honourAbort of [true, false]) {
      it(`the latest wins; the earlier load is cancelled and never paints (${honourAbort ? 'server stops' : 'server answers anyway'})`, async () => {
        const { responses, calls } = controlledServer(honourAbort);
        const { el, errorEvents } = await mount({ src: '/first.json', ready: false });
        await el.updateComplete;
        el.src = '/second.json';
        await el.updateComplete;
        expect(calls.map((call) => new URL(call.url, location.href).pathname)).to.deep.equal(['/first.json', '/second.json']);
        expect(calls[0]!.signal!.aborted, 'the first request is aborted').to.equal(true);
        expect(calls[1]!.signal!.aborted).to.equal(false);
        expect(statusText(el)).to.equal('Loading events from /second.json…');

        const painted: string[] = [];
        const observer = new MutationObserver(() => painted.push(...drawnIds(el)));
        observer.observe(root(el), { subtree: true, childList: true });
        // The first answer arrives first, then the second.
        responses.get('/first.json')?.resolve(jsonResponse(eventsFile([event('from-first')])));
        await sleep(100);
        responses.get('/second.json')?.resolve(jsonResponse(eventsFile([event('from-second')])));
        await el.timelineReady;
        await until(() => drawnIds(el).includes('from-second'), 'the second file is drawn');
        await sleep(300);
        observer.disconnect();
        expect(painted).not.to.include('from-first');
        expect(drawnIds(el)).to.deep.equal(['from-second']);
        expect(errorEvents).to.have.length(0);
      });
    }

    it('an earlier load that fails after being replaced reports nothing', async () => {
      const { responses } = controlledServer(false);
      const { el, errorEvents } = await mount({ src: '/first.json', ready: false });
      await el.updateComplete;
      el.src = '/second.json';
      await el.updateComplete;
      responses.get('/first.json')!.resolve(new Response('nope', { status: 500 }));
      responses.get('/second.json')!.resolve(jsonResponse(eventsFile([event('from-second')])));
      await el.timelineReady;
      await sleep(200);
      expect(errorEvents).to.have.length(0);
      expect(messageBox(el)).to.equal(null);
    });

    it('setting `events` while a file loads wins over the file', async () => {
      const { responses, calls } = controlledServer(false);
      const { el } = await mount({ src: '/first.json', ready: false });
      await el.updateComplete;
      el.events = eventsFile([event('from-property')]);
      await el.timelineReady;
      expect(calls[0]!.signal!.aborted).to.equal(true);
      responses.get('/first.json')!.resolve(jsonResponse(eventsFile([event('from-first')])));
      await sleep(300);
      expect(drawnIds(el)).to.deep.equal(['from-property']);
    });
  });

  describe('the element removed while loading', () => {
    for (const outcome of ['answers', 'fails'] as const) {
      it(`nothing happens later when the server ${outcome} after removal`, async () => {
        const response = deferred<Response>();
        const calls = stubFetch(() => response.promise);
        const { el, errorEvents } = await mount({ src: '/slow.json', ready: false });
        await el.updateComplete;
        const rendered: number[] = [];
        const observer = new MutationObserver((records) => rendered.push(records.length));
        el.remove();
        observer.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
        expect(calls[0]!.signal!.aborted, 'the request is aborted on removal').to.equal(true);
        if (outcome === 'answers') response.resolve(jsonResponse(eventsFile([event('too-late')])));
        else response.resolve(new Response('nope', { status: 500 }));
        await sleep(400);
        observer.disconnect();
        expect(errorEvents).to.have.length(0);
        expect(rendered, 'no render after removal').to.deep.equal([]);
        expect(drawnIds(el)).to.deep.equal([]);
        expect(root(el).querySelector('.vis-timeline')).to.equal(null);
      });
    }

    it('re-attached, it loads again', async () => {
      const first = deferred<Response>();
      let call = 0;
      const calls = stubFetch((_url, init) => (++call === 1 ? slowResponse(init?.signal, first) : Promise.resolve(jsonResponse(eventsFile([event('second-try')])))));
      const { el, wrapper } = await mount({ src: '/slow.json', ready: false });
      await el.updateComplete;
      el.remove();
      wrapper.append(el);
      await el.timelineReady;
      await until(() => drawnIds(el).includes('second-try'), 'drawn after re-attaching');
      expect(calls).to.have.length(2);
      expect(calls[0]!.signal!.aborted).to.equal(true);
    });
  });
});
