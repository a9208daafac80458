// The generator itself: deterministic output, the --check mode, a foreign spec, and bad input
// refused with file, place and reason while the output folder stays exactly as it was.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FetchLike } from '../../generated/client.js';
import { MANIFEST } from '../../generator/output.js';
import { generate } from '../../generator/index.js';
import { scratch, typeCheck } from '../support/tsc.js';
import { fixtureCopy as brokenCopy, petstore, run, snapshot } from './cli.js';

describe('the Pinpoint spec', () => {
  test('generates the same bytes every time', async () => {
    const first = await generate('spec/openapi.yaml');
    const second = await generate('spec/openapi.yaml');
    expect(second).toEqual(first);
  });

  test('matches the committed generated/ folder (--check)', async () => {
    const { code, stdout, stderr } = await run(['--check']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('up to date');
  });
});

describe('--check', () => {
  const out = path.join(scratch, 'check-out');

  test('names every stale file: changed, missing and extra', async () => {
    rmSync(out, { recursive: true, force: true });
    expect((await run(['--spec', petstore, '--out', out])).code).toBe(0);
    expect((await run(['--spec', petstore, '--out', out, '--check'])).code).toBe(0);

    writeFileSync(path.join(out, 'client.ts'), '// edited by hand\n');
    rmSync(path.join(out, 'validators.js'));
    // A file an earlier run wrote (the manifest lists it) that this one no longer does.
    const manifest = JSON.parse(readFileSync(path.join(out, MANIFEST), 'utf8')) as { files: string[] };
    writeFileSync(path.join(out, MANIFEST), JSON.stringify({ ...manifest, files: [...manifest.files, 'leftover.ts'] }));
    writeFileSync(path.join(out, 'leftover.ts'), '');
    const { code, stderr } = await run(['--spec', petstore, '--out', out, '--check']);
    expect(code).toBe(1);
    expect(stderr).toContain('client.ts (differs)');
    expect(stderr).toContain('validators.js (missing)');
    expect(stderr).toContain('leftover.ts (no longer generated)');
  });
});

describe('a foreign OpenAPI 3.0 spec in two files', () => {
  const out = path.join(scratch, 'petstore-out');

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    expect((await run(['--spec', petstore, '--out', out])).code).toBe(0);
  });

  test('gives every artifact', () => {
    const files = readdirSync(out, { recursive: true }).map(String).sort();
    expect(files).toEqual(
      expect.arrayContaining(['client.ts', 'errors.ts', 'mock/openapi.json', 'mock/prism.json', 'openapi.json', 'types.ts', 'validators.d.ts', 'validators.js']),
    );
  });

  test('gives a client that type-checks and is used as its spec says', () => {
    const { status, output } = typeCheck('petstore-usage', {
      'usage.ts': [
        "import { createPetstoreClient } from '../petstore-out/client.js';",
        "import { NotFoundException, ConflictException } from '../petstore-out/errors.js';",
        "import type { Pet } from '../petstore-out/types.js';",
        "const client = createPetstoreClient({ endpoint: 'http://127.0.0.1:1' });",
        "export const pets: Promise<Pet[]> = client.listPets({ query: { status: 'sold', limit: 5 } });",
        "export const created: Promise<Pet> = client.createPet({ body: { name: 'Rex', tag: null } });",
        'export const gone: Promise<void> = client.deletePet({ path: { petId: 1 } });',
        'export const errors = [NotFoundException, ConflictException];',
        '// @ts-expect-error the status enum has no such value',
        "client.listPets({ query: { status: 'lost' } });",
        '// @ts-expect-error a path parameter is required',
        'client.getPet({});',
        '',
      ].join('\n'),
    });
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  test('gives validators that honour nullable, enums and formats', async () => {
    const validators = (await import(path.join(out, 'validators.js'))) as Record<string, (d: unknown) => { valid: boolean }>;
    expect(validators.validatePet!({ id: 1, name: 'Rex', tag: null }).valid).toBe(true);
    expect(validators.validatePet!({ id: 1, name: 'Rex', status: 'lost' }).valid).toBe(false);
    expect(validators.validateCreatePetRequest!({ name: '' }).valid).toBe(false);
    expect(validators.validateListPetsResponse200!([{ id: 1, name: 'Rex' }]).valid).toBe(true);
  });

  test('gives a client that calls the right URLs and maps documented errors', async () => {
    // Written by beforeAll, so typed here by hand rather than imported.
    const { createPetstoreClient } = (await import(path.join(out, 'client.ts'))) as {
      createPetstoreClient(options: { fetch: FetchLike }): { getPet(input: { path: { petId: number } }): Promise<unknown> };
    };
    const { NotFoundException } = (await import(path.join(out, 'errors.ts'))) as { NotFoundException: new () => Error };
    const urls: string[] = [];
    const client = createPetstoreClient({
      fetch: async (request) => {
        urls.push(`${request.method} ${request.url}`);
        return new Response(JSON.stringify({ message: 'no pet' }), { status: 404 });
      },
    });
    await expect(client.getPet({ path: { petId: 7 } })).rejects.toBeInstanceOf(NotFoundException);
    expect(urls).toEqual(['GET https://prod.petstore.test/api/pets/7']);
  });
});

describe('bad input', () => {
  const out = path.join(scratch, 'untouched-out');
  let before: Record<string, string>;

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    expect((await run(['--spec', petstore, '--out', out])).code).toBe(0);
    before = snapshot(out);
  });

  afterEach(() => expect(snapshot(out)).toEqual(before));

  test('broken YAML names the file, the line and the reason', async () => {
    const spec = brokenCopy('broken-yaml', (dir) => writeFileSync(path.join(dir, 'schemas/Pet.yaml'), 'type: object\nproperties:\n  id: [integer\n'));
    const { code, stderr } = await run(['--spec', spec, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/schemas\/Pet\.yaml:\d+:\d+: not valid YAML: /);
    expect(stderr).toContain('is unchanged');
  });

  test('a dangling $ref names the file, the JSON pointer and the missing target', async () => {
    const spec = brokenCopy('dangling-ref', (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace("$ref: './schemas/NewPet.yaml'", "$ref: './schemas/Missing.yaml'"));
    });
    const { code, stderr } = await run(['--spec', spec, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/openapi\.yaml#\/paths\/~1pets\/post\/requestBody\/content\/application~1json\/schema: Can't resolve \$ref.*Missing\.yaml/);
  });

  test('a duplicate operationId names the place and the rule', async () => {
    const spec = brokenCopy('duplicate-id', (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('operationId: deletePet', 'operationId: getPet'));
    });
    const { code, stderr } = await run(['--spec', spec, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/openapi\.yaml#\/paths\/~1pets~1\{petId\}\/delete.*unique `operationId`/);
  });

  test('a document that is not OpenAPI 3.0 or 3.1 is refused', async () => {
    const spec = brokenCopy('swagger2', (dir) => {
      const file = path.join(dir, 'openapi.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('openapi: 3.0.3', 'swagger: "2.0"'));
    });
    const { code, stderr } = await run(['--spec', spec, '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/openapi\.yaml.*(not OpenAPI 3\.0 or 3\.1|swagger)/i);
  });
});
