// The React 19 example: React state drives <purge-timeline>'s properties, and the element's
// purge-timeline-select event drives React state. Built into app.js by scripts/build-demo.mjs.
import { StrictMode, useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import chronology from '../../events.json';
// Registers <purge-timeline>. Left as an import of the page's own copy of the bundle (not bundled
// in here), so there is one element definition however many scripts use it.
import '../../dist/purge-timeline.js';

const VIEWS = [
  { id: 'all', label: 'Whole period', start: '1935', end: '1941' },
  { id: 'purge', label: 'The purge years, 1937–1938', start: '1937-01', end: '1938-12' },
  { id: 'war', label: 'The road to war, 1938–1941', start: '1938-03', end: '1941' },
];

const PICKS = ['army-commanders-arrested', 'munich-agreement', 'resolutions-end-mass-operations'];

const byId = new Map(chronology.events.map((event) => [event.id, event]));

function App() {
  const [view, setView] = useState(VIEWS[0]);
  const [category, setCategory] = useState('');
  const [selected, setSelected] = useState(undefined);
  const [lastEvent, setLastEvent] = useState(undefined);

  // A new object only when the filter changes: the element re-reads its data only then.
  const events = useMemo(
    () => (category ? { ...chronology, events: chronology.events.filter((event) => event.category === category) } : chronology),
    [category],
  );

  const onSelect = useCallback((event) => {
    const { id, byUser } = event.detail;
    setSelected(id);
    setLastEvent({ id, title: event.detail.event?.title, byUser });
  }, []);

  const changeCategory = (next) => {
    setCategory(next);
    // The element drops a selection its new data does not have; keep React's state the same.
    if (selected && next && byId.get(selected)?.category !== next) setSelected(undefined);
  };

  const open = (id) => {
    if (category && byId.get(id)?.category !== category) setCategory('');
    setSelected(id);
  };

  const current = selected ? byId.get(selected) : undefined;

  return (
    <>
      <div className="controls">
        <fieldset>
          <legend>View (start and end)</legend>
          <div className="buttons">
            {VIEWS.map((v) => (
              <button key={v.id} type="button" data-view={v.id} aria-pressed={view.id === v.id} onClick={() => setView(v)}>
                {v.label}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Open an event (selected)</legend>
          <div className="buttons">
            {PICKS.map((id) => (
              <button key={id} type="button" data-open={id} onClick={() => open(id)}>
                {byId.get(id).title}
              </button>
            ))}
            <button type="button" data-open="" onClick={() => setSelected(undefined)}>
              Close
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>Data (events)</legend>
          <label>
            Category{' '}
            <select value={category} onChange={(e) => changeCategory(e.target.value)}>
              <option value="">All categories</option>
              {chronology.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>

      <purge-timeline
        id="chronology"
        events={events}
        start={view.start}
        end={view.end}
        selected={selected}
        onpurge-timeline-select={onSelect}
      ></purge-timeline>

      <div className="selection" role="status">
        <p data-testid="selected">
          Open in the timeline: {current ? <strong>{current.title}</strong> : <span className="muted">nothing</span>}
        </p>
        <p data-testid="last-event" className="muted">
          {lastEvent
            ? lastEvent.id
              ? `Last purge-timeline-select: “${lastEvent.title}” (${lastEvent.byUser ? 'opened in the timeline' : 'opened by a link'}).`
              : 'Last purge-timeline-select: the popover was closed.'
            : 'No purge-timeline-select event yet: click an event in the timeline.'}
        </p>
      </div>
    </>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
