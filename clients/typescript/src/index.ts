/**
 * Typed client for the opioid-calc HTTP API.
 *
 * `schema.ts` is generated from openapi.json by openapi-typescript (`make clients`); this file is
 * written by hand and only names the generated types and wraps openapi-fetch's `createClient`.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };

/** Every schema of the contract, by name: `Schemas["MMERequest"]`. */
export type Schemas = components["schemas"];
/** RFC 9457 problem details: the body of every documented error (400, 404, 413, 422, ...). */
export type Problem = Schemas["Problem"];
/** The operation ids of openapi.json (`calculate_mme`, `get_table`, ...). */
export type OperationId = keyof operations;
export type OpioidCalcClient = Client<paths>;

/** Options of `createOpioidCalcClient`: openapi-fetch's, and the deployment's API key. */
export interface OpioidCalcClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Sent as `Authorization: Bearer <apiKey>` when the deployment requires keys (401 without). */
  apiKey?: string;
}

/**
 * A client for the API at `baseUrl`, e.g. `http://127.0.0.1:8000`.
 *
 * Calls are made by path, as in the contract:
 * `const { data, error, response } = await client.POST("/v1/mme", { body })`.
 * On success `data` is the parsed result; on a documented error status `error` is a `Problem`.
 */
export function createOpioidCalcClient(
  baseUrl: string,
  options: OpioidCalcClientOptions = {},
): OpioidCalcClient {
  const { apiKey, headers, ...rest } = options;
  const auth = apiKey === undefined ? {} : { Authorization: `Bearer ${apiKey}` };
  return createClient<paths>({
    ...rest,
    baseUrl,
    headers: { ...(headers as Record<string, string> | undefined), ...auth },
  });
}
