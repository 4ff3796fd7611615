/** What the build validated (see `runtimeData` in vite.config.ts). */
declare module 'virtual:coopmap-verified' {
  /** SHA-256 of the data files the build validated in full, by path. */
  const verified: Readonly<Record<string, string>>;
  export default verified;
  /** Ids of the scenes that pass every check against those files, in order (null: a file had a problem, the page checks). */
  export const passedScenes: readonly string[] | null;
}
