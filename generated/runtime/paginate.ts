// Generated from the OpenAPI spec by templates/paginate.ts by generator/. Do not edit: run `npm run generate`.
// Walks a paginated operation: the next page is asked for with the `NextToken` of the last, until a
// page comes without one.
import type { CallOptions, OperationDescriptor } from './call.js';
import { PaginationError } from './errors.js';

/**
 * A client method that answers one page at a time (the generator marks them), or an operation
 * function bound to a connection by `bindOperation`, which marks it the same way.
 */
export interface PaginatedMethod<Input, Page> {
  (input: Input, options?: CallOptions): Promise<Page>;
  readonly operation: OperationDescriptor;
}

type ItemsOf<Page> = Page extends { Item?: readonly (infer Item)[] } ? Item : never;

/** Every page, in order. */
export async function* paginatePages<Input extends { query?: object }, Page extends { NextToken?: string }>(
  method: PaginatedMethod<Input, Page>,
  input: Input,
  options?: CallOptions,
): AsyncGenerator<Page, void, undefined> {
  if (!method.operation) {
    // An operation function (getApps) takes its connection first: paginate needs it bound to one.
    const name = method.name || 'the function';
    throw new TypeError(`paginate takes a client's method, or an operation function bound to a connection: bindOperation(${name}, <its descriptor>, connection)`);
  }
  const pagination = method.operation.pagination;
  if (!pagination) throw new TypeError(`${method.operation.operationId} is not paginated`);
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const query = { ...input.query, ...(token === undefined ? {} : { [pagination.inputToken]: token }) };
    const page = await method({ ...input, query }, options);
    yield page;
    const next = (page as Record<string, unknown>)[pagination.outputToken];
    token = typeof next === 'string' && next !== '' ? next : undefined;
    if (token !== undefined) {
      // A service that hands the same token back would loop forever.
      if (seen.has(token)) throw new PaginationError(method.operation.operationId, token);
      seen.add(token);
    }
  } while (token !== undefined);
}

/** Every item of every page, in order. */
export async function* paginate<Input extends { query?: object }, Page extends { NextToken?: string; Item?: readonly unknown[] }>(
  method: PaginatedMethod<Input, Page>,
  input: Input,
  options?: CallOptions,
): AsyncGenerator<ItemsOf<Page>, void, undefined> {
  const itemsKey = method.operation?.pagination?.items ?? 'Item';
  for await (const page of paginatePages(method, input, options)) {
    yield* (((page as Record<string, unknown>)[itemsKey] as ItemsOf<Page>[] | undefined) ?? []);
  }
}
