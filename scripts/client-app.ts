// An app that installs the client package as users do: `npm pack` of dist/client/, then
// `npm install <tarball>` in an empty folder outside this project, so that nothing resolves from this
// project's node_modules. Dependencies come from the npm registry, or from npm's cache when it has them.
// Used by the package's consumer test (test/package/) and by `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const packageFolder = path.join(root, 'dist/client');

export interface ClientApp {
  /** The app's folder (outside this project). */
  dir: string;
  /** The packed tarball, in the app's folder. */
  tarball: string;
  /** The package's name and version, as its package.json says. */
  name: string;
  version: string;
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The version of a package installed in this project, to install the same one elsewhere (npm's cache has it). */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Packs dist/client/ and installs the tarball, and `extra` packages (`name@version`), into a new folder
 * under the system's temporary folder (`prefix` names it). dist/client/ must be built (`npm run build`).
 */
export function createClientApp(prefix: string, extra: string[] = []): ClientApp {
  if (!existsSync(path.join(packageFolder, 'package.json'))) {
    throw new Error(`${path.relative(root, packageFolder)}/ is not built: run \`npm run build\` (or \`npm run build:client\`) first`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  const { name, version } = JSON.parse(readFileSync(path.join(packageFolder, 'package.json'), 'utf8')) as { name: string; version: string };
  const packed = JSON.parse(npm(['pack', packageFolder, '--json', '--pack-destination', dir], dir)) as { filename: string }[];
  const tarball = path.join(dir, packed[0]!.filename);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: `${prefix}-app`, private: true, type: 'module' }, null, 2)}\n`);
  npm(['install', '--prefer-offline', '--ignore-scripts', tarball, ...extra], dir);
  return { dir, tarball, name, version };
}
