import { loadSpec } from './generator/spec.js';
const t = performance.now();
try {
  const s = await loadSpec(process.argv[2]!);
  console.log('ok', s.operations.length, 'ops', s.warnings.length, 'warnings', Math.round(performance.now() - t), 'ms');
  const rules = new Map<string, number>(); for (const w of s.warnings) { const r = /\(([^)]+)\)$/.exec(w)?.[1] ?? '?'; rules.set(r, (rules.get(r) ?? 0) + 1); } console.log(rules, s.warnings[0]);
} catch (e) { console.log('fail', Math.round(performance.now() - t), (e as Error).message.slice(0, 2000)); }
