// A real HTTP server on 127.0.0.1 (free port) that answers from a script, one entry per request,
// and records what it was sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What to do with one request: answer, or hang until the client gives up. */
export type Step = { status: number; body?: string | object; headers?: Record<string, string> } | 'hang';

export interface ScriptedServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startScriptedServer(script: Step[] | ((request: Recorded, index: number) => Step)): Promise<ScriptedServer> {
  const requests: Recorded[] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      const index = requests.length - 1;
      const step = typeof script === 'function' ? script(recorded, index) : (script[index] ?? { status: 599, body: 'script ran out' });
      if (step === 'hang') {
        hanging.add(res);
        return;
      }
      const text = typeof step.body === 'string' ? step.body : JSON.stringify(step.body ?? {});
      res.writeHead(step.status, { 'content-type': typeof step.body === 'string' ? 'text/plain' : 'application/json', ...step.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
