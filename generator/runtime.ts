// Emits `runtime/`: the hand-written code in templates/ that the generated client ships with.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER, type GeneratedFile } from './output.js';

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../templates');

export async function emitRuntime(templatesDir = TEMPLATES_DIR): Promise<GeneratedFile[]> {
  const names = (await fs.readdir(templatesDir)).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `runtime/${name}`,
      content: `// ${HEADER.replace('generator/', `templates/${name} by generator/`)}\n${await fs.readFile(path.join(templatesDir, name), 'utf8')}`,
    })),
  );
}
