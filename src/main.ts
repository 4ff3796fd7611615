/** Entry point of the page: the UI font, the app element, and the page's language and title kept in step. */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './app/coop-map.ts';
import { ensureLang, msg } from './i18n/index.ts';

document.addEventListener('coop-map-change', (e) => {
  const lang = (e as HTMLElementEventMap['coop-map-change']).detail.state.lang;
  document.documentElement.lang = lang;
  void ensureLang(lang).then(() => (document.title = `coopmap — ${msg(lang).title}`));
});
