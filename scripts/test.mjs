#!/usr/bin/env node
/**
 * `npm test`: every check, in order — type-check, lint, unit tests (Node) and
 * browser tests (real Chromium) — then one plain `N passed, N failed` line
 * that CI can read. Type-check and lint count as one test each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const bin = (name) => `node_modules/.bin/${name}`;

function step(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  return run.status === 0;
}

function check(label, cmd, args) {
  const ok = step(label, cmd, args);
  results[ok ? 'passed' : 'failed'] += 1;
  console.log(ok ? `✔ ${label}` : `✘ ${label} failed`);
}

check('type-check', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('oxlint'), ['--deny-warnings', 'src', 'geo', 'scripts', 'test', 'bench']);
// Formatting is checked, never rewritten, in a test run: `npm run format` writes it.
check('format', bin('prettier'), ['--check', '--log-level=warn', '.']);

const report = '.vitest-results.json';
rmSync(report, { force: true });
const vitestOk = step('unit and browser tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  // A suite that fails to load has no test results of its own: count it.
  const brokenSuites = json.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  results.failed += brokenSuites;
  if (!vitestOk && json.numFailedTests === 0 && brokenSuites === 0) results.failed += 1;
} else {
  results.failed += 1;
}

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
