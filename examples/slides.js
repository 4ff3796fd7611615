// The deck's script (a file of its own: the page's CSP allows no inline script).
const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'fr';
document.documentElement.lang = lang;
for (const el of document.querySelectorAll('[data-fr]')) el.textContent = el.dataset[lang];
const map = document.querySelector('coop-map');
map.setAttribute('lang', lang);

// The steps: the title, one per scene of data/scenes.json (read from the element once loaded), the end.
let steps = ['title', 'end'];
let current = 0;
const slides = { title: 'slide-title', end: 'slide-end' };

function show(index) {
  current = Math.max(0, Math.min(steps.length - 1, index));
  const step = steps[current];
  const slideId = slides[step] ?? 'slide-map';
  for (const s of document.querySelectorAll('.slide')) s.classList.toggle('active', s.id === slideId);
  if (!slides[step]) map.setAttribute('scene', step);
  // The map shows its own step indicator; the deck's position is kept for scripts (and tests).
  document.body.dataset.step = `${current + 1}/${steps.length}`;
  history.replaceState(null, '', `#${step}`);
}

await customElements.whenDefined('coop-map');
await new Promise((resolve) => {
  if (map.hasAttribute('ready')) resolve();
  else new MutationObserver((_, observer) => {
    if (map.hasAttribute('ready')) {
      observer.disconnect();
      resolve();
    }
  }).observe(map, { attributes: true, attributeFilter: ['ready'] });
});
steps = ['title', ...map.presentation.scenes.map((s) => s.id), 'end'];
const start = steps.indexOf(location.hash.slice(1));
show(start < 0 ? 0 : start);

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
  const moves = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': e.shiftKey ? -1 : 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
  const target = e.composedPath()[0];
  if (e.key === ' ' && target instanceof HTMLElement && /^(BUTTON|A|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
  if (e.key in moves) show(current + moves[e.key]);
  else if (e.key === 'Home') show(0);
  else if (e.key === 'End') show(steps.length - 1);
  else return;
  e.preventDefault();
});
document.getElementById('prev').addEventListener('click', () => show(current - 1));
document.getElementById('next').addEventListener('click', () => show(current + 1));
