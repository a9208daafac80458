// `npm run docs:serve`: serves the built docs (dist/docs/) on 127.0.0.1 for a quick look in a browser.
//   npm run docs:serve -- [--port 8080] [--dir dist/docs]
// Ctrl-C stops it cleanly. Build the docs first with `npm run docs`.
import { existsSync, promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isEntryPoint } from '../generator/entry-point.js';

export interface DocsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1; port 0 picks a free one. */
export async function startDocsServer(options: { dir: string; port?: number }): Promise<DocsServer> {
  const dir = path.resolve(options.dir);
  const server: Server = createServer((request, response) => {
    void answer(dir, request.method ?? 'GET', request.url ?? '/').then(({ status, type, body }) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function answer(dir: string, method: string, url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const text = (status: number, message: string) => ({ status, type: 'text/plain; charset=utf-8', body: Buffer.from(`${message}\n`) });
  if (method !== 'GET' && method !== 'HEAD') return text(405, 'Only GET and HEAD.');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return text(400, 'Bad URL.');
  }
  const file = path.join(dir, path.normalize(pathname));
  if (file !== dir && !file.startsWith(`${dir}${path.sep}`)) return text(404, 'Not found.');
  const ext = path.extname(file);
  // Redoc routes by path when served (/endpoint/updateendpoint): those paths are the page itself.
  const target = ext === '' ? path.join(dir, 'index.html') : file;
  const type = TYPES[path.extname(target)];
  if (!type) return text(404, 'Not found.');
  try {
    return { status: 200, type, body: await fs.readFile(target) };
  } catch {
    // A relative link (changes.html, openapi.json) followed on a deep link resolves below Redoc's
    // route (/endpoint/changes.html): it means the file at the top of the site.
    if (path.dirname(target) === dir) return text(404, 'Not found.');
    try {
      return { status: 200, type, body: await fs.readFile(path.join(dir, path.basename(target))) };
    } catch {
      return text(404, 'Not found.');
    }
  }
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, dir: { type: 'string', default: 'dist/docs' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`npm run docs:serve: --port must be a port number, not ${JSON.stringify(values.port)}`);
    process.exit(2);
  }
  if (!existsSync(path.join(values.dir!, 'index.html'))) {
    console.error(`npm run docs:serve: ${values.dir}/index.html does not exist; run \`npm run docs\` first.`);
    process.exit(1);
  }
  let server: DocsServer;
  try {
    server = await startDocsServer({ dir: values.dir!, port });
  } catch (error) {
    console.error(`npm run docs:serve: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`Docs on ${server.url} (from ${values.dir}/). Ctrl-C stops.`);
  const stop = (signal: string) => {
    void server.close().then(() => {
      console.log(`\nStopped (${signal}).`);
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
