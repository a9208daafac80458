// The client package's version and how a change report moves it. The level of the report maps
// straight to the semver part, 0.x included: a major change gives the next major even from 0.x
// (0.4.1 → 1.0.0), a minor one the next minor, a patch the next patch. So "the bump the version
// shows" and "the bump the change needs" compare by one rank, with no 0.x exception to remember.
import semver from 'semver';
import { levelRank, type Level, type ReportLevel } from '../diff/model.js';
import type { JsonObject } from '../openapi.js';

/** Bad input to a release or its check: named, located, exit 2. */
export class ReleaseInputError extends Error {}

export interface ClientPackage {
  name: string;
  version: string;
}

/** Where the version lives in the spec's root file. */
export const VERSION_PATH = ['info', 'x-client-package', 'version'] as const;

/**
 * `info.x-client-package` of a spec document (bundled or as parsed from the root file); `label`
 * names the file in errors. The version is plain MAJOR.MINOR.PATCH: a release computes the next one
 * from it, and pre-release tags have no rank to compare with a change's level.
 */
export function readClientPackage(document: unknown, label: string): ClientPackage {
  const info = (document as { info?: JsonObject } | undefined)?.info;
  const found = info?.['x-client-package'] as JsonObject | undefined;
  if (typeof found !== 'object' || found === null) {
    throw new ReleaseInputError(`${label}#/info/x-client-package: missing; it holds the client package's name and version (see spec/README.md)`);
  }
  const { name, version } = found;
  if (typeof name !== 'string' || name === '') throw new ReleaseInputError(`${label}#/info/x-client-package/name: expected the package's name, found ${JSON.stringify(name)}`);
  checkVersion(version, `${label}#/info/x-client-package/version`);
  return { name, version: version as string };
}

export function checkVersion(version: unknown, where: string): asserts version is string {
  if (typeof version !== 'string' || semver.valid(version) !== version || semver.prerelease(version) !== null || version.includes('+')) {
    throw new ReleaseInputError(`${where}: expected a version MAJOR.MINOR.PATCH (such as 0.2.0), found ${JSON.stringify(version)}`);
  }
}

/** The version a release of `level` gives. */
export function nextVersion(version: string, level: Level): string {
  return semver.inc(version, level)!;
}

/** The bump from one version to another, by the highest part that changed; `down` when it went back. */
export function bumpOf(from: string, to: string): ReportLevel | 'down' {
  if (semver.lt(to, from)) return 'down';
  if (semver.eq(to, from)) return 'none';
  if (semver.major(to) !== semver.major(from)) return 'major';
  if (semver.minor(to) !== semver.minor(from)) return 'minor';
  return 'patch';
}

/** Whether a bump is big enough for a change of `needed` level (a bigger one is fine). */
export function covers(bump: ReportLevel | 'down', needed: ReportLevel): boolean {
  return bump !== 'down' && levelRank(bump) >= levelRank(needed);
}
