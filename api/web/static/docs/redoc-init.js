"use strict";
(() => {
  // src/docs/redoc-init.ts
  var root = document.getElementById("redoc");
  Redoc.init(root?.dataset["spec"] ?? "/docs/openapi.json", { hideDownloadButton: false, disableSearch: false }, root);
})();
