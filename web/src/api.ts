/**
 * The page talks to the app that serves it, through the generated TypeScript client: the
 * request and response types come from openapi.json, so the page and the API cannot drift.
 */
import { createOpioidCalcClient, type Problem, type Schemas } from "../../clients/typescript/src/index.js";

export type { Problem, Schemas };

export const client = createOpioidCalcClient(window.location.origin);

/** A call's outcome: the result, or the problem the API returned. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: Problem };

export async function call<T>(
  request: Promise<{ data?: T | undefined; error?: unknown; response: Response }>,
): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await request;
    if (data !== undefined && response.ok) return { ok: true, data };
    if (isProblem(error)) return { ok: false, problem: error };
    return {
      ok: false,
      problem: { title: "Unexpected answer", status: response.status, detail: response.statusText, type: "about:blank" },
    };
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, problem: { title: "The server could not be reached", status: 0, detail, type: "about:blank" } };
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "detail" in value;
}
