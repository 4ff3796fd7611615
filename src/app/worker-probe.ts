/**
 * MapLibre never notices that its worker failed to load (a 404, a 500, a
 * file served as text/plain, a truncated file): the map then waits forever
 * and no `ready` comes. A probe worker of the same URL fails the same way,
 * and a failed module worker fires `error` at once, so the page can switch
 * to the static map and say why. The probe is stopped as soon as the map
 * has loaded (the worker works) or after `timeoutMs`.
 */

/** A running probe: `failed` settles with the reason if the worker cannot load; `stop()` ends the probe. */
export interface WorkerProbe {
  failed: Promise<string>;
  stop(): void;
}

/** Loads `url` as a module worker, like MapLibre does, and reports a failure to load it. */
export function probeWorker(url: string, timeoutMs = 60_000): WorkerProbe {
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let report!: (why: string) => void;
  const failed = new Promise<string>((resolve) => {
    report = resolve;
  });
  const stop = (): void => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
  };
  try {
    worker = new Worker(url, { type: 'module' });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      report(event.message || `the worker script ${url} could not be loaded`);
    });
    timer = setTimeout(stop, timeoutMs);
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
  }
  return { failed, stop };
}

/**
 * Probes the worker at `url` only if the map has not loaded after `delayMs`
 * (a healthy map usually has, so most visits never pay for a second worker),
 * and calls `onFail` with the reason if it cannot load. Stops once `loaded` settles.
 */
export function watchMapWorker(url: string, loaded: Promise<unknown>, onFail: (why: string) => void, delayMs = 1500): void {
  let done = false;
  let probe: WorkerProbe | null = null;
  void loaded.then(() => {
    done = true;
    probe?.stop();
  });
  setTimeout(() => {
    if (done) return;
    probe = probeWorker(url);
    void probe.failed.then((why) => {
      if (!done) onFail(why);
    });
  }, delayMs);
}
