// `npm run mock:proxy -- --upstream <url>`: the contract check against a live endpoint. Prism runs
// in proxy mode (`prism proxy <spec> <upstream>`) and checks every request and response against
// the spec; in front of it a small pass-through reads Prism's `sl-violations` header (JSON, so no
// log scraping) and reports each violation on one line, with the exchange it belongs to.
//   npm run mock:proxy -- --upstream https://pinpoint.us-east-1.amazonaws.com
//                         [--port 4011] [--host 127.0.0.1] [--report violations.jsonl] [--errors] [--no-cors] [--quiet]
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertPortFree,
  closeServer,
  exposureWarning,
  freeLoopbackPort,
  listen,
  mockDir,
  parseViolationsHeader,
  passHeaders,
  readConfig,
  startPrism,
  stopWithSignals,
  urlOf,
  type ReportedViolation,
} from './mock-server.js';
import { isEntryPoint } from '../generator/entry-point.js';

export { parseViolationsHeader, type ReportedViolation };

export interface Exchange {
  method: string;
  path: string;
  status: number;
  violations: ReportedViolation[];
}

/** One readable line per violation: what, where, and in which exchange. */
export function reportLines(exchange: Exchange): string[] {
  const head = `${exchange.method} ${exchange.path} → ${exchange.status}`;
  if (exchange.violations.length === 0) return [`✓ ${head}`];
  return exchange.violations.map((v) => {
    const mark = v.severity === 'Error' ? '✗' : '!';
    const where = v.location.length ? `${v.location.join('.')}: ` : '';
    return `${mark} ${v.severity.toLowerCase()} ${head}  ${where}${v.message}`;
  });
}

/**
 * Prism's own answers (a request refused with --errors, an upstream it cannot reach) come as
 * problem+json, with the violations in its `validation` list rather than in the header.
 */
function prismProblem(response: IncomingMessage, body: Buffer): ReportedViolation[] {
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) return [];
  try {
    const problem = JSON.parse(body.toString()) as { title?: string; detail?: string; validation?: ReportedViolation[] };
    if (Array.isArray(problem.validation) && problem.validation.length > 0) {
      return problem.validation.map((v) => ({ ...v, location: ['request', ...(v.location ?? [])] }));
    }
    return [{ location: ['prism'], severity: 'Error', code: response.statusCode ?? '', message: [problem.title, problem.detail].filter(Boolean).join(': ') }];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const { values } = parseArgs({
    options: {
      upstream: { type: 'string' },
      port: { type: 'string', default: String(config.proxy.port) },
      host: { type: 'string', default: config.host },
      report: { type: 'string' },
      errors: { type: 'boolean', default: false },
      'no-cors': { type: 'boolean', default: !config.cors },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (!values.upstream) throw new Error('--upstream <url> is required, e.g. --upstream https://pinpoint.us-east-1.amazonaws.com');
  const upstream = new URL(values.upstream);
  if (!/^https?:$/.test(upstream.protocol)) throw new Error(`--upstream: not an http(s) URL: ${values.upstream}`);
  const host = values.host!;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  await assertPortFree(host, port);
  const reportFile = values.report ? path.resolve(values.report) : undefined;
  if (reportFile) writeFileSync(reportFile, '');

  // Prism listens on loopback only; the pass-through is what clients see.
  const prismPort = await freeLoopbackPort();
  const spec = path.join(mockDir, config.spec);
  const prism = startPrism(
    [
      'proxy', spec, upstream.href,
      `--cors=${!values['no-cors']}`,
      `--errors=${values.errors}`,
      '--validate-request=true',
      // The report below says what Prism would log; its own log keeps only its failures.
      '--verboseLevel', 'fatal',
    ],
    prismPort,
  );

  let exchanges = 0;
  let broken = 0;
  let violationCount = 0;
  const record = (exchange: Exchange) => {
    exchanges += 1;
    if (exchange.violations.length > 0) {
      broken += 1;
      violationCount += exchange.violations.length;
    }
    for (const line of reportLines(exchange)) if (!(values.quiet && line.startsWith('✓'))) console.log(line);
    if (reportFile && exchange.violations.length > 0) appendFileSync(reportFile, `${JSON.stringify(exchange)}\n`);
  };

  const server = createServer((incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const target = incoming.url ?? '/';
    const forward = request(
      { host: '127.0.0.1', port: prismPort, method, path: target, headers: passHeaders(incoming.headers) },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = passHeaders(answer.headers);
          let violations = parseViolationsHeader(answer.headers['sl-violations'] as string | undefined);
          if (violations.length === 0) {
            violations = prismProblem(answer, body);
            // The same header as the mock's, so that a client reads a refusal the same way.
            if (violations.length > 0) headers['sl-violations'] = JSON.stringify(violations);
          }
          record({ method, path: target, status: answer.statusCode ?? 0, violations });
          outgoing.writeHead(answer.statusCode ?? 502, headers);
          outgoing.end(body);
        });
      },
    );
    forward.on('error', (error) => {
      record({ method, path: target, status: 502, violations: [{ location: ['proxy'], severity: 'Error', code: 502, message: error.message }] });
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`The contract proxy could not reach Prism: ${error.message}`);
    });
    incoming.pipe(forward);
  });

  stopWithSignals(prism, () => {
    closeServer(server);
    console.log(`${exchanges} exchanges, ${broken} broke the spec (${violationCount} violations).`);
  });
  await prism.ready;
  const listening = await listen(server, port, host).catch((error: unknown) => {
    prism.child.kill('SIGTERM');
    throw error;
  });

  const lines = [
    `Pinpoint contract proxy on ${urlOf(host, listening)} → ${upstream.href}: every request and response is checked against ${path.relative(process.cwd(), spec)} (${config.operations.length} operations).`,
    values.errors
      ? 'With --errors, a request that breaks the spec gets 422 and is not forwarded.'
      : 'Exchanges are forwarded unchanged; each violation is reported below (✗ error, ! warning).',
    ...(reportFile ? [`Violations are also written to ${reportFile} (JSON Lines).`] : []),
    'Ctrl-C stops the proxy.',
  ];
  const warning = exposureWarning(host);
  if (warning) lines.push(warning);
  console.log(lines.join('\n'));
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
