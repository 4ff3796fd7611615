import './app/coop-map.ts';
