// Builds the page into the Python package (api/web/static/), which the app serves at / and
// /static/: the TypeScript bundled by esbuild (build time only), the HTML, CSS and icon as
// written, and the pinned Swagger UI and Redoc assets copied from node_modules for offline docs.
// The output depends only on the sources and the lockfile: scripts/web.py rebuilds it and fails
// when it differs from what is committed.
import { build } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "api", "web", "static");
const modules = join(here, "node_modules");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "docs"), { recursive: true });

const common = {
  bundle: true,
  target: "es2020",
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: here,
};
await build({ ...common, entryPoints: ["src/main.ts"], format: "esm", outfile: join(out, "app.js") });
await build({ ...common, entryPoints: ["src/docs/swagger-init.ts"], format: "iife", outfile: join(out, "docs", "swagger-init.js") });
await build({ ...common, entryPoints: ["src/docs/redoc-init.ts"], format: "iife", outfile: join(out, "docs", "redoc-init.js") });
for (const name of ["index.html", "app.css", "favicon.svg"]) cpSync(join(here, "src", name), join(out, name));

const vendor = {
  "swagger-ui": ["swagger-ui-dist", ["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"]],
  redoc: ["redoc", ["bundles/redoc.standalone.js", "bundles/redoc.standalone.js.LICENSE.txt", "LICENSE"]],
};
const versions = {};
for (const [folder, [pkg, files]] of Object.entries(vendor)) {
  const { version } = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8"));
  versions[folder] = `${pkg}@${version}`;
  mkdirSync(join(out, "vendor", folder), { recursive: true });
  for (const file of files) cpSync(join(modules, pkg, file), join(out, "vendor", folder, file.split("/").pop()));
}

// One patch, so the docs make no request outside the origin: Redoc's menu shows the Redocly logo
// from cdn.redoc.ly. An empty src makes no request and fires the error that hides the image.
const redoc = join(out, "vendor", "redoc", "redoc.standalone.js");
const logo = 'src:"https://cdn.redoc.ly/redoc/logo-mini.svg"';
const source = readFileSync(redoc, "utf8");
if (source.split(logo).length !== 2) throw new Error(`redoc.standalone.js: expected ${logo} once`);
writeFileSync(redoc, source.replace(logo, 'src:""'));
versions.redoc += " (Redocly logo URL removed: no request to cdn.redoc.ly)";
writeFileSync(join(out, "vendor", "versions.json"), `${JSON.stringify(versions, null, 2)}\n`);
