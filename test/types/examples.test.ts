// Every documented example type-checks against its generated type: one `tsc --noEmit` pass over a
// file of `example satisfies Type` lines, plus a pass proving that the check can fail.
import { pascalCase } from '../../generator/operations.js';
import { attachedExamples } from '../support/spec.js';
import { typeCheck } from '../support/tsc.js';

function typeOf(operationId: string, part: string): string {
  const name = pascalCase(operationId);
  if (part === 'request') return `client.${name}Input["body"]`;
  return `types.operations[${JSON.stringify(operationId)}]["responses"][${part}]["content"]["application/json"]`;
}

const header = [
  "import type * as client from '../../../generated/client.js';",
  "import type * as types from '../../../generated/types.js';",
  '',
].join('\n');

test('every documented example satisfies its generated type', () => {
  const lines = attachedExamples.map(
    ({ operation, part, example }, i) =>
      `// ${operation.operationId} ${part} ${example.name}\nexport const example${i} = ${JSON.stringify(example.value, null, 2)} satisfies ${typeOf(operation.operationId, part)};`,
  );
  // Named schema types too: the success example of every operation is its component type.
  const named = attachedExamples
    .filter(({ operation, part }) => part === operation.success?.status)
    .map(({ operation, example }, i) => {
      const ref = (operation.success!.schema as { $ref?: string }).$ref!.split('/').pop()!;
      return `export const named${i}: types.${ref} = ${JSON.stringify(example.value)};`;
    });
  const { status, output } = typeCheck('examples', { 'examples.ts': `${header}${[...lines, ...named].join('\n\n')}\n` });
  expect(output).toBe('');
  expect(status).toBe(0);
  expect(attachedExamples.length).toBeGreaterThan(400);
});

test('a mutated example fails the type check, naming the property', () => {
  const { status, output } = typeCheck('mutated', {
    'mutated.ts': [
      header,
      "export const wrongType = { Name: 42 } satisfies client.CreateAppInput['body'];",
      "export const missing = { Id: 'a', Arn: 'b' } satisfies types.ApplicationResponse;",
      "export const outsideEnum = { ChannelType: 'PIGEON' } satisfies types.EndpointRequest;",
      '',
    ].join('\n'),
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(/mutated\.ts\(4,.*Type 'number' is not assignable to type 'string'/);
  expect(output).toMatch(/mutated\.ts\(5,[^]*Property 'Name' is missing/);
  expect(output).toMatch(/mutated\.ts\(6,.*'"PIGEON"' is not assignable/);
});
