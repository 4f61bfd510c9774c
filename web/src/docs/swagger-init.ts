/**
 * Starts the vendored Swagger UI on the served contract, with no request outside this origin
 * (no validator badge, no top bar); the page's Content-Security-Policy allows no inline script.
 */
declare const SwaggerUIBundle: ((options: Record<string, unknown>) => unknown) & { presets: { apis: unknown } };

const root = document.getElementById("swagger-ui");
SwaggerUIBundle({
  url: root?.dataset["spec"] ?? "/docs/openapi.json",
  dom_id: "#swagger-ui",
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
  displayRequestDuration: true,
});
export {};
