// The last release, found in git from any full clone: the commits of HEAD's first-parent history
// where info.x-client-package.version took a new value, back to the commit that introduced it.
import { findRepository, readReleases } from '../../generator/release/history.js';
import { ReleaseInputError } from '../../generator/release/version.js';
import { cloneOf, removeTempRepos, SPEC, tempRepo, tinySpec, type TempRepo } from './support.js';

afterAll(removeTempRepos);

const releasesOf = (repo: TempRepo, count?: number) =>
  readReleases(findRepository(`${repo.dir}/${SPEC}`), count).map(({ commit, version, introduced }) => ({ commit, version, introduced }));

describe('a history with releases', () => {
  let repo: TempRepo;
  const at: Record<string, string> = {};

  beforeAll(() => {
    repo = tempRepo('history');
    at.readme = repo.commit('no spec yet', { 'README.md': 'a project\n' });
    at.noField = repo.commit('the spec, no package yet', { [SPEC]: tinySpec({ version: null }) });
    at.introduced = repo.commit('x-client-package 0.1.0', { [SPEC]: tinySpec() });
    at.edit = repo.commit('a new operation', { [SPEC]: tinySpec({ create: true }) });
    at.other = repo.commit('a file beside the spec', { 'notes.txt': 'not the spec\n' });
    at.released = repo.commit('release 0.2.0', { [SPEC]: tinySpec({ create: true, version: '0.2.0' }) });
    at.after = repo.commit('a description', { [SPEC]: tinySpec({ create: true, version: '0.2.0', getDescription: 'Reads a thing.' }) });
  });

  test('newest first, back to the commit that introduced the field', () => {
    expect(releasesOf(repo)).toEqual([
      { commit: at.released, version: '0.2.0', introduced: false },
      { commit: at.introduced, version: '0.1.0', introduced: true },
    ]);
  });

  test('read only as far as asked', () => {
    expect(releasesOf(repo, 1)).toEqual([{ commit: at.released, version: '0.2.0', introduced: false }]);
  });

  test('a full clone finds the same releases', () => {
    expect(releasesOf(cloneOf(repo, 'history-clone'))).toEqual(releasesOf(repo));
  });

  test('before any release, the baseline is the commit that introduced the field', () => {
    repo.git('checkout', '-q', at.edit!);
    try {
      expect(releasesOf(repo)).toEqual([{ commit: at.introduced, version: '0.1.0', introduced: true }]);
    } finally {
      repo.git('checkout', '-q', 'main');
    }
  });

  test('a commit whose root file is not YAML is passed over', () => {
    const branch = tempRepo('history-broken');
    const introduced = branch.commit('0.1.0', { [SPEC]: tinySpec() });
    branch.commit('broken', { [SPEC]: 'openapi: [3.1.0\n' });
    branch.commit('repaired, same version', { [SPEC]: tinySpec({ create: true }) });
    expect(releasesOf(branch)).toEqual([{ commit: introduced, version: '0.1.0', introduced: true }]);
  });

  test('a version that goes back is a release too: the gate judges it', () => {
    const back = tempRepo('history-back');
    const first = back.commit('0.2.0', { [SPEC]: tinySpec({ version: '0.2.0' }) });
    const down = back.commit('0.1.0', { [SPEC]: tinySpec() });
    expect(releasesOf(back)).toEqual([
      { commit: down, version: '0.1.0', introduced: false },
      { commit: first, version: '0.2.0', introduced: true },
    ]);
  });
});

test('on the main line, a merge that brings a bump is the release', () => {
  const repo = tempRepo('history-merge');
  const introduced = repo.commit('0.1.0', { [SPEC]: tinySpec() });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('a new operation', { [SPEC]: tinySpec({ create: true }) });
  const branchRelease = repo.commit('release 0.2.0 on the branch', { [SPEC]: tinySpec({ create: true, version: '0.2.0' }) });
  repo.git('checkout', '-q', 'main');
  repo.commit('unrelated work on main', { 'notes.txt': 'main\n' });
  repo.git('-c', 'user.name=Release Test', '-c', 'user.email=release@example.com', 'merge', '-q', '--no-ff', '-m', 'merge the feature', 'feature');
  const merge = repo.git('rev-parse', 'HEAD');
  expect(releasesOf(repo)).toEqual([
    { commit: merge, version: '0.2.0', introduced: false },
    { commit: introduced, version: '0.1.0', introduced: true },
  ]);
  repo.git('checkout', '-q', 'feature');
  expect(releasesOf(repo)[0]).toEqual({ commit: branchRelease, version: '0.2.0', introduced: false });
});

describe('refused, with the reason', () => {
  test('a shallow clone that lacks the history', () => {
    const repo = tempRepo('history-shallow-source');
    repo.commit('0.1.0', { [SPEC]: tinySpec() });
    repo.commit('an edit', { [SPEC]: tinySpec({ create: true }) });
    const shallow = cloneOf(repo, 'history-shallow', 1);
    expect(() => releasesOf(shallow)).toThrow(ReleaseInputError);
    expect(() => releasesOf(shallow)).toThrow(/a shallow clone: the history before [0-9a-f]{12} is missing.*git fetch --unshallow/);
  });

  test('a shallow clone deep enough to hold the answer is fine', () => {
    const repo = tempRepo('history-deep-source');
    repo.commit('no field', { [SPEC]: tinySpec({ version: null }) });
    const introduced = repo.commit('0.1.0', { [SPEC]: tinySpec() });
    const released = repo.commit('0.2.0', { [SPEC]: tinySpec({ create: true, version: '0.2.0' }) });
    const shallow = cloneOf(repo, 'history-deep', 2);
    expect(releasesOf(shallow, 1)).toEqual([{ commit: released, version: '0.2.0', introduced: false }]);
    expect(releasesOf(cloneOf(repo, 'history-deep-3', 3))).toEqual([
      { commit: released, version: '0.2.0', introduced: false },
      { commit: introduced, version: '0.1.0', introduced: true },
    ]);
  });

  test('a spec outside any git repository', () => {
    expect(() => findRepository('/nonexistent-folder/spec/openapi.yaml')).toThrow(/not in a git repository/);
  });

  test('a repository without a commit', () => {
    const repo = tempRepo('history-empty');
    repo.write(SPEC, tinySpec());
    expect(() => findRepository(`${repo.dir}/${SPEC}`)).toThrow(/has no commit yet/);
  });

  test('no commit has the field: no release at all', () => {
    const repo = tempRepo('history-none');
    repo.commit('no field', { [SPEC]: tinySpec({ version: null }) });
    expect(releasesOf(repo)).toEqual([]);
  });
});
