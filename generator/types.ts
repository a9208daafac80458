// Emits `types.ts`: openapi-typescript's types for the whole document, plus one named export per
// component schema (`export type EndpointResponse = components["schemas"]["EndpointResponse"]`).
import { createRequire } from 'node:module';
import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import type { TypeAliasDeclarationStructure } from 'ts-morph';
import { commentText, outputNames, type NamedOperation } from './names.js';
import type { OpenApiDocument } from './openapi.js';
import { HEADER, type GeneratedFile } from './output.js';
import { printStatements, StructureKind } from './print.js';
import { loadWithCodeCache } from './code-cache.js';

type OpenapiTypescript = Pick<typeof import('openapi-typescript'), 'transformSchema' | 'scanDiscriminators' | 'resolveRef' | 'astToString'>;
let openapiTypescript: OpenapiTypescript | undefined;

/**
 * openapi-typescript's CommonJS build where Node can load it (it requires ES modules, which Node
 * does from 20.19 on): it requires `typescript` as CommonJS, where an ES import of it first lexes
 * TypeScript's 9 MB for named exports, about 30 MiB and a few tenths of a second more. Only the
 * modules of the four functions used (exported subpaths): its entry also loads Redocly 1 for the
 * bundling pass skipped here, about 0.2 s. Elsewhere (jest's module system, older Node) its ES
 * build. Same code, same output.
 */
async function loadOpenapiTypescript(codeCache: string | undefined): Promise<OpenapiTypescript> {
  try {
    if (!openapiTypescript) {
      if (codeCache) {
        try {
          loadWithCodeCache('typescript', codeCache);
        } catch {
          // openapi-typescript's own require loads it, as without a cache
        }
      }
      const require = createRequire(import.meta.url);
      const transformSchema = require('openapi-typescript/dist/transform/index.cjs') as OpenapiTypescript['transformSchema'];
      const { scanDiscriminators, resolveRef } = require('openapi-typescript/dist/lib/utils.cjs') as OpenapiTypescript;
      const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as OpenapiTypescript;
      openapiTypescript = { transformSchema, scanDiscriminators, resolveRef, astToString };
    }
  } catch {
    openapiTypescript = await import('openapi-typescript');
  }
  return openapiTypescript;
}

export interface TypesOptions {
  /** A folder for V8's code cache of TypeScript's compiler (generator/code-cache.ts). */
  codeCache?: string;
}

export async function emitTypes(document: OpenApiDocument, operations: readonly NamedOperation[], options: TypesOptions = {}): Promise<GeneratedFile[]> {
  const names = outputNames(document, operations);
  const library = await loadOpenapiTypescript(options.codeCache);
  const ast = openapiTypes(document, library);
  const { astToString } = library;

  const aliases = Object.entries(document.components?.schemas ?? {}).map(([name, schema]): TypeAliasDeclarationStructure => {
    const description = typeof schema.description === 'string' ? schema.description : undefined;
    return {
      kind: StructureKind.TypeAlias,
      name: names.schemaType(name),
      isExported: true,
      type: `components["schemas"][${JSON.stringify(name)}]`,
      docs: description ? [commentText(description)] : undefined,
    };
  });
  const named = aliases.length > 0 ? `\n${printStatements(aliases)}` : '';
  const printed = astToString(ast).replace(WITH_REQUIRED, NULLABLE_WITH_REQUIRED);
  return [{ path: 'types.ts', content: `// ${HEADER}\n${printed}${named}` }];
}

/**
 * openapi-typescript's transform with its default options, without the validate-and-bundle pass
 * `openapiTS()` runs first: the document is bundled and checked already, and that pass would follow
 * `$ref` keys inside example values and fetch URLs (generation makes no network request). It rewrites
 * the document it reads (discriminator enums), so it reads a copy: the other emitters must see the
 * bundled spec as it is.
 */
function openapiTypes(bundled: OpenApiDocument, { transformSchema, scanDiscriminators, resolveRef }: OpenapiTypescript) {
  const document = structuredClone(bundled) as unknown as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, { silent: true }),
    // `type: object` with no properties is any object (JSON Schema allows additional properties by
    // default), not openapi-typescript's default `Record<string, never>`, which no value can be.
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext['redoc'], // read only by the pass skipped here
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, { silent: true }),
  };
  return transformSchema(document, ctx);
}

// openapi-typescript's helper for `required` beside `allOf`/`$ref` asks for `keyof T`, which is
// `never` when the schema it makes required is nullable (`X | null`): the output would not compile.
// This one applies to the object and leaves `null` as it is.
const WITH_REQUIRED = 'type WithRequired<T, K extends keyof T> = T & {\n    [P in K]-?: T[P];\n};';
const NULLABLE_WITH_REQUIRED = 'type WithRequired<T, K extends keyof NonNullable<T>> = T extends null ? T : T & {\n    [P in K]-?: NonNullable<T>[P];\n};';
