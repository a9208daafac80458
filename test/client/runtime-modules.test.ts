// The runtime's modules import one another without a circle (type imports included): the shared
// request, response and handler types live in http.ts, which imports nothing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../support/spec.js';

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)\.js';/gms)].map((m) => path.resolve(path.dirname(file), `${m[1]}.ts`));
}

// templates/ too: it holds bodies.ts, which Pinpoint's runtime does not need.
test.each(['generated/runtime', 'templates'])('no import circle among the runtime modules of %s', (folder) => {
  const runtime = path.join(root, folder);
  const files = readdirSync(runtime, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(runtime, f));
  expect(files.length).toBeGreaterThan(8);
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => i.startsWith(runtime))]));
  const circles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (trail.includes(file)) return void circles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(runtime, f)).join(' → '));
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
  };
  for (const file of files) visit(file, []);
  expect(circles).toEqual([]);
  expect(graph.get(path.join(runtime, 'http.ts'))).toEqual([]);
});
