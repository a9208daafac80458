// `npm run docs`: lints the spec (a spec that does not lint gets no docs), then renders the docs-ready
// spec the generator emits (code samples, errata) with Redoc into a site that opens offline:
//   dist/docs/index.html   one self-contained page (Redoc inlined)
//   dist/docs/changes.html   the Changes page: CHANGELOG.md, rendered by the same Redoc, linked both ways
//   dist/docs/openapi.json, dist/docs/openapi.yaml   the bundled spec, linked from the page
//   npm run docs -- [--out dist/docs] [--spec spec/openapi.yaml] [--changelog CHANGELOG.md]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { DOCS_SPEC } from '../generator/docs.js';
import { generate } from '../generator/index.js';
import { ENTRY_HEADING } from '../generator/release/changelog.js';
import type { OpenApiDocument } from '../generator/openapi.js';
import { SpecError } from '../generator/spec.js';
import { lintSpec } from './lint.js';
import { isEntryPoint } from '../generator/entry-point.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const redocly = path.join(root, 'node_modules/.bin/redocly');

/** The files of the site, as written into the output folder. */
export const SITE_FILES = ['index.html', 'changes.html', 'openapi.json', 'openapi.yaml'] as const;

/** The Changes page, beside index.html. */
export const CHANGES_PAGE = 'changes.html';

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

function pageTemplate(description: string): string {
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

/**
 * The Changes page as a document Redoc renders: the changelog is its introduction (Redoc renders the
 * Markdown and lists each release in the navigation), with no operations. The same renderer, theme
 * and template as the reference, so the page looks like the rest of the site and needs no other
 * Markdown library.
 */
export function changesDocument(info: OpenApiDocument['info'], changelog: string | undefined): OpenApiDocument {
  const version = (info['x-client-package'] as { version?: string } | undefined)?.version;
  const body = changelog?.trim() ? changelog.trim() : '# Changelog\n\nNo release yet: `npm run release` writes the first entry of `CHANGELOG.md`.';
  return {
    openapi: '3.1.0',
    info: {
      title: `${info.title}: changes`,
      version: version ? `client ${version}` : info.version,
      description: `[← Back to the API reference](index.html)\n\n${body}\n`,
    },
    paths: {},
  };
}

/** The section of the reference's introduction that links to the Changes page. */
export function changesSection(changelog: string | undefined): string {
  const [latest] = changelog ? [...changelog.matchAll(ENTRY_HEADING)] : [];
  return [
    '## Changes',
    '',
    `What each release of the client changed, rated major, minor or patch: [the Changes page](${CHANGES_PAGE}).`,
    latest ? `The latest release is ${latest[1]} (${latest[3]}), of ${latest[2]}.` : 'There is no release yet.',
  ].join('\n');
}

function redocBuild(work: string, document: OpenApiDocument, name: string, config: string, title: string): { ok: true } | { ok: false; reason: string } {
  const input = path.join(work, `${name}.json`);
  const template = path.join(work, `${name}.hbs`);
  writeFileSync(input, JSON.stringify(document));
  writeFileSync(template, pageTemplate(String(document.info.summary ?? document.info.title)));
  const result = spawnSync(
    redocly,
    ['build-docs', input, '--config', config, '--inlineBundle', '--template', template, '--title', title, '--output', path.join(work, `${name}.html`)],
    // Telemetry off: the build, and the page it writes, send nothing anywhere.
    { cwd: root, stdio: 'inherit', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  );
  if (result.status !== 0) return { ok: false, reason: `redocly build-docs failed on ${name}.html (exit ${result.status ?? result.signal})` };
  writeFileSync(path.join(work, `${name}.html`), finishPage(readFileSync(path.join(work, `${name}.html`), 'utf8')));
  return { ok: true };
}

export async function buildDocs(spec: string, outDir: string, changelogFile?: string): Promise<{ ok: true } | { ok: false; reason: string }> {
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
  const changelog = changelogFile && existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : undefined;
  info.description = `${(info.description as string | undefined)?.trimEnd() ?? ''}\n\n${changesSection(changelog)}`.trimStart();

  // Everything is built beside the output first: a failed build leaves the output folder untouched.
  const work = mkdtempSync(path.join(tmpdir(), 'pinpoint-docs-'));
  try {
    const reference = redocBuild(work, docsSpec, 'index', path.join(root, 'redocly.yaml'), `${info.title} (${info.version})`);
    if (!reference.ok) return reference;
    // The Changes page has no spec to download.
    writeFileSync(path.join(work, 'changes-redocly.yaml'), 'openapi:\n  hideDownloadButtons: true\n');
    const changes = changesDocument(info, changelog);
    const page = redocBuild(work, changes, 'changes', path.join(work, 'changes-redocly.yaml'), `${changes.info.title} (${changes.info.version})`);
    if (!page.ok) return page;
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

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'dist/docs' }, spec: { type: 'string', default: 'spec/openapi.yaml' }, changelog: { type: 'string', default: 'CHANGELOG.md' } },
  });
  const outDir = path.resolve(values.out!);
  const result = await buildDocs(values.spec!, outDir, values.changelog!);
  if (!result.ok) {
    console.error(`\nnpm run docs: ${result.reason}; no docs were written.`);
    process.exit(1);
  }
  const shown = path.relative(process.cwd(), outDir) || '.';
  console.log(`Docs: ${shown}/index.html (self-contained, opens offline), with ${shown}/changes.html, ${shown}/openapi.json and ${shown}/openapi.yaml.`);
}
