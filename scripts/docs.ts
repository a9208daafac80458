// `npm run docs`: lints the spec (a spec that does not lint gets no docs), then renders the docs-ready
// spec the generator emits (code samples, errata) with Redoc into a site that opens offline:
//   dist/docs/index.html   one self-contained page (Redoc inlined)
//   dist/docs/openapi.json, dist/docs/openapi.yaml   the bundled spec, linked from the page
//   npm run docs -- [--out dist/docs] [--spec spec/openapi.yaml]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { DOCS_SPEC } from '../generator/docs.js';
import { generate } from '../generator/index.js';
import type { OpenApiDocument } from '../generator/openapi.js';
import { SpecError } from '../generator/spec.js';
import { lintSpec } from './lint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const redocly = path.join(root, 'node_modules/.bin/redocly');

/** The files of the site, as written into the output folder. */
export const SITE_FILES = ['index.html', 'openapi.json', 'openapi.yaml'] as const;

// Redoc's defaults, made easier to read: larger type, a calmer palette, the sidebar set apart. Redoc 3
// reads its theme from CSS custom properties on :root (`:root.dark` for the dark mode it offers).
const STYLE = `
:root:root {
  --font-size-base: 15px;
  --line-height-base: 24px;
  --h1-font-size: 32px;
  --h2-font-size: 24px;
  --h3-font-size: 20px;
  --font-family-base: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  --font-family-monospaced: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
}
:root:not(.dark) {
  --text-color-primary: #1f2933;
  --color-primary-base: #1c5d99;
  --color-primary-hover: #174b7c;
  --color-primary-active: #123c63;
  --link-color-primary: #1c5d99;
  --link-color-primary-hover: #174b7c;
  --link-color-visited: #1c5d99;
  --sidebar-bg-color: #f5f7fa;
  --heading-text-color: #102a43;
}
`;

// The only thing Redoc fetches at run time is its own logo, from a CDN: offline that is a broken
// image and a failed request. The same credit, drawn inline, needs no network.
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="14" viewBox="0 0 46 14"><text x="0" y="11" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#1c5d99">Redoc</text></svg>',
)}`;
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1c5d99"/><path d="M4 12V4h4.5a2.5 2.5 0 0 1 0 5H6" stroke="#fff" stroke-width="1.8" fill="none"/></svg>',
)}`;

function template(description: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>{{title}}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <meta name="description" content="${escapeHtml(description)}" />
  <link rel="icon" href="${FAVICON}" />
  <style>body { margin: 0; padding: 0; }</style>
  {{{redocHead}}}
  <style>${STYLE}</style>
</head>
<body>
  {{{redocHTML}}}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page as built, made to need no network; throws when it would still load something remote. */
export function finishPage(html: string): string {
  const page = html.replace(CDN_LOGO, INLINE_LOGO);
  const remote = /<script[^>]+src=["']https?:|<link[^>]+href=["']https?:|https:\/\/cdn\.redoc\.ly\/[^`"' ]+\.(?:svg|png|js|css)/.exec(page);
  if (remote) throw new Error(`the page would load ${remote[0]} at run time; it must open offline`);
  return page;
}

export async function buildDocs(spec: string, outDir: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!(await lintSpec(spec))) return { ok: false, reason: `${spec} does not lint` };
  let files: Map<string, string>;
  try {
    files = new Map((await generate(spec)).map((f) => [f.path, f.content]));
  } catch (error) {
    if (error instanceof SpecError) return { ok: false, reason: `${spec} does not load:\n${error.message}` };
    throw error;
  }
  const docsYaml = files.get(DOCS_SPEC);
  const bundled = files.get('openapi.json');
  if (!docsYaml || !bundled) return { ok: false, reason: `the generator gave no ${DOCS_SPEC}` };
  const docsSpec = parseYaml(docsYaml) as OpenApiDocument;
  const { info } = docsSpec;

  // Everything is built beside the output first: a failed build leaves the output folder untouched.
  const work = mkdtempSync(path.join(tmpdir(), 'pinpoint-docs-'));
  try {
    writeFileSync(path.join(work, 'docs-openapi.json'), JSON.stringify(docsSpec));
    writeFileSync(path.join(work, 'template.hbs'), template(String(info.summary ?? info.title)));
    const result = spawnSync(
      redocly,
      [
        'build-docs', path.join(work, 'docs-openapi.json'),
        '--config', path.join(root, 'redocly.yaml'),
        '--inlineBundle',
        '--template', path.join(work, 'template.hbs'),
        '--title', `${info.title} (${info.version})`,
        '--output', path.join(work, 'index.html'),
      ],
      // Telemetry off: the build, and the page it writes, send nothing anywhere.
      { cwd: root, stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    if (result.status !== 0) return { ok: false, reason: `redocly build-docs failed (exit ${result.status ?? result.signal})` };
    writeFileSync(path.join(work, 'index.html'), finishPage(readFileSync(path.join(work, 'index.html'), 'utf8')));
    writeFileSync(path.join(work, 'openapi.json'), bundled);
    writeFileSync(path.join(work, 'openapi.yaml'), toYaml(JSON.parse(bundled), { lineWidth: 0, aliasDuplicateObjects: false }));
    mkdirSync(outDir, { recursive: true });
    for (const name of SITE_FILES) copyFileSync(path.join(work, name), path.join(outDir, name));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/docs' }, spec: { type: 'string', default: 'spec/openapi.yaml' } } });
  const outDir = path.resolve(values.out!);
  const result = await buildDocs(values.spec!, outDir);
  if (!result.ok) {
    console.error(`\nnpm run docs: ${result.reason}; no docs were written.`);
    process.exit(1);
  }
  const shown = path.relative(process.cwd(), outDir) || '.';
  console.log(`Docs: ${shown}/index.html (self-contained, opens offline), with ${shown}/openapi.json and ${shown}/openapi.yaml.`);
}
