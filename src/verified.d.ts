/** SHA-256 of the data files the build validated in full, by path (see `runtimeData` in vite.config.ts). */
declare module 'virtual:coopmap-verified' {
  const verified: Readonly<Record<string, string>>;
  export default verified;
}
