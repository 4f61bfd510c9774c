/**
 * The page in a real browser: Debian's Chromium, headless, driven by playwright-core against the
 * app served by uvicorn on loopback (tests/web/test_browser.py starts it and runs this file).
 *
 * Each job is done as a pharmacist would: a regimen and its MME with warnings; rotations to
 * methadone and to a patch; a taper printed; an OIH plan with a refused strategy and the way to
 * fix it; an input error shown next to its field; adjuncts and renal function. Throughout, no
 * request may leave the origin, the Content-Security-Policy may refuse nothing, and axe-core may
 * find no serious or critical violation. Screenshots of each view go to ARTIFACTS.
 *
 * Expected numbers are the cited arithmetic, not what the page printed: oxycodone x 1.5 (CDC
 * 2022); Cockcroft-Gault (140 - 40) x 72 / (72 x 1.0) x 0.85 = 85 mL/min.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const BASE = process.env["BASE_URL"] ?? "http://127.0.0.1:8000";
const ARTIFACTS = process.env["ARTIFACTS"] ?? "test-artifacts";
const CHROMIUM = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
// The flags this machine needs (docs: .library/env/machines/python.md): no sandbox as root, no
// GPU, and none of Chromium's own background connections, which a closed network refuses.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const refused: string[] = [];
const axeFindings: Record<string, AxeViolation[]> = {};

async function open(view: string): Promise<void> {
  await page.goto(`${BASE}/#${view}`);
  await page.waitForSelector("body[data-ready='true']");
  await page.waitForFunction(() => !document.getElementById("versions")?.textContent?.includes("loading"));
}

/** Calculate, and wait for this calculation's result (not the one already shown). */
async function calculate(): Promise<void> {
  const before = await page.evaluate(() => Number(document.getElementById("results")?.dataset["rendered"] ?? "0"));
  await page.getByRole("button", { name: "Calculate" }).click();
  await page.waitForFunction(
    (count) => Number(document.getElementById("results")?.dataset["rendered"] ?? "0") > count,
    before,
  );
}

async function shoot(name: string, full = true): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: full });
}

/** axe-core over the whole page; serious and critical violations fail the test. */
async function accessible(name: string): Promise<void> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as AxeViolation[];
  axeFindings[name] = violations;
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`),
    [],
  );
}

function line(field: string): string {
  return `[data-field="line[0].${field}"]`;
}

async function regimen(dose: string, every: string): Promise<void> {
  await page.selectOption(line("drug"), "oxycodone");
  await page.selectOption(line("route"), "oral");
  await page.selectOption(line("release"), "extended");
  await page.fill(line("dose"), dose);
  await page.selectOption(line("frequency"), "interval");
  await page.fill(line("interval_hours"), every);
}

describe("the page in Chromium", () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE });
    await context.exposeFunction("reportPolicyViolation", (text: string) => refused.push(text));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { reportPolicyViolation: (t: string) => void }).reportPolicyViolation;
        report(`${event.violatedDirective} ${event.blockedURI} on ${document.location.pathname}`);
      });
    });
    page = await context.newPage();
    context.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
  });

  after(async () => {
    writeFileSync(join(ARTIFACTS, "axe.json"), `${JSON.stringify(axeFindings, null, 2)}\n`);
    writeFileSync(join(ARTIFACTS, "requests.txt"), `${[...new Set(requests)].sort().join("\n")}\n`);
    await browser?.close();
  });

  test("MME of a regimen, with its warnings", async () => {
    await open("mme");
    // OxyContin 40 mg every 12 hours: 80 mg/day x 1.5 = 120 MME/day, at or above 50 and 90.
    await regimen("40", "12");
    await calculate();

    assert.equal(await page.textContent(".headline .value"), "120 MME/day");
    const first = page.locator(".cards .card").first();
    assert.equal(await first.getAttribute("data-code"), "mme.at_or_above_90");
    assert.match((await first.getAttribute("class")) ?? "", /critical/);
    assert.ok(await page.locator('.cards .card[data-code="naloxone.offer"]').count());
    assert.match((await page.textContent(".prescription")) ?? "", /Oxycodone ER by mouth: 80 mg\/day x 1.5 = 120 MME\/day/);
    assert.match((await page.textContent("footer")) ?? "", /Engine \d+\.\d+\.\d+\. Tables: .*cdc-2022 2022\.1/);
    await shoot("mme");
    await accessible("mme");
  });

  test("copy as text gives the note in prescription language", async () => {
    await page.getByRole("button", { name: "Copy as text" }).click();
    await page.waitForFunction(() => document.getElementById("copy-status")?.textContent?.startsWith("Copied"));
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    assert.match(copied, /^MME of the regimen\n120 MME\/day\./);
    assert.match(copied, /Critical: Total is at or above 90 MME\/day/);
    assert.match(copied, /Calculation id: [0-9a-f]{32}/);
    assert.match(copied, /supports, and does not replace, clinical judgement/);
  });

  test("the regimen can be entered by keyboard alone", async () => {
    await open("mme");
    await page.locator("body").focus();
    let field = "";
    for (let presses = 0; presses < 40 && field !== "line[0].dose"; presses += 1) {
      await page.keyboard.press("Tab");
      field = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["field"] ?? "");
    }
    assert.equal(field, "line[0].dose");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("10");
    // Going to the same view only changes the hash, so the previous result may still be shown:
    // wait for this calculation's result, not any result.
    const shown = await page.evaluate(() => Number(document.getElementById("results")?.dataset["rendered"] ?? "0"));
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (count) => Number(document.getElementById("results")?.dataset["rendered"] ?? "0") > count,
      shown,
    );

    // OxyContin 10 mg every 12 hours: 20 mg/day x 1.5 = 30 MME/day.
    assert.equal(await page.textContent(".headline .value"), "30 MME/day");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "result-title");
  });

  test("rotation to methadone and to a fentanyl patch", async () => {
    await open("rotation");
    await regimen("60", "12"); // 120 mg/day oxycodone = 180 mg/day oral morphine (x 1.5, UpToDate)
    await page.selectOption('[data-field="to.drug"]', "methadone");
    await page.selectOption('[data-field="to.route"]', "oral");
    await page.selectOption('[data-field="to.release"]', "");
    await page.selectOption('[data-field="methadone.strategy"]', "three_day_switch");
    await calculate();
    const methadone = (await page.textContent(".prescription")) ?? "";
    assert.match(methadone, /Current regimen: 180 MME\/day; conversion basis 180 mg\/day oral morphine equivalent/);
    assert.match(methadone, /Methadone: ratio \d+:1/);
    assert.match(methadone, /Day 1: previous regimen at 66\.66%/);
    await shoot("rotation-methadone");

    await page.selectOption('[data-field="to.drug"]', "fentanyl");
    await page.selectOption('[data-field="to.route"]', "transdermal");
    await page.fill('[data-field="patient.days_on_current_opioids"]', "30");
    await calculate();
    const patch = (await page.textContent(".prescription")) ?? "";
    assert.match(patch, /Fentanyl [\d.]+ mcg\/h patch, changed every 3 days: one/);
    assert.match((await page.textContent(".range")) ?? "", /25% \(low end\).*50% \(high end\)/s);

    // The applied percent is adjustable: 50% applied halves the equianalgesic dose.
    await page.fill('[data-field="cross_tolerance_reduction_percent"]', "50");
    await calculate();
    assert.match((await page.textContent(".range tr.applied")) ?? "", /^50% applied/);
    await shoot("rotation");
    await page.screenshot({ path: join(ARTIFACTS, "readme-rotation.png"), clip: { x: 0, y: 0, width: 1280, height: 900 } });
    await accessible("rotation");
  });

  test("a taper as a dated calendar, printed", async () => {
    await open("taper");
    await regimen("20", "12");
    await page.selectOption('[data-field="preset"]', "acute-weeks");
    await page.fill('[data-field="start_date"]', "2026-12-01");
    await calculate();

    // CDC 2022 acute: 20% of the original 40 mg/day is 8 mg/day a step, smaller than OxyContin's
    // smallest change at 12 hours (5 mg a dose, 10 mg/day): the first cut waits for a second
    // interval, day 2 (2026-12-03), with 16 mg/day allowed: 40 -> 30 mg/day (15 mg every 12 hours).
    const rows = page.locator("table.calendar tbody tr");
    assert.ok((await rows.count()) >= 2);
    const first = rows.first().locator("td");
    assert.equal(await first.nth(0).textContent(), "2026-12-03");
    assert.match((await first.nth(2).textContent()) ?? "", /^Oxycodone ER 15 mg by mouth every 12 hours/);
    assert.match((await rows.last().textContent()) ?? "", /onwards/);
    await shoot("taper");
    await accessible("taper");

    await page.evaluate("window.__printed = 0; window.print = () => { window.__printed += 1; }");
    await page.getByRole("button", { name: "Print" }).click();
    assert.equal(await page.evaluate("window.__printed"), 1);
    await page.emulateMedia({ media: "print" });
    try {
      assert.equal(await page.locator("form#calc").isVisible(), false);
      assert.equal(await page.locator("nav").isVisible(), false);
      assert.ok(await page.locator("header .statement").isVisible());
      assert.ok(await page.locator("table.calendar").isVisible());
      await shoot("taper-print");
      const pdf = await page.pdf({ format: "A4", printBackground: false });
      writeFileSync(join(ARTIFACTS, "taper.pdf"), pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, "the printed taper is a one-page note");
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
  });

  test("an OIH plan where a strategy is refused, and how to fix it", async () => {
    await open("oih");
    await regimen("20", "12");
    await page.fill('[data-field="start_date"]', "2026-12-01");
    await calculate();

    assert.equal(await page.locator(".strategy").count(), 7);
    const ketamine = page.locator(".strategy", { has: page.getByRole("heading", { name: "Ketamine infusion" }) });
    assert.equal(await ketamine.locator(".status").textContent(), "Not for this patient");
    assert.match((await ketamine.locator(".refusal").textContent()) ?? "", /Why not: .*weight/is);
    await shoot("oih");
    await accessible("oih");

    await ketamine.getByRole("button", { name: /Go to patient\.weight_kg/ }).click();
    const weight = page.locator('[data-field="patient.weight_kg"]');
    assert.equal(await weight.getAttribute("aria-invalid"), "true");
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["field"]), "patient.weight_kg");
  });

  test("an input error is shown next to its field", async () => {
    await open("mme");
    await regimen("0", "12");
    await calculate();

    const dose = page.locator(line("dose"));
    assert.equal(await dose.getAttribute("aria-invalid"), "true");
    const message = page.locator(`#${await dose.getAttribute("id")}-error`);
    assert.match((await message.textContent()) ?? "", /medications\[0\]\.dose: expected .*> ?0.*got 0/);
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["field"]), "line[0].dose");
    assert.match((await page.textContent("#results")) ?? "", /Check medications\[0\]\.dose/);
    await shoot("input-error");
    await accessible("input-error");

    // A clinical refusal (422) too: 5,000 mg of oxycodone per dose is implausible.
    await page.fill(line("dose"), "5000");
    await calculate();
    assert.equal(await dose.getAttribute("aria-invalid"), "true");
    assert.match((await message.textContent()) ?? "", /5,?000|plausible/i);
  });

  test("adjuncts and renal function", async () => {
    await open("adjuncts");
    await page.fill('[data-field="patient.weight_kg"]', "70");
    await page.selectOption('[data-adjunct="ketamine"] [data-field="weight_basis"]', "actual");
    await page.fill('[data-field="rate_mg_per_kg_per_h"]', "0.2");
    await calculate();
    // 0.2 mg/kg/h x 70 kg = 14 mg/h; x 24 h = 336 mg.
    assert.match((await page.textContent(".prescription")) ?? "", /Ketamine 0\.2 mg\/kg\/h x 70 kg actual weight = 14 mg\/h.*336 mg per 24 hours/);
    await shoot("adjuncts");
    await accessible("adjuncts");

    await open("renal");
    await page.fill('[data-field="patient.age_years"]', "40");
    await page.selectOption('[data-field="patient.sex"]', "female");
    await page.fill('[data-field="patient.weight_kg"]', "72");
    await page.fill('[data-field="patient.serum_creatinine_mg_dl"]', "1");
    await page.selectOption('[data-field="weight_basis"]', "actual");
    await calculate();
    assert.equal(await page.textContent(".headline .value"), "85 mL/min");
    await page.locator("details.trace summary").click();
    assert.match((await page.textContent("details.trace")) ?? "", /Calculation id: [0-9a-f]{32}/);
    await shoot("renal");
    await accessible("renal");
  });

  test("readable at 200% zoom: one column, nothing cut off sideways", async () => {
    await page.setViewportSize({ width: 640, height: 900 }); // 1280 px at 200%
    await open("rotation");
    await regimen("20", "12");
    await calculate();
    assert.ok(await page.locator("#results .headline").isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    await shoot("rotation-200-percent");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("the offline docs render from vendored assets", async () => {
    await page.goto(`${BASE}/docs`);
    await page.waitForSelector(".opblock", { timeout: 30000 });
    assert.ok((await page.locator(".opblock").count()) >= 15);
    await shoot("docs-swagger", false);
    await page.goto(`${BASE}/docs/redoc`);
    await page.waitForSelector("h1", { timeout: 30000 });
    assert.match((await page.textContent("h1")) ?? "", /opioid-calc/);
    await shoot("docs-redoc", false);
  });

  test("no request left the origin and the CSP refused nothing", () => {
    // Redoc runs its search in a worker made from a blob: URL of this origin.
    const outside = requests.filter(
      (url) => !url.startsWith(`${BASE}/`) && !url.startsWith(`blob:${BASE}/`) && !url.startsWith("data:"),
    );
    assert.deepEqual(outside, []);
    assert.ok(requests.some((url) => url.startsWith(`${BASE}/v1/rotations`)));
    assert.deepEqual(refused, []);
  });
});
