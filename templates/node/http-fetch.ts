// A fetch over node:http, for code that wants fetch's shape in Node (the client's `fetch` option,
// or transport layers of its own). The Node entry does not need it: it sends with the request
// handler directly.
import { fromRequest, toResponse } from '../adapters.js';
import type { FetchLike } from '../http.js';
import { nodeRequestHandler } from './http-handler.js';

export const nodeHttpFetch: FetchLike = async (request) => {
  const plain = await fromRequest(request);
  plain.signal = request.signal;
  return toResponse(await nodeRequestHandler(plain));
};
