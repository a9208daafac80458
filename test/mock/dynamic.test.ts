// Dynamic data for 20 seeds: two mocks started with `--dynamic` answer every operation for each
// seed asked per request (`Prefer: seed=…`), and a third started with `--dynamic --seed seed-1`
// must answer exactly as they do for seed-1. Every answer validates against the spec, looks like
// Pinpoint's data, and is the same for the same seed, whether asked twice or asked of another mock;
// every listing, walked page by page, ends the same way for the same seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPinpointClient, paginatePages, type CallOptions, type OperationDescriptor } from '../../generated/client.js';
import * as validators from '../../generated/validators.js';
import type { JsonObject, OpenApiDocument } from '../../generator/openapi.js';
import { readPageToken } from '../../scripts/mock-server.js';
import { startPrism } from '../support/prism.js';
import { operations, root, sampleInput } from '../support/spec.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => `seed-${i + 1}`);
/** Mocks that share the seeds: one per core. */
const POOL = 2;
const MAX_PAGES = 4;

interface Answers {
  first: Map<string, unknown>;
  second: Map<string, unknown>;
  /** Every page of every listing, walked twice with `paginatePages`. */
  walks: Map<string, unknown[]>;
  walksAgain: Map<string, unknown[]>;
  /** sl-violations headers: Prism found its own answer (or our request) off the spec. */
  violations: string[];
}

type Call = ((input?: object, options?: CallOptions) => Promise<unknown>) & { operation: OperationDescriptor };
const isListing = (operation: OperationDescriptor) => operation.pagination !== undefined;

/** Every answer of a mock for one seed: asked per request, or (undefined) the mock's own `--seed`. */
async function collect(url: string, seed: string | undefined): Promise<Answers> {
  const violations: string[] = [];
  const client = createPinpointClient({
    endpoint: url,
    middleware: [
      {
        onResponse({ response, schemaPath }) {
          const header = response.headers.get('sl-violations');
          if (header) violations.push(`${schemaPath}: ${header}`);
        },
      },
    ],
  }) as unknown as Record<string, Call>;
  const options: CallOptions = seed === undefined ? {} : { headers: { Prefer: `seed=${seed}` } };
  const ask = async () => {
    const bodies = new Map<string, unknown>();
    for (const operation of operations) bodies.set(operation.operationId, await client[operation.methodName]!(sampleInput(operation), options));
    return bodies;
  };
  const walk = async () => {
    const pages = new Map<string, unknown[]>();
    for (const operation of operations) {
      const method = client[operation.methodName]!;
      if (!isListing(method.operation)) continue;
      const walked: unknown[] = [];
      for await (const page of paginatePages(method as never, { ...sampleInput(operation), query: {} }, options)) {
        walked.push(page);
        if (walked.length > 50) throw new Error(`${operation.operationId} did not end within 50 pages`);
      }
      pages.set(operation.operationId, walked);
    }
    return pages;
  };
  const first = await ask();
  const second = await ask();
  const walks = await walk();
  const walksAgain = await walk();
  return { first, second, walks, walksAgain, violations };
}

const answers = new Map<string, Answers>();
/** The mock started with `--seed seed-1`. */
let again: Answers;

beforeAll(async () => {
  const [seeded, ...pool] = await Promise.all([
    startPrism(['--dynamic', '--seed', SEEDS[0]!]),
    ...Array.from({ length: POOL }, () => startPrism(['--dynamic'])),
  ]);
  try {
    const queue = [...SEEDS];
    const worker = async (url: string) => {
      for (let seed = queue.shift(); seed; seed = queue.shift()) answers.set(seed, await collect(url, seed));
    };
    await Promise.all([...pool.map((mock) => worker(mock.url)), collect(seeded!.url, undefined).then((result) => (again = result))]);
  } finally {
    await Promise.all([seeded, ...pool].map((mock) => mock?.stop()));
  }
}, 600_000);

const validatorOf = (name: string) =>
  (validators as unknown as Record<string, (data: unknown) => validators.ValidationResult>)[name]!;

describe.each(operations.map((o) => [o.operationId, o] as const))('%s', (operationId, operation) => {
  test(`answers validate against the spec for ${SEEDS.length} seeds`, () => {
    const validate = validatorOf(`validate${operation.typeName}Response${operation.success!.status}`);
    const issues = SEEDS.map((seed) => {
      const text = validators.formatIssues(validate(answers.get(seed)!.first.get(operationId)).errors);
      return text && `${seed}: ${text}`;
    }).filter(Boolean);
    expect(issues).toEqual([]);
  });

  test('the same seed gives the same answer, from the same mock and from another started with --seed', () => {
    for (const seed of SEEDS) expect(answers.get(seed)!.second.get(operationId)).toEqual(answers.get(seed)!.first.get(operationId));
    expect(again.first.get(operationId)).toEqual(answers.get(SEEDS[0]!)!.first.get(operationId));
  });

  test('other seeds give other data', () => {
    const distinct = new Set(SEEDS.map((seed) => JSON.stringify(answers.get(seed)!.first.get(operationId))));
    expect(distinct.size).toBeGreaterThan(SEEDS.length / 2);
  });
});

describe('listings end', () => {
  test(`every listing ends within ${MAX_PAGES} pages, the last without NextToken, for every seed`, () => {
    const wrong: string[] = [];
    for (const seed of SEEDS) {
      const { walks } = answers.get(seed)!;
      expect(walks.size).toBe(10);
      for (const [operationId, pages] of walks) {
        if (pages.length < 1 || pages.length > MAX_PAGES) wrong.push(`${seed} ${operationId}: ${pages.length} pages`);
        if ((pages.at(-1) as { NextToken?: string }).NextToken !== undefined) wrong.push(`${seed} ${operationId}: a NextToken on the last page`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the same seed walks the same pages, on the same mock and on another started with --seed', () => {
    for (const seed of SEEDS) expect(answers.get(seed)!.walksAgain).toEqual(answers.get(seed)!.walks);
    expect(again.walks).toEqual(answers.get(SEEDS[0]!)!.walks);
  });

  test('how many pages a listing has depends on the seed', () => {
    const counts = new Set(SEEDS.flatMap((seed) => [...answers.get(seed)!.walks.values()].map((pages) => pages.length)));
    expect([...counts].sort()).toEqual([1, 2, 3, 4]);
  });

  test("a first page's NextToken is the mock's token for page 2 of that listing", () => {
    for (const seed of SEEDS) {
      for (const [operationId, pages] of answers.get(seed)!.walks) {
        const token = (pages[0] as { NextToken?: string }).NextToken;
        if (pages.length === 1) expect(token).toBeUndefined();
        else expect(readPageToken(token!)).toEqual({ o: operationId, p: 2, n: pages.length });
      }
    }
  });
});

test('Prism finds nothing off the spec in our requests or its answers', () => {
  expect([...SEEDS.flatMap((seed) => answers.get(seed)!.violations), ...again.violations]).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// What the data looks like, value by value, with the schema each value was generated from.

const mockSpec = JSON.parse(readFileSync(path.join(root, 'generated/mock/openapi.json'), 'utf8')) as OpenApiDocument;

interface Leaf {
  /** The component schema the value sits in, e.g. `ApplicationResponse`. */
  owner: string;
  property: string;
  schema: JsonObject;
  value: unknown;
}

function leaves(schema: JsonObject, value: unknown, owner: string, property: string, out: Leaf[]): Leaf[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return leaves(mockSpec.components!.schemas![name]!, value, name, property, out);
  }
  const hinted = (schema.examples as unknown[] | undefined)?.some((e) => JSON.stringify(e) === JSON.stringify(value));
  if (hinted || typeof value !== 'object' || value === null) {
    // A value taken whole from the schema's hints (a map of tags, say) is one leaf.
    out.push({ owner, property, schema, value });
  } else if (Array.isArray(value)) {
    for (const item of value) leaves(schema.items as JsonObject, item, owner, property, out);
  } else {
    const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
    for (const [key, item] of Object.entries(value)) {
      leaves(properties[key] ?? (schema.additionalProperties as JsonObject), item, owner, properties[key] ? key : `${property}{}`, out);
    }
  }
  return out;
}

let cached: Leaf[] | undefined;
const allLeaves = (): Leaf[] =>
  (cached ??= SEEDS.flatMap((seed) =>
    operations.flatMap((operation) =>
      leaves(operation.success!.schema!, answers.get(seed)!.first.get(operation.operationId), operation.operationId, '', []),
    ),
  ));

const valuesOf = (match: (leaf: Leaf) => boolean) => allLeaves().filter(match).map((l) => l.value);

describe('the data looks like Pinpoint data', () => {
  test('application, campaign and segment ids are 32 lowercase hex characters', () => {
    const ids = valuesOf(
      (l) =>
        /^(ApplicationId|CampaignId|SegmentId)$/.test(l.property) ||
        (l.property === 'Id' && /^(ApplicationResponse|CampaignResponse|SegmentResponse)$/.test(l.owner)),
    );
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !/^[0-9a-f]{32}$/.test(String(id)))).toEqual([]);
  });

  test("an application's ARN is a mobiletargeting ARN with an application id", () => {
    const arns = valuesOf((l) => l.property === 'Arn');
    expect(arns.length).toBeGreaterThan(20);
    expect(arns.filter((arn) => !/^arn:aws:mobiletargeting:us-east-1:123456789012:apps\/[0-9a-f]{32}$/.test(String(arn)))).toEqual([]);
    const roles = valuesOf((l) => l.property === 'RoleArn');
    expect(roles.length).toBeGreaterThan(10);
    expect(roles.filter((arn) => !/^arn:aws:iam::\d{12}:role\/\w+$/.test(String(arn)))).toEqual([]);
  });

  test('timestamps are ISO 8601, in UTC, in recent years', () => {
    const dates = valuesOf((l) => l.schema.format === 'date-time' || /(Date|Timestamp)$/.test(l.property));
    expect(dates.length).toBeGreaterThan(100);
    const bad = dates.filter((d) => {
      const text = String(d);
      const year = new Date(text).getUTCFullYear();
      return !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(text) || Number.isNaN(Date.parse(text)) || year < 2023 || year > 2025;
    });
    expect(bad).toEqual([]);
  });

  test('phone numbers are E.164', () => {
    const phones = valuesOf((l) => /^(PhoneNumber|OriginalPhoneNumber|CleansedPhoneNumberE164|OriginationNumber)$/.test(l.property));
    expect(phones.length).toBeGreaterThan(10);
    expect(phones.filter((p) => !/^\+[1-9]\d{7,14}$/.test(String(p)))).toEqual([]);
  });

  test('email addresses have a local part, an @ and a domain', () => {
    const emails = valuesOf((l) => /^(FromAddress|FeedbackForwardingAddress|ReplyToAddresses)$/.test(l.property));
    expect(emails.length).toBeGreaterThan(10);
    expect(emails.filter((e) => !/^[a-z0-9.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(String(e)))).toEqual([]);
  });

  test('URLs parse, over https or s3', () => {
    const urls = valuesOf((l) => /Url(Prefix)?$/.test(l.property));
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((u) => !['https:', 's3:'].includes(new URL(String(u)).protocol))).toEqual([]);
  });

  test('counts and other integers are non-negative and of a sensible size; percentages stay within 0–100', () => {
    const integers = allLeaves().filter((l) => l.schema.type === 'integer');
    expect(integers.length).toBeGreaterThan(100);
    expect(integers.filter((l) => !(Number.isInteger(l.value) && (l.value as number) >= 0 && (l.value as number) <= 2_419_200))).toEqual([]);
    const percentages = integers.filter((l) => /Percent$/.test(l.property)).map((l) => l.value as number);
    expect(percentages.filter((p) => p > 100)).toEqual([]);
  });

  test('every string is a hint of the mock spec, an enum value or a date-time: no lorem ipsum', () => {
    // A listing's NextToken is the mock's own page token (see "listings end").
    const strings = allLeaves().filter((l) => typeof l.value === 'string' && l.property !== 'NextToken');
    const unexplained = strings.filter(
      (l) =>
        !(l.schema.examples as unknown[] | undefined)?.includes(l.value) &&
        !(l.schema.enum as unknown[] | undefined)?.includes(l.value) &&
        l.schema.format !== 'date-time',
    );
    expect(strings.length).toBeGreaterThan(1000);
    expect(unexplained.map((l) => `${l.owner}.${l.property}: ${String(l.value)}`)).toEqual([]);
  });
});
