// Emits `mock/`: what Prism needs to serve the spec as a mock. `mock/openapi.json` is the bundled
// spec made ready for Prism; `mock/prism.json` holds the options `npm run mock` starts Prism with.
//
// Dynamic data. Prism 5.14 fakes data with json-schema-faker 0.5, which it seeds (`--seed`) by
// swapping the faker's random source before each answer. Only what draws on that source is
// reproducible: formats, `pattern`, `enum`, numbers, and picks from a schema's `examples` when the
// faker option `useExamplesValue` is on. `x-faker`/`faker` call @faker-js/faker, which has its own
// unseeded generator, so the same seed would give other data. `pattern`, `format` and `minimum` are
// validation keywords: Prism checks every answer against them, and the documented examples (with
// their "string" placeholders) would fail. So each property gets an `examples` list (an annotation
// that nothing validates) of values shaped like Pinpoint's, picked by rule from its name, its
// schema's name, its format and its type; the faker options go in the root `x-json-schema-faker`,
// which Prism reads at start-up.
import { HTTP_METHODS, resolve, type JsonObject, type OpenApiDocument } from './openapi.js';
import type { OperationModel } from './operations.js';
import type { GeneratedFile } from './output.js';

export interface MockConfig {
  /** The spec Prism serves, relative to this file. */
  spec: string;
  host: string;
  port: number;
  /** Serve generated data instead of the documented examples. */
  dynamic: boolean;
  /** Seed of the generated data (Prism's --seed); null draws anew on every request. */
  seed: string | null;
  /** Answer Prism's validation errors for requests that break the spec. */
  errors: boolean;
  cors: boolean;
  /** `npm run mock:proxy`: Prism validating the exchanges with a real endpoint. */
  proxy: { port: number };
  /** How listings end (see `scripts/mock-server.ts`). */
  pages: PageModel;
  operations: MockOperation[];
}

export interface MockOperation {
  operationId: string;
  method: string;
  path: string;
  status: string | null;
  pagination?: MockPagination;
}

/** A listing the mock pages through. */
export interface MockPagination {
  /** The query parameter that carries the token back. */
  inputToken: string;
  /** The body property that hands the next token out. */
  outputToken: string;
  /** The body property that holds the page's items. */
  items?: string;
  /** The query parameter that caps the items of a page. */
  pageSize?: string;
  /** The tokens of the documented examples: each leads to page 2. */
  documentedTokens: string[];
}

export interface PageModel {
  /** Pages of a listing in documented examples whose first page has a token. */
  examples: number;
  /** Generated data has 1 to `max` pages, drawn from the seed (or at random without one). */
  max: number;
}

export const PAGES: PageModel = { examples: 3, max: 4 };

/** json-schema-faker options, set through the spec's root `x-json-schema-faker` (Prism reads it). */
export const FAKER_OPTIONS = {
  // Pick from the `examples` hints below, with Prism's seeded random source.
  useExamplesValue: true,
  // Only the schema's own properties, as the service answers.
  fillProperties: false,
  // Unhinted date-times fall in recent years rather than json-schema-faker's 1889–1970.
  minDateTime: '2023-01-01T00:00:00.000Z',
  maxDateTime: '2025-12-31T23:59:59.999Z',
  // Lists hold one to five items: an empty page on every other answer helps nobody.
  minItems: 1,
};

export function emitMock(document: OpenApiDocument, operations: OperationModel[]): GeneratedFile[] {
  const config: MockConfig = {
    spec: 'openapi.json',
    host: '127.0.0.1',
    port: 4010,
    dynamic: false,
    seed: null,
    errors: false,
    cors: true,
    proxy: { port: 4011 },
    pages: PAGES,
    operations: operations.map((o) => {
      const pagination = paginationOf(document, o);
      return {
        operationId: o.operationId,
        method: o.method.toUpperCase(),
        path: o.path,
        status: o.success?.status ?? null,
        ...(pagination ? { pagination } : {}),
      };
    }),
  };
  return [
    { path: 'mock/openapi.json', content: `${JSON.stringify(mockDocument(document), null, 2)}\n` },
    { path: 'mock/prism.json', content: `${JSON.stringify(config, null, 2)}\n` },
  ];
}

/**
 * A listing takes a page token in its query and hands the next one back in its success body; the
 * same rule as the client's descriptors (test/mock/pagination.test.ts holds the two together).
 */
export function paginationOf(document: OpenApiDocument, operation: OperationModel): MockPagination | undefined {
  const query = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const inputToken = query.find((name) => /^(page[-_]?)?token$|^next[-_]?token$/i.test(name));
  if (!inputToken || !operation.success?.schema) return undefined;
  const schema = resolve<JsonObject>(document, operation.success.schema as JsonObject);
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const outputToken = Object.keys(properties).find((name) => /^next[-_]?token$/i.test(name));
  if (!outputToken) return undefined;
  const items = Object.keys(properties).find((name) => resolve<JsonObject>(document, properties[name]!).type === 'array');
  const pageSize = query.find((name) => /^(page[-_]?size|max[-_]?(results|items))$/i.test(name));
  const documentedTokens = (operation.success.examples ?? [])
    .map((example) => (example.value as Record<string, unknown> | null)?.[outputToken])
    .filter((token): token is string => typeof token === 'string' && token !== '');
  return { inputToken, outputToken, ...(items ? { items } : {}), ...(pageSize ? { pageSize } : {}), documentedTokens: [...new Set(documentedTokens)] };
}

/** The spec as Prism should see it. */
export function mockDocument(document: OpenApiDocument): OpenApiDocument {
  const mock = structuredClone(document);
  mock['x-json-schema-faker'] = FAKER_OPTIONS;
  // A mock checks no signatures: unsigned requests are accepted as well as signed ones.
  const security = mock.security as Record<string, string[]>[] | undefined;
  if (security?.length && !security.some((requirement) => Object.keys(requirement).length === 0)) {
    mock.security = [...security, {}];
  }
  for (const pathItem of Object.values(mock.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (operation.security?.length && !operation.security.some((r) => Object.keys(r).length === 0)) {
        operation.security.push({});
      }
      // Prism answers a request that breaks the spec with the first of 422 or 400 it finds. A bare
      // 422 makes it answer 422 with its violations (in the `sl-violations` header; the mock's
      // front writes them into the body) while `Prefer: code=400` still serves the documented 400.
      operation.responses ??= {};
      operation.responses['422'] ??= {
        description: 'Mock only: the request breaks the spec; the body (application/problem+json) and the sl-violations header list the violations.',
      };
    }
  }
  addHints(mock);
  return mock;
}

// ---------------------------------------------------------------------------------------------
// Hints: `examples` per property, for json-schema-faker to pick from.

type Rand = () => number;
type Scalar = 'string' | 'integer' | 'number';

interface Kind {
  type: Scalar | 'map';
  /** For maps: the type of their values. */
  values?: Scalar | 'string[]';
  make(random: Rand): unknown[];
}

/** Property name (exact) or pattern, optionally only inside schemas whose name matches `in`. */
interface Rule {
  property: string | RegExp;
  in?: RegExp;
  kind: string;
}

const HINTS = 16;
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/** Deterministic pseudo-random numbers (mulberry32) seeded by a label: same spec, same bytes. */
function randomFor(label: string): Rand {
  let seed = 2166136261;
  for (const char of label) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Rand, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (random: Rand, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const chars = (random: Rand, n: number, alphabet: string) => Array.from({ length: n }, () => pick(random, [...alphabet])).join('');
const hex = (random: Rand, n = 32) => chars(random, n, '0123456789abcdef');
const uuid = (random: Rand) => {
  const h = hex(random);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(random, ['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
};
const times = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i));
const each = (list: readonly unknown[]) => () => [...list];
const draws = (make: (random: Rand, i: number) => unknown) => (random: Rand) => [...new Set(times(HINTS, (i) => make(random, i)))];

const FIRST = ['ana', 'ben', 'chloe', 'diego', 'emma', 'farid', 'grace', 'hiro', 'ines', 'jamal', 'kai', 'lena'];
const LAST = ['silva', 'nguyen', 'smith', 'muller', 'tanaka', 'okafor', 'rossi', 'kim', 'garcia', 'novak'];
const DOMAINS = ['example.com', 'example.org', 'example.net'];
const SLUGS = ['spring-sale', 'welcome', 'order-4821', 'loyalty', 'new-arrivals', 'weekly-digest', 'cart-reminder', 'launch'];

const phone = (random: Rand) =>
  pick(random, [
    // Numbers set aside for fiction: 555-01xx (North America), 07700 900xxx (UK), 0491 570 xxx (Australia).
    () => `+1${pick(random, ['206', '212', '312', '415', '512', '617'])}55501${digits(random, 2)}`,
    () => `+447700900${digits(random, 3)}`,
    () => `+61491570${digits(random, 3)}`,
  ])();
const email = (random: Rand) => `${pick(random, FIRST)}.${pick(random, LAST)}@${pick(random, DOMAINS)}`;
const timestamp = (random: Rand) =>
  new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * (Date.UTC(2026, 0, 1) - Date.UTC(2023, 0, 1)))).toISOString();

// Id pools shared by every property that holds the same kind of id (an app's Id, ApplicationId,
// the app's ARN), so that values recur across answers as they would in one account.
const pools = new Map<string, string[]>();
function pool(name: string, make: (random: Rand) => string): string[] {
  if (!pools.has(name)) {
    const random = randomFor(`pool:${name}`);
    pools.set(name, times(HINTS, () => make(random)) as string[]);
  }
  return [...pools.get(name)!];
}
const ids = (name: string) => () => pool(name, (random) => hex(random));

const KINDS: Record<string, Kind> = {
  applicationId: { type: 'string', make: ids('application') },
  campaignId: { type: 'string', make: ids('campaign') },
  segmentId: { type: 'string', make: ids('segment') },
  jobId: { type: 'string', make: ids('job') },
  activityId: { type: 'string', make: ids('activity') },
  treatmentId: { type: 'string', make: ids('treatment') },
  hexId: { type: 'string', make: ids('other') },
  uuid: { type: 'string', make: draws(uuid) },
  applicationArn: {
    type: 'string',
    make: () => ids('application')().map((id) => `arn:aws:mobiletargeting:${REGION}:${ACCOUNT}:apps/${id}`),
  },
  roleArn: { type: 'string', make: each(['PinpointEventStreamRole', 'PinpointImportRole', 'PinpointExportRole', 'PinpointEmailRole'].map((r) => `arn:aws:iam::${ACCOUNT}:role/${r}`)) },
  streamArn: {
    type: 'string',
    make: each([
      `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/pinpoint-events`,
      `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/engagement-analytics`,
      `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/pinpoint-archive`,
    ]),
  },
  userArn: { type: 'string', make: each(FIRST.slice(0, 6).map((u) => `arn:aws:iam::${ACCOUNT}:user/${u}`)) },
  sesIdentityArn: { type: 'string', make: each(DOMAINS.map((d) => `arn:aws:ses:${REGION}:${ACCOUNT}:identity/${d}`)) },
  lambdaName: { type: 'string', make: each(['CampaignFilter', 'DeliveryHook', `arn:aws:lambda:${REGION}:${ACCOUNT}:function:PersonalizeMessages`]) },
  timestamp: { type: 'string', make: draws(timestamp) },
  clockTime: { type: 'string', make: each(['21:00', '22:00', '22:30', '23:00', '06:00', '07:00', '07:30', '08:00']) },
  email: { type: 'string', make: draws(email) },
  phone: { type: 'string', make: draws(phone) },
  nationalPhone: { type: 'string', make: draws((random) => `${pick(random, ['206', '212', '415'])}55501${digits(random, 2)}`) },
  address: {
    type: 'string',
    make: draws((random) => pick(random, [() => phone(random), () => email(random), () => hex(random, 64)])()),
  },
  deviceToken: { type: 'string', make: draws((random) => hex(random, 64)) },
  url: { type: 'string', make: draws((random) => `https://www.${pick(random, DOMAINS)}/${pick(random, SLUGS)}`) },
  imageUrl: { type: 'string', make: draws((random) => `https://cdn.example.com/images/${pick(random, SLUGS)}.${pick(random, ['png', 'jpg'])}`) },
  mediaUrl: { type: 'string', make: draws((random) => `https://cdn.example.com/media/${pick(random, SLUGS)}.${pick(random, ['mp4', 'mp3', 'gif'])}`) },
  s3Url: { type: 'string', make: draws((random) => `s3://example-pinpoint-imports/segments/${pick(random, SLUGS)}.${pick(random, ['csv', 'json'])}`) },
  s3Prefix: { type: 'string', make: draws((random) => `s3://example-pinpoint-exports/${pick(random, SLUGS)}/`) },
  appName: { type: 'string', make: each(['Retail app', 'Loyalty rewards', 'Food delivery', 'Travel companion', 'Fitness tracker', 'News reader', 'Mobile banking', 'Ride share']) },
  campaignName: { type: 'string', make: each(['Spring sale', 'Welcome series', 'Cart reminder', 'Win-back', 'Product launch', 'Weekly digest', 'Flash sale', 'Renewal reminder']) },
  segmentName: { type: 'string', make: each(['Active users', 'Lapsed buyers', 'New sign-ups', 'VIP customers', 'Newsletter subscribers', 'iOS users', 'Android users', 'High spenders']) },
  templateName: { type: 'string', make: each(['order-shipped', 'welcome-email', 'password-reset', 'weekly-digest']) },
  treatmentName: { type: 'string', make: each(['Control', 'Treatment A', 'Treatment B', 'Short subject line', 'Evening send']) },
  description: {
    type: 'string',
    make: each([
      'Spring collection offer for active users.',
      'Three-message onboarding for new sign-ups.',
      'Reminds shoppers of items left in their cart.',
      'Brings back customers who have not bought in 90 days.',
    ]),
  },
  title: { type: 'string', make: each(['Your order has shipped', '20% off this weekend', 'Welcome aboard!', 'Your cart misses you', 'New arrivals are here']) },
  body: {
    type: 'string',
    make: each([
      'Hi Ana, your order #4821 is on its way.',
      'Take 20% off everything until Sunday.',
      'Thanks for joining! Here is how to get started.',
      'You left something in your cart. Complete your order today.',
    ]),
  },
  htmlBody: { type: 'string', make: each(['<p>Your order <b>#4821</b> is on its way.</p>', '<h1>Welcome!</h1><p>Glad to have you.</p>']) },
  jsonBody: {
    type: 'string',
    make: each(['{"title":"Your order has shipped","body":"Order #4821 is on its way."}', '{"notification":{"title":"20% off","body":"Until Sunday only."}}']),
  },
  eventType: { type: 'string', make: each(['_session.start', '_session.stop', '_monetization.purchase', '_campaign.send', 'add_to_cart', 'view_item']) },
  timezone: { type: 'string', make: each(['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo', 'UTC']) },
  locale: { type: 'string', make: each(['en_US', 'en_GB', 'de_DE', 'fr_FR', 'es_ES', 'ja_JP', 'pt_BR']) },
  languageCode: { type: 'string', make: each(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP']) },
  country: { type: 'string', make: each(['US', 'GB', 'DE', 'FR', 'JP', 'AU', 'BR', 'CA']) },
  countryCallingCode: { type: 'string', make: each(['1', '44', '49', '33', '81', '61', '55']) },
  city: { type: 'string', make: each(['Seattle', 'New York', 'London', 'Berlin', 'Tokyo', 'Sydney', 'Austin', 'Toronto']) },
  county: { type: 'string', make: each(['King', 'Kings', 'Cook', 'Travis', 'Multnomah']) },
  postalCode: { type: 'string', make: each(['98101', '10001', '60601', '78701', '94103', '02110']) },
  region: { type: 'string', make: each(['WA', 'NY', 'IL', 'TX', 'CA', 'MA']) },
  make: { type: 'string', make: each(['Apple', 'Samsung', 'Google', 'Xiaomi', 'OnePlus']) },
  model: { type: 'string', make: each(['iPhone', 'Galaxy S23', 'Pixel 8', 'Redmi Note 12', 'iPad']) },
  modelVersion: { type: 'string', make: each(['15', '16', 'S23', '8', '12']) },
  platform: { type: 'string', make: each(['ios', 'android']) },
  version: { type: 'string', make: each(['17.2', '16.6', '14', '13', '2.3.1', '1.0.0']) },
  carrier: { type: 'string', make: each(['Verizon Wireless', 'T-Mobile USA', 'AT&T Wireless', 'Vodafone UK', 'Telstra']) },
  sound: { type: 'string', make: each(['default', 'chime.caf', 'alert.wav']) },
  category: { type: 'string', make: each(['MESSAGE', 'PROMOTION', 'REMINDER']) },
  collapseKey: { type: 'string', make: each(['order-updates', 'promotions', 'reminders', 'chat-4821']) },
  icon: { type: 'string', make: each(['ic_notification', 'ic_stat_promo', 'ic_stat_order']) },
  packageName: { type: 'string', make: each(['com.example.shop', 'com.example.rewards', 'com.example.news']) },
  seconds: { type: 'string', make: each(['3600', '86400', '604800']) },
  senderId: { type: 'string', make: each(['ExampleCo', 'MyShop', 'Alerts']) },
  shortCode: { type: 'string', make: each(['55501', '24273', '87654']) },
  keyword: { type: 'string', make: each(['JOIN', 'SHOP', 'ALERTS']) },
  voiceId: { type: 'string', make: each(['Joanna', 'Matthew', 'Amy', 'Hans', 'Mizuki']) },
  configurationSet: { type: 'string', make: each(['pinpoint-email-events', 'transactional', 'marketing']) },
  charset: { type: 'string', make: each(['UTF-8']) },
  secret: { type: 'string', make: draws((random) => chars(random, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')) },
  appleId: { type: 'string', make: draws((random) => chars(random, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')) },
  clientId: { type: 'string', make: draws((random) => `amzn1.application-oa2-client.${hex(random)}`) },
  base64: { type: 'string', make: each(['SGVsbG8sIHdvcmxkIQ==', 'UGlucG9pbnQgbW9jaw==', 'eyJvcmRlciI6NDgyMX0=']) },
  pem: { type: 'string', make: each(['-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----', '-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----']) },
  externalId: { type: 'string', make: draws((random) => `pinpoint-${hex(random, 12)}`) },
  hookMode: { type: 'string', make: each(['FILTER', 'DELIVERY']) },
  endpointStatus: { type: 'string', make: each(['ACTIVE', 'INACTIVE']) },
  authMethod: { type: 'string', make: each(['CERTIFICATE', 'TOKEN']) },
  cohortId: { type: 'string', make: draws((random) => String(Math.floor(random() * 100))) },
  userId: { type: 'string', make: draws((random) => `user-${digits(random, 4)}`) },
  nextToken: { type: 'string', make: draws((random) => hex(random, 24)) },
  errorMessage: { type: 'string', make: each(['Resource not found', 'Rate exceeded', 'Application not found', 'Internal server error', 'Invalid request']) },
  itemMessage: { type: 'string', make: each(['Accepted', 'Accepted', 'Accepted', 'Endpoint not found']) },
  statusMessage: { type: 'string', make: each(['Message sent', 'Accepted', 'Invalid phone number', 'Address is on the suppression list']) },
  failure: { type: 'string', make: each(['Row 12: ChannelType is not valid', 'Row 40: Address is missing', 'Row 97: Id is too long']) },
  attributeValue: { type: 'string', make: each(['sports', 'news', 'premium', 'gold', 'US', 'weekly']) },
  // Numbers that are plausible for what they count.
  count: { type: 'integer', make: each([0, 1, 2, 5, 12, 48, 150, 250, 1024, 5000, 12876, 48213]) },
  smallCount: { type: 'integer', make: each([0, 1, 2, 3, 4, 6, 8, 12, 16]) },
  versionNumber: { type: 'integer', make: each([1, 2, 3, 4, 5, 7, 12]) },
  percent: { type: 'integer', make: each([0, 5, 10, 20, 25, 50, 75, 100]) },
  badge: { type: 'integer', make: each([0, 1, 2, 3, 5, 9]) },
  ttl: { type: 'integer', make: each([0, 3600, 86400, 604800, 2419200]) },
  perSecond: { type: 'integer', make: each([20, 50, 100, 200, 1000]) },
  durationSeconds: { type: 'integer', make: each([60, 300, 600, 3600]) },
  durationMillis: { type: 'integer', make: each([1200, 45000, 180000, 900000]) },
  httpStatus: { type: 'integer', make: each([200, 200, 202, 400, 404]) },
  latitude: { type: 'number', make: each([47.6062, 40.7128, 51.5074, 52.52, 35.6762, -33.8688, 30.2672, 43.6532]) },
  longitude: { type: 'number', make: each([-122.3321, -74.006, -0.1278, 13.405, 139.6503, 151.2093, -97.7431, -79.3832]) },
  kilometers: { type: 'number', make: each([1, 5, 10, 25, 50, 100]) },
  amount: { type: 'number', make: each([0, 1, 2.5, 12.75, 42, 99.9]) },
  // Maps (objects with additionalProperties only).
  tags: { type: 'map', values: 'string', make: each([{ Team: 'growth' }, { Environment: 'production', Owner: 'marketing' }, { Project: 'spring-sale' }]) },
  listAttributes: { type: 'map', values: 'string[]', make: each([{ Interests: ['sports', 'news'] }, { Plan: ['premium'] }, { FavoriteTeam: ['Seahawks'], Newsletter: ['weekly'] }]) },
  stringAttributes: { type: 'map', values: 'string', make: each([{ item: 'running-shoes', category: 'footwear' }, { screen: 'checkout' }, { deeplink: 'example://orders/4821' }]) },
  metrics: { type: 'map', values: 'number', make: each([{ SessionCount: 3, PurchaseTotal: 42.5 }, { visits: 12 }, { score: 0.87 }]) },
  channelCounts: { type: 'map', values: 'integer', make: each([{ GCM: 1200, APNS: 860, EMAIL: 2400 }, { SMS: 310 }, { APNS: 42, GCM: 57 }]) },
  substitutions: { type: 'map', values: 'string[]', make: each([{ FirstName: ['Ana'] }, { OrderId: ['4821'], FirstName: ['Ben'] }]) },
};

// First match wins. `in` narrows a rule to the schemas (by component name) it applies to.
const RULES: Rule[] = [
  { property: 'Id', in: /^ApplicationResponse$/, kind: 'applicationId' },
  { property: 'Id', in: /^CampaignResponse$/, kind: 'campaignId' },
  { property: 'Id', in: /^Segment(Response|Reference)$/, kind: 'segmentId' },
  { property: 'Id', in: /JobResponse$/, kind: 'jobId' },
  { property: 'Id', in: /^ActivityResponse$/, kind: 'activityId' },
  { property: 'Id', in: /^TreatmentResource$/, kind: 'treatmentId' },
  { property: 'Id', in: /^(Endpoint|Session)/, kind: 'uuid' },
  { property: 'Id', kind: 'hexId' },
  { property: 'ApplicationId', kind: 'applicationId' },
  { property: 'CampaignId', kind: 'campaignId' },
  { property: 'SegmentId', kind: 'segmentId' },
  { property: 'TreatmentId', kind: 'treatmentId' },
  { property: /^(RequestI[dD]|MessageId|TraceId)$/, kind: 'uuid' },
  { property: 'Arn', in: /^ApplicationResponse$/, kind: 'applicationArn' },
  { property: 'RoleArn', kind: 'roleArn' },
  { property: 'DestinationStreamArn', kind: 'streamArn' },
  { property: /^LastModifiedBy$|^LastUpdatedBy$/, kind: 'userArn' },
  { property: 'Identity', kind: 'sesIdentityArn' },
  { property: 'LambdaFunctionName', kind: 'lambdaName' },
  { property: /^(Start|End)$/, in: /^QuietTime$/, kind: 'clockTime' },
  { property: /(Date|Timestamp|^Start|^End|Time)$/, kind: 'timestamp' },
  { property: /^(FromAddress|FeedbackForwardingAddress|ReplyToAddresses)$/, kind: 'email' },
  { property: /^(PhoneNumber|OriginalPhoneNumber|CleansedPhoneNumberE164|OriginationNumber)$/, kind: 'phone' },
  { property: 'CleansedPhoneNumberNational', kind: 'nationalPhone' },
  { property: 'Address', kind: 'address' },
  { property: 'UpdatedToken', kind: 'deviceToken' },
  { property: /^(Image|ImageIcon|ImageSmallIcon|SmallImageIcon)Url$/, kind: 'imageUrl' },
  { property: 'MediaUrl', kind: 'mediaUrl' },
  { property: 'S3Url', kind: 's3Url' },
  { property: 'S3UrlPrefix', kind: 's3Prefix' },
  { property: /Url$/, kind: 'url' },
  { property: 'Name', in: /^(ApplicationResponse|CreateApplicationRequest)$/, kind: 'appName' },
  { property: 'Name', in: /Campaign/, kind: 'campaignName' },
  { property: 'Name', in: /Segment/, kind: 'segmentName' },
  { property: 'Name', in: /^Template$/, kind: 'templateName' },
  { property: 'SegmentName', kind: 'segmentName' },
  { property: 'TreatmentName', kind: 'treatmentName' },
  { property: /Description$/, kind: 'description' },
  { property: /^Title(Override)?$/, kind: 'title' },
  { property: /^Body(Override)?$/, kind: 'body' },
  { property: 'HtmlBody', kind: 'htmlBody' },
  { property: /^(JsonBody|RawContent)$/, kind: 'jsonBody' },
  { property: 'EventType', kind: 'eventType' },
  { property: 'Timezone', kind: 'timezone' },
  { property: 'Locale', kind: 'locale' },
  { property: 'LanguageCode', kind: 'languageCode' },
  { property: /^(Country|CountryCodeIso2|OriginalCountryCodeIso2|IsoCountryCode)$/, kind: 'country' },
  { property: 'CountryCodeNumeric', kind: 'countryCallingCode' },
  { property: 'City', kind: 'city' },
  { property: 'County', kind: 'county' },
  { property: /^(PostalCode|ZipCode)$/, kind: 'postalCode' },
  { property: 'Region', kind: 'region' },
  { property: 'Make', kind: 'make' },
  { property: 'Model', kind: 'model' },
  { property: 'ModelVersion', kind: 'modelVersion' },
  { property: 'Platform', kind: 'platform' },
  { property: /^(PlatformVersion|AppVersion|ClientSdkVersion)$/, kind: 'version' },
  { property: 'Carrier', kind: 'carrier' },
  { property: 'Sound', kind: 'sound' },
  { property: 'Category', kind: 'category' },
  { property: /^(CollapseId|CollapseKey|ConsolidationKey|ThreadId)$/, kind: 'collapseKey' },
  { property: 'IconReference', kind: 'icon' },
  { property: /^(RestrictedPackageName|BundleId)$/, kind: 'packageName' },
  { property: 'ExpiresAfter', kind: 'seconds' },
  { property: 'SenderId', kind: 'senderId' },
  { property: 'ShortCode', kind: 'shortCode' },
  { property: 'Keyword', kind: 'keyword' },
  { property: 'VoiceId', kind: 'voiceId' },
  { property: 'ConfigurationSet', kind: 'configurationSet' },
  { property: 'Charset', kind: 'charset' },
  { property: /^(Certificate|PrivateKey)$/, kind: 'pem' },
  { property: /^(ApiKey|ClientSecret|SecretKey|TokenKey|Credential|MD5)$/, kind: 'secret' },
  { property: /^(TeamId|TokenKeyId)$/, kind: 'appleId' },
  { property: 'ClientId', kind: 'clientId' },
  { property: 'ExternalId', kind: 'externalId' },
  { property: 'Mode', in: /^CampaignHook$/, kind: 'hookMode' },
  { property: 'EndpointStatus', kind: 'endpointStatus' },
  { property: 'DefaultAuthenticationMethod', kind: 'authMethod' },
  { property: 'CohortId', kind: 'cohortId' },
  { property: 'UserId', kind: 'userId' },
  { property: 'NextToken', kind: 'nextToken' },
  { property: 'Message', in: /^MessageBody$/, kind: 'errorMessage' },
  { property: 'Message', kind: 'itemMessage' },
  { property: 'StatusMessage', kind: 'statusMessage' },
  { property: 'Failures', kind: 'failure' },
  { property: 'Values', kind: 'attributeValue' },
  { property: /^(Version|SegmentVersion)$/, kind: 'versionNumber' },
  { property: /Percent$/, kind: 'percent' },
  { property: 'Badge', kind: 'badge' },
  { property: 'TimeToLive', kind: 'ttl' },
  { property: /PerSecond$/, kind: 'perSecond' },
  { property: 'MaximumDuration', kind: 'durationSeconds' },
  { property: 'Duration', kind: 'durationMillis' },
  { property: 'StatusCode', kind: 'httpStatus' },
  { property: /Pieces$|^TimezonesTotalCount$|^TimezonesCompletedCount$|^Daily$|^Total$/, kind: 'smallCount' },
  { property: 'Latitude', kind: 'latitude' },
  { property: 'Longitude', kind: 'longitude' },
  { property: 'RangeInKilometers', kind: 'kilometers' },
  { property: 'tags', kind: 'tags' },
  { property: 'ChannelCounts', kind: 'channelCounts' },
  { property: 'Metrics', kind: 'metrics' },
  { property: 'Substitutions', kind: 'substitutions' },
  { property: /Attributes$/, kind: 'listAttributes' },
  { property: /^(Attributes|Data|Context)$/, kind: 'stringAttributes' },
];

/** What to use when no rule names the property: by format, then by type. */
function fallbackKind(name: string, schema: JsonObject, type: Scalar): Kind | undefined {
  if (schema.format === 'date-time') return KINDS.timestamp;
  if (schema.format === 'email') return KINDS.email;
  if (schema.format === 'uri' || schema.format === 'url') return KINDS.url;
  if (schema.format === 'uuid') return KINDS.uuid;
  if (schema.format === 'byte') return KINDS.base64;
  if (schema.format !== undefined) return undefined;
  if (type === 'integer') return KINDS.count;
  if (type === 'number') return KINDS.amount;
  // A readable value named after the property rather than lorem ipsum: `promo-code-3`.
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { type: 'string', make: () => times(4, (i) => `${words}-${i + 1}`) };
}

// Keywords that constrain values beyond their type: a hint could break them, so such
// properties keep json-schema-faker's own data.
const CONSTRAINTS = ['pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'const', 'enum', 'not'];

function scalarType(schema: JsonObject): Scalar | 'object' | undefined {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => t !== 'null');
  const [type] = types;
  return types.length === 1 && ['string', 'integer', 'number', 'object'].includes(type as string) ? (type as Scalar | 'object') : undefined;
}

function valueTypeOf(map: JsonObject): Kind['values'] {
  const values = map.additionalProperties;
  if (typeof values !== 'object' || values === null || '$ref' in values) return undefined;
  const type = scalarType(values as JsonObject);
  if (type && type !== 'object') return type;
  const items = (values as JsonObject).items as JsonObject | undefined;
  return (values as JsonObject).type === 'array' && items && scalarType(items) === 'string' && !items.enum ? 'string[]' : undefined;
}

function kindFor(owner: string, name: string, schema: JsonObject): Kind | undefined {
  if ('$ref' in schema || 'examples' in schema || 'example' in schema || CONSTRAINTS.some((k) => k in schema)) return undefined;
  const type = scalarType(schema);
  if (!type) return undefined;
  const isMap = type === 'object' && !schema.properties && valueTypeOf(schema) !== undefined;
  if (type === 'object' && !isMap) return undefined;
  for (const rule of RULES) {
    const named = typeof rule.property === 'string' ? rule.property === name : rule.property.test(name);
    if (!named || (rule.in && !rule.in.test(owner))) continue;
    const kind = KINDS[rule.kind]!;
    if (isMap ? kind.type === 'map' && kind.values === valueTypeOf(schema) : kind.type === type) return kind;
  }
  return isMap ? undefined : fallbackKind(name, schema, type as Scalar);
}

function hintProperty(owner: string, name: string, schema: JsonObject): void {
  // An array of plain values takes the hint on its items.
  const target = schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null ? (schema.items as JsonObject) : schema;
  const kind = kindFor(owner, name, target);
  if (kind) target.examples = kind.make(randomFor(`${kind.type}:${name}`));
}

// Maps whose values are objects cannot take a list of examples; instead a `patternProperties`
// entry with the same value schema (so validation is unchanged) makes json-schema-faker write one
// entry, its key drawn from the pattern.
const UUID_KEY = '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const KEY_RULES: { property: RegExp; in?: RegExp; pattern: string }[] = [
  { property: /^(Result|Addresses)$/, in: /^Message(Response|Request)$/, pattern: '^\\+1206555010[0-9]$' },
  { property: /^(Result|Users)$/, pattern: '^user-[0-9]{4}$' },
  { property: /Attributes$/, pattern: '^(Interests|Plan|FavoriteTeam|Newsletter)$' },
  { property: /^Metrics$/, pattern: '^(SessionCount|PurchaseTotal|visits|score)$' },
];

function keyPattern(owner: string, name: string): string {
  return KEY_RULES.find((r) => r.property.test(name) && (!r.in || r.in.test(owner)))?.pattern ?? UUID_KEY;
}

function isObjectMap(schema: JsonObject): boolean {
  return (
    scalarType(schema) === 'object' &&
    !schema.properties &&
    !schema.patternProperties &&
    !('examples' in schema) &&
    typeof schema.additionalProperties === 'object' &&
    schema.additionalProperties !== null
  );
}

/** Adds `examples` to every plain property of every schema, and keys to maps of objects, in place. */
function addHints(document: OpenApiDocument): void {
  const visit = (owner: string, name: string, schema: unknown): void => {
    if (typeof schema !== 'object' || schema === null || '$ref' in schema) return;
    const node = schema as JsonObject;
    for (const [key, property] of Object.entries((node.properties ?? {}) as Record<string, JsonObject>)) {
      hintProperty(owner, key, property);
      visit(owner, key, property);
    }
    visit(owner, name, node.items);
    visit(owner, `${name}{}`, node.additionalProperties);
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) if (Array.isArray(node[key])) for (const s of node[key] as unknown[]) visit(owner, name, s);
    // After the values' own hints, so that the copy carries them.
    if (isObjectMap(node)) {
      node.patternProperties = { [keyPattern(owner, name)]: structuredClone(node.additionalProperties) };
    }
  };
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) visit(name, name, schema);
}
