/** Starts the vendored Redoc on the served contract (no external fonts or requests). */
declare const Redoc: { init: (spec: string, options: Record<string, unknown>, element: HTMLElement | null) => void };

const root = document.getElementById("redoc");
Redoc.init(root?.dataset["spec"] ?? "/docs/openapi.json", { hideDownloadButton: false, disableSearch: false }, root);
export {};
