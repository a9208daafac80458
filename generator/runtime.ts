// Emits `runtime/`: the hand-written code in templates/ that the generated client ships with, and
// `runtime/node/`: the Node-only part from templates/node/ (node:http, signing), which only the
// Node entry imports.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsBodies } from './operations.js';
import { HEADER, type GeneratedFile } from './output.js';

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../templates');

/**
 * The runtime's files. Given the operations, bodies.ts (the encoders of request bodies that are not
 * JSON, and of queries with styled parameters) comes only when one of them needs it, so that a client
 * of JSON operations has no file it never imports.
 */
export async function emitRuntime(operations?: Parameters<typeof needsBodies>[0], templatesDir = TEMPLATES_DIR): Promise<GeneratedFile[]> {
  const skip = operations && !needsBodies(operations) ? 'bodies.ts' : undefined;
  const read = async (folder: string, outFolder: string) => {
    const names = (await fs.readdir(path.join(templatesDir, folder))).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && !(folder === '' && n === skip)).sort();
    return Promise.all(
      names.map(async (name) => ({
        path: `${outFolder}/${name}`,
        content: `// ${HEADER.replace('generator/', `templates/${folder ? `${folder}/` : ''}${name} by generator/`)}\n${await fs.readFile(path.join(templatesDir, folder, name), 'utf8')}`,
      })),
    );
  };
  return [...(await read('', 'runtime')), ...(await read('node', 'runtime/node'))];
}
