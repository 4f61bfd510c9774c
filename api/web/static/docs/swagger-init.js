"use strict";
(() => {
  // src/docs/swagger-init.ts
  var root = document.getElementById("swagger-ui");
  SwaggerUIBundle({
    url: root?.dataset["spec"] ?? "/docs/openapi.json",
    dom_id: "#swagger-ui",
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
    displayRequestDuration: true
  });
})();
