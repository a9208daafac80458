// Emits `types.ts`: openapi-typescript's types for the whole document, plus one named export per
// component schema (`export type EndpointResponse = components["schemas"]["EndpointResponse"]`).
import { createRequire } from 'node:module';
import type { TypeAliasDeclarationStructure } from 'ts-morph';
import { commentText, outputNames, type NamedOperation } from './names.js';
import type { OpenApiDocument } from './openapi.js';
import { HEADER, type GeneratedFile } from './output.js';
import { printStatements, tsMorph } from './print.js';

// openapi-typescript's CommonJS build: it requires `typescript` as CommonJS, where an ES import of
// it first lexes TypeScript's 9 MB for named exports (about 30 MiB and a third of a second more,
// twice that under tsx). Same code, same output.
const { default: openapiTS, astToString } = createRequire(import.meta.url)('openapi-typescript') as typeof import('openapi-typescript');

export async function emitTypes(document: OpenApiDocument, operations: readonly NamedOperation[]): Promise<GeneratedFile[]> {
  const names = outputNames(document, operations);
  // openapi-typescript rewrites the document it is given (it adds discriminator enums to the
  // schemas); the other emitters must see the bundled spec as it is, so it gets a copy of its own.
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });

  const aliases = Object.entries(document.components?.schemas ?? {}).map(([name, schema]): TypeAliasDeclarationStructure => {
    const description = typeof schema.description === 'string' ? schema.description : undefined;
    return {
      kind: tsMorph.StructureKind.TypeAlias,
      name: names.schemaType(name),
      isExported: true,
      type: `components["schemas"][${JSON.stringify(name)}]`,
      docs: description ? [commentText(description)] : undefined,
    };
  });
  const named = aliases.length > 0 ? `\n${printStatements(aliases)}` : '';
  return [{ path: 'types.ts', content: `// ${HEADER}\n${astToString(ast)}${named}` }];
}
