// Emits `types.ts`: openapi-typescript's types for the whole document, plus one named export per
// component schema (`export type EndpointResponse = components["schemas"]["EndpointResponse"]`).
import { astToString, resolveRef, scanDiscriminators, transformSchema, type GlobalContext, type OpenAPI3 } from 'openapi-typescript';
import { Project } from 'ts-morph';
import type { OpenApiDocument } from './openapi.js';
import { HEADER, type GeneratedFile } from './output.js';
import { pascalCase } from './operations.js';

// Names openapi-typescript already exports; a schema with one of these names gets a suffix.
const TAKEN = new Set(['paths', 'webhooks', 'components', 'operations', '$defs']);

export function schemaTypeName(schemaName: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(schemaName) ? schemaName : pascalCase(schemaName);
  return TAKEN.has(name) || !name ? `${name}Schema` : name;
}

export async function emitTypes(document: OpenApiDocument): Promise<GeneratedFile[]> {
  const ast = openapiTypes(document as unknown as OpenAPI3);
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('types.ts', astToString(ast));

  const schemas = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    const description = typeof schema.description === 'string' ? schema.description : undefined;
    file.addTypeAlias({
      name: schemaTypeName(name),
      isExported: true,
      type: `components["schemas"][${JSON.stringify(name)}]`,
      docs: description ? [description] : undefined,
    });
  }
  file.insertStatements(0, `// ${HEADER}\n`);
  return [{ path: 'types.ts', content: file.getFullText() }];
}

/**
 * openapi-typescript's transform with its default options, without the validate-and-bundle pass
 * `openapiTS()` runs first: the document is bundled and checked already, and that pass would follow
 * `$ref` keys inside example values and fetch URLs (generation makes no network request).
 */
function openapiTypes(document: OpenAPI3) {
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, { silent: true }),
    emptyObjectsUnknown: false,
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
