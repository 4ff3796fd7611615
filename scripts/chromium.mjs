/**
 * How every tool of this project launches Debian's Chromium (browser tests,
 * benchmark): the flags measured in ../shared/TOOLING.md — software WebGL
 * through SwiftShader, and no background network, which this machine refuses.
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];

/** Launches Chromium (`CHROMIUM_PATH` overrides `/usr/bin/chromium`) with the project's flags plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
