// A real HTTP server on 127.0.0.1 (free port) that answers from a script, one entry per request,
// and records what it was sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The body's bytes, exactly as they came. */
  bytes: Buffer;
}

/**
 * What to do with one request: answer, or hang until the client gives up. An answer with `partial`
 * sends its headers (with the full Content-Length) and half of its body, then stalls (`'hang'`) or
 * resets the connection (`'reset'`).
 */
export type Step =
  | { status: number; body?: string | Buffer | object; headers?: Record<string, string>; partial?: 'hang' | 'reset' }
  | 'hang';

export interface ScriptedServer {
  url: string;
  requests: Recorded[];
  /** Connections that carried a request and are still open. */
  readonly openRequestConnections: number;
  close(): Promise<void>;
}

export async function startScriptedServer(script: Step[] | ((request: Recorded, index: number) => Step)): Promise<ScriptedServer> {
  const requests: Recorded[] = [];
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const carriedRequest = new WeakSet<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: bytes.toString(), bytes };
      requests.push(recorded);
      carriedRequest.add(req.socket);
      const index = requests.length - 1;
      const step = typeof script === 'function' ? script(recorded, index) : (script[index] ?? { status: 599, body: 'script ran out' });
      if (step === 'hang') {
        hanging.add(res);
        return;
      }
      const raw = Buffer.isBuffer(step.body);
      const text = raw ? (step.body as Buffer) : Buffer.from(typeof step.body === 'string' ? step.body : JSON.stringify(step.body ?? {}));
      res.writeHead(step.status, {
        'content-type': raw ? 'application/octet-stream' : typeof step.body === 'string' ? 'text/plain' : 'application/json',
        'content-length': String(text.length),
        ...step.headers,
      });
      if (!step.partial) {
        res.end(text);
        return;
      }
      res.write(text.subarray(0, Math.floor(text.length / 2)));
      if (step.partial === 'hang') hanging.add(res);
      else setTimeout(() => res.socket?.resetAndDestroy(), 20);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get openRequestConnections() {
      return [...sockets].filter((socket) => carriedRequest.has(socket)).length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
