// `npm audit --omit=dev`, failing on high or critical advisories in what ships. A registry whose
// advisory endpoint cannot be reached (as on these build machines) is reported, not failed: it says
// nothing about the packages.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit gave no report:\n${run.stderr}`);
  process.exit(1);
}
const failure = report.error ?? (report.statusCode ? report : undefined);
if (failure) {
  const why = report.message ?? failure.summary ?? failure.message ?? failure.code ?? 'no answer';
  console.warn(`npm audit could not reach the advisory database (${why}); nothing was checked.`);
  process.exit(0);
}
const v = report.metadata?.vulnerabilities ?? {};
const serious = (v.high ?? 0) + (v.critical ?? 0);
console.log(`npm audit (shipped packages): ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`);
process.exit(serious > 0 ? 1 : 0);
