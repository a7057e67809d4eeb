// Shows the page's query string as the two timelines write their deep links into it.
const output = document.getElementById('address');

function show() {
  if (output) output.textContent = location.search || '(none yet)';
}

// A timeline writes the address while it updates, just after it announces the change: read it a
// moment later. Back and forward change it too.
for (const type of ['purge-timeline-select', 'purge-timeline-range-change']) {
  document.addEventListener(type, () => setTimeout(show));
}
addEventListener('popstate', show);
show();
