// Emits `types.ts`: openapi-typescript's types for the whole document, plus one named export per
// component schema (`export type EndpointResponse = components["schemas"]["EndpointResponse"]`).
import openapiTS, { astToString } from 'openapi-typescript';
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
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { silent: true });
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
