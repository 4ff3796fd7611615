/**
 * Entry of the library build (`dist/coop-map.js`): one script that defines
 * `<coop-map>` for any page — attributes `scene`, `lang`, `embed`, `controls`
 * and the app's state API. Data, geometry, fonts and the MapLibre worker load
 * from URLs next to the script. See README, "Embedding".
 */
import './lib-setup.ts';
import './app/coop-map.ts';
