/**
 * The pharmacist's page: one view per job (MME, rotation, taper, OIH plan, adjuncts, renal
 * function) over one regimen and one patient panel, answered by the app that serves the page.
 */
import { call, client, type Outcome, type Problem, type Schemas } from "./api.js";
import { append, byId, clear, h } from "./dom.js";
import {
  checkbox,
  clearErrors,
  type DrugRoutes,
  field,
  numberInput,
  PatientPanel,
  Regimen,
  select,
  showFieldError,
  valueOf,
} from "./forms.js";
import {
  type Rendered,
  renderAdjunct,
  renderMME,
  renderOIH,
  renderProblem,
  renderRenal,
  renderRotation,
  renderTaper,
} from "./results.js";

type Route = NonNullable<Schemas["Medication"]["route"]>;

interface View {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly regimen: boolean | (() => boolean);
  options(): HTMLElement[];
  run(): Promise<Outcome<unknown>>;
  render(data: unknown): Rendered;
}

const STATEMENT = "This calculator supports, and does not replace, clinical judgement.";
const form = byId<HTMLFormElement>("calc");
const results = byId("results");
const optionsSlot = byId("options-fields");
const regimenSet = byId<HTMLFieldSetElement>("regimen");
let regimen: Regimen;
let patient: PatientPanel;
let note: string[] = [];

// --- options ---------------------------------------------------------------------------------

/** An option control, found later by its request field name. */
function option(name: string): HTMLInputElement | HTMLSelectElement {
  const control = optionsSlot.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${name}"]`);
  if (!control) throw new Error(`option ${name} is not on the page`);
  return control;
}

function optionNumber(name: string): number | undefined {
  const control = optionsSlot.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
  return control ? valueOf(control) : undefined;
}

function optionText(name: string): string {
  return option(name).value;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function dateInput(name: string): HTMLInputElement {
  return h("input", { type: "date", "data-field": name, value: today(), min: "2000-01-01", max: "2100-12-31" });
}

function tableOptions(kind: string): (readonly [string, string])[] {
  return [["", "default"] as const, ...tables.filter((t) => t.table.kind === kind).map((t) => [t.table.id, `${t.table.id} (${t.table.title})`] as const)];
}

/** The patient, when the panel holds anything. */
function withPatient<T extends object>(body: T): T & { patient?: Schemas["Patient"] } {
  const p = patient.patient();
  return p ? { ...body, patient: p } : body;
}

function withNumber<T extends object>(body: T, name: string, value: number | undefined): T {
  return value === undefined ? body : { ...body, [name]: value };
}

function withText<T extends object>(body: T, name: string, value: string): T {
  return value === "" ? body : { ...body, [name]: value };
}

// --- views -----------------------------------------------------------------------------------

const TARGET_ROUTES: readonly (readonly [string, string])[] = [
  ["oral", "oral"],
  ["transdermal", "transdermal patch"],
  ["intravenous", "intravenous"],
  ["subcutaneous", "subcutaneous"],
  ["sublingual", "sublingual"],
];

const views: readonly View[] = [
  {
    id: "mme",
    title: "MME of a regimen",
    intro: "Morphine milligram equivalents per day, for risk and the 50 and 90 MME/day thresholds.",
    regimen: true,
    options: () => [field("MME table", select("table", tableOptions("mme")))],
    run: () =>
      call(
        client.POST("/v1/mme", {
          body: withText(withPatient({ medications: regimen.medications() }), "table", optionText("table")),
        }),
      ),
    render: (data) => renderMME(data as Schemas["MMEResponse"]),
  },
  {
    id: "rotation",
    title: "Rotation to another opioid",
    intro: "The equianalgesic dose, the 25% to 50% cross-tolerance range with the applied percent, and a practical regimen from real strengths.",
    regimen: true,
    options: () => {
      const drug = select(
        "to.drug",
        [...new Set(drugs.map((d) => d.drug))].map((d) => [d, d] as const),
        "morphine",
      );
      const percent = numberInput("cross_tolerance_reduction_percent", { min: 0, max: 75, step: 1, placeholder: "default" });
      const slider = h("input", { type: "range", min: 0, max: 75, step: 5, value: 25, "data-field": "reduction_slider" });
      slider.addEventListener("input", () => {
        percent.value = slider.value;
      });
      slider.addEventListener("change", () => form.requestSubmit());
      percent.addEventListener("change", () => {
        if (percent.value !== "") slider.value = percent.value;
      });
      const strategy = field(
        "Methadone switch",
        select("methadone.strategy", [
          ["stop_and_go", "stop and go"],
          ["three_day_switch", "three-day switch"],
          ["ad_lib", "ad lib (Morley-Makin, as needed; specialist units)"],
        ]),
      );
      const methadoneOnly = (): void => {
        strategy.hidden = drug.value !== "methadone";
      };
      drug.addEventListener("change", methadoneOnly);
      methadoneOnly();
      return [
        field("Rotate to (drug)", drug),
        field("Route", select("to.route", TARGET_ROUTES, "oral")),
        field(
          "Release",
          select(
            "to.release",
            [
              ["", "not stated"],
              ["immediate", "IR (immediate release)"],
              ["extended", "ER (extended release)"],
            ],
            "extended",
          ),
        ),
        field("As a continuous infusion (IV or SC)", checkbox("to.infusion")),
        field("Cross-tolerance reduction applied (%)", percent, "0-75; empty: 25, or 50 for an older or frail patient."),
        field("Adjust the applied percent", slider),
        strategy,
      ];
    },
    run: () => {
      const release = optionText("to.release");
      const to: Schemas["TargetSpec"] = { drug: optionText("to.drug"), route: optionText("to.route") as Route };
      if (release === "immediate" || release === "extended") to.release = release;
      if (optionsSlot.querySelector<HTMLInputElement>('[data-field="to.infusion"]')?.checked) to.infusion = true;
      let body: Schemas["RotationRequest"] = withPatient({ from: regimen.medications(), to });
      body = withNumber(body, "cross_tolerance_reduction_percent", optionNumber("cross_tolerance_reduction_percent"));
      if (to.drug === "methadone") {
        const strategy = optionText("methadone.strategy") as NonNullable<Schemas["MethadoneOptions"]["strategy"]>;
        body = { ...body, methadone: { strategy } };
      }
      return call(client.POST("/v1/rotations", { body }));
    },
    render: (data) => renderRotation(data as Schemas["RotationResponse"]),
  },
  {
    id: "taper",
    title: "Taper",
    intro: "A dated schedule from a preset or your own percent and interval; every step a real regimen.",
    regimen: true,
    options: () => [
      field(
        "Preset",
        select(
          "preset",
          [
            ["cdc-2022-long-term", "CDC 2022 long-term: about 10% a month"],
            ["cdc-2022-weeks", "CDC 2022: 10% a week"],
            ["acute-weeks", "Acute: 20% every 2 days"],
            ["acute-short", "Acute: 50% for 2 days, then stop"],
            ["oih-rapid", "OIH source: 10-25% every 2-3 days"],
            ["custom", "Custom"],
          ],
          "cdc-2022-long-term",
        ),
      ),
      field("Start date", dateInput("start_date")),
      field("Cut per step (% of the basis)", numberInput("percent", { min: 1, max: 50, placeholder: "preset" })),
      field("Days between steps", numberInput("interval_days", { min: 1, max: 90, step: 1, placeholder: "preset" })),
      field(
        "Basis (custom)",
        select("basis", [
          ["", "preset"],
          ["original", "the original dose"],
          ["current", "the current dose"],
        ]),
      ),
      field("Stop at (% of the original)", numberInput("floor_percent", { min: 0, max: 90, placeholder: "zero" })),
    ],
    run: () => {
      let body: Schemas["TaperRequest"] = withPatient({
        medications: regimen.medications(),
        start_date: optionText("start_date"),
        preset: optionText("preset") as Schemas["TaperRequest"]["preset"] & string,
      });
      body = withNumber(body, "percent", optionNumber("percent"));
      body = withNumber(body, "interval_days", optionNumber("interval_days"));
      body = withNumber(body, "floor_percent", optionNumber("floor_percent"));
      body = withText(body, "basis", optionText("basis"));
      return call(client.POST("/v1/tapers", { body }));
    },
    render: (data) => renderTaper(data as Schemas["TaperResponse"]),
  },
  {
    id: "oih",
    title: "OIH plan",
    intro: "Every candidate strategy for opioid-induced hyperalgesia side by side, each with its result or the reason it does not apply.",
    regimen: true,
    options: () => [
      field("Start date", dateInput("start_date")),
      field(
        "Taper preset",
        select("taper_preset", [
          ["", "chosen by the days on opioids"],
          ["cdc-2022-long-term", "CDC 2022 long-term"],
          ["cdc-2022-weeks", "CDC 2022 weeks"],
          ["acute-weeks", "acute weeks"],
          ["acute-short", "acute short"],
          ["oih-rapid", "OIH rapid"],
        ]),
      ),
    ],
    run: () => {
      const body = withText(
        withPatient({ medications: regimen.medications(), start_date: optionText("start_date") }),
        "taper_preset",
        optionText("taper_preset"),
      );
      return call(client.POST("/v1/oih-plans", { body }));
    },
    render: (data) => renderOIH(data as Schemas["OIHPlanResponse"], focusField),
  },
  {
    id: "adjuncts",
    title: "Adjuncts",
    intro: "Ketamine, clonidine, gabapentin, pregabalin and low-dose naltrexone, with renal caps, titration and warnings.",
    regimen: () => adjunct() === "naltrexone",
    options: () => {
      const which = select(
        "adjunct",
        [
          ["ketamine", "Ketamine infusion"],
          ["clonidine", "Clonidine"],
          ["gabapentin", "Gabapentin"],
          ["pregabalin", "Pregabalin"],
          ["naltrexone", "Low-dose naltrexone (checks the regimen above)"],
        ],
        "ketamine",
      );
      which.addEventListener("change", showAdjunctFields);
      const basis = (): HTMLSelectElement =>
        select("weight_basis", [
          ["", "default (ideal)"],
          ["actual", "actual"],
          ["ideal", "ideal"],
          ["adjusted", "adjusted"],
        ]);
      const group = (name: string, ...fields: HTMLElement[]): HTMLElement =>
        h("div", { class: "grid adjunct-fields", "data-adjunct": name }, fields);
      return [
        field("Adjunct", which),
        group(
          "ketamine",
          field("Rate (mg/kg/h)", numberInput("rate_mg_per_kg_per_h", { min: 0, value: 0.1 })),
          field("Concentration (mg/mL)", numberInput("concentration_mg_per_ml", { min: 0 })),
          field("Bolus (mg/kg, optional)", numberInput("bolus_mg_per_kg", { min: 0 })),
          field("Dosing weight", basis()),
        ),
        group("clonidine", field("Dose per administration (mg)", numberInput("dose_mg", { min: 0, value: 0.1 }))),
        group(
          "gabapentin",
          field("Target (mg/day)", numberInput("target_mg_per_day", { min: 0, value: 900 })),
          field("On hemodialysis", checkbox("hemodialysis")),
          field("Weight for Cockcroft-Gault", basis()),
        ),
        group(
          "pregabalin",
          field("Target (mg/day)", numberInput("target_mg_per_day", { min: 0, value: 300 })),
          field("Doses a day (optional)", numberInput("doses_per_day", { min: 1, max: 4, step: 1 })),
          field("On hemodialysis", checkbox("hemodialysis")),
          field("Weight for Cockcroft-Gault", basis()),
        ),
        group("naltrexone", field("Target (mg/day)", numberInput("target_mg_per_day", { min: 0, value: 4.5 }))),
      ];
    },
    run: () => runAdjunct(),
    render: (data) => renderAdjunct(ADJUNCT_TITLES[adjunct()] ?? "Adjunct", data as Parameters<typeof renderAdjunct>[1]),
  },
  {
    id: "renal",
    title: "Renal function",
    intro: "Cockcroft-Gault creatinine clearance from age, sex, weight and serum creatinine (mg/dL or umol/L); the weight basis is stated.",
    regimen: false,
    options: () => [
      field(
        "Weight basis",
        select("weight_basis", [
          ["", "default (ideal; actual when lower)"],
          ["actual", "actual"],
          ["ideal", "ideal"],
          ["adjusted", "adjusted"],
        ]),
      ),
    ],
    run: () => {
      const body = withText({ patient: patient.patient() ?? {} }, "weight_basis", optionText("weight_basis"));
      return call(client.POST("/v1/renal-function", { body: body as Schemas["RenalFunctionRequest"] }));
    },
    render: (data) => renderRenal(data as Schemas["RenalFunctionResponse"]),
  },
];

const ADJUNCT_TITLES: Record<string, string> = {
  ketamine: "Ketamine infusion",
  clonidine: "Clonidine",
  gabapentin: "Gabapentin",
  pregabalin: "Pregabalin",
  naltrexone: "Low-dose naltrexone",
};

function adjunct(): string {
  return optionsSlot.querySelector<HTMLSelectElement>('[data-field="adjunct"]')?.value ?? "ketamine";
}

function showAdjunctFields(): void {
  const which = adjunct();
  for (const group of optionsSlot.querySelectorAll<HTMLElement>("[data-adjunct]")) {
    group.hidden = group.dataset["adjunct"] !== which;
  }
  regimenSet.hidden = which !== "naltrexone";
}

/** A field of the visible adjunct group. */
function adjunctNumber(name: string): number | undefined {
  const group = optionsSlot.querySelector<HTMLElement>(`[data-adjunct="${adjunct()}"]`);
  const input = group?.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
  return input ? valueOf(input) : undefined;
}

function adjunctText(name: string): string {
  const group = optionsSlot.querySelector<HTMLElement>(`[data-adjunct="${adjunct()}"]`);
  return group?.querySelector<HTMLSelectElement>(`[data-field="${name}"]`)?.value ?? "";
}

function adjunctChecked(name: string): boolean {
  const group = optionsSlot.querySelector<HTMLElement>(`[data-adjunct="${adjunct()}"]`);
  return group?.querySelector<HTMLInputElement>(`[data-field="${name}"]`)?.checked ?? false;
}

function runAdjunct(): Promise<Outcome<unknown>> {
  const p = patient.patient() ?? {};
  const target = adjunctNumber("target_mg_per_day") ?? Number.NaN;
  switch (adjunct()) {
    case "clonidine":
      return call(client.POST("/v1/adjuncts/clonidine", { body: withPatient({ dose_mg: adjunctNumber("dose_mg") ?? Number.NaN }) }));
    case "gabapentin": {
      const body = withText({ target_mg_per_day: target, patient: p, hemodialysis: adjunctChecked("hemodialysis") }, "weight_basis", adjunctText("weight_basis"));
      return call(client.POST("/v1/adjuncts/gabapentin", { body: body as Schemas["GabapentinRequest"] }));
    }
    case "pregabalin": {
      let body = withText({ target_mg_per_day: target, patient: p, hemodialysis: adjunctChecked("hemodialysis") }, "weight_basis", adjunctText("weight_basis"));
      body = withNumber(body, "doses_per_day", adjunctNumber("doses_per_day"));
      return call(client.POST("/v1/adjuncts/pregabalin", { body: body as Schemas["PregabalinRequest"] }));
    }
    case "naltrexone":
      return call(client.POST("/v1/adjuncts/naltrexone", { body: withPatient({ target_mg_per_day: target, medications: regimen.medications() }) }));
    default: {
      let body = withText({ rate_mg_per_kg_per_h: adjunctNumber("rate_mg_per_kg_per_h") ?? Number.NaN, patient: p }, "weight_basis", adjunctText("weight_basis"));
      body = withNumber(body, "concentration_mg_per_ml", adjunctNumber("concentration_mg_per_ml"));
      body = withNumber(body, "bolus_mg_per_kg", adjunctNumber("bolus_mg_per_kg"));
      return call(client.POST("/v1/adjuncts/ketamine", { body: body as Schemas["KetamineRequest"] }));
    }
  }
}

// --- routing, submitting, showing ------------------------------------------------------------

let drugs: DrugRoutes[] = [];
let tables: Schemas["TableSummary"][] = [];
let current: View = views[0] as View;

function viewOf(hash: string): View {
  return views.find((v) => `#${v.id}` === hash) ?? (views[0] as View);
}

function show(view: View): void {
  current = view;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a")) {
    if (link.getAttribute("href") === `#${view.id}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  byId("view-title").textContent = view.title;
  byId("view-intro").textContent = view.intro;
  document.title = `${view.title} · opioid-calc`;
  clear(optionsSlot);
  append(optionsSlot, view.options());
  regimenSet.hidden = !(typeof view.regimen === "function" ? view.regimen() : view.regimen);
  if (view.id === "adjuncts") showAdjunctFields();
  clear(results);
  append(results, [h("p", { class: "empty" }, "Enter the regimen and patient, then Calculate.")]);
  note = [];
  setActions(false);
  byId("copy-status").textContent = "";
}

function setActions(enabled: boolean): void {
  for (const id of ["copy", "print"]) (byId<HTMLButtonElement>(id)).disabled = !enabled;
}

function focusField(name: string): void {
  const shown = showFieldError(form, name, `Needed for this strategy: ${name}.`);
  if (!shown) byId("patient-legend").scrollIntoView();
}

async function submit(event: SubmitEvent | Event): Promise<void> {
  event.preventDefault();
  clearErrors(form);
  byId("copy-status").textContent = "";
  const button = byId<HTMLButtonElement>("calculate");
  button.disabled = true;
  results.setAttribute("aria-busy", "true");
  try {
    const outcome = await current.run();
    clear(results);
    let rendered: Rendered;
    if (outcome.ok) {
      rendered = current.render(outcome.data);
    } else {
      const problem: Problem = outcome.problem;
      const at = problem.field ? showFieldError(form, problem.field, problem.detail) : null;
      rendered = renderProblem(problem, at !== null);
    }
    append(results, [rendered.node]);
    results.dataset["rendered"] = String(Number(results.dataset["rendered"] ?? "0") + 1);
    note = [...rendered.text, "", STATEMENT, byId("versions").textContent ?? ""];
    setActions(outcome.ok);
    if (outcome.ok) rendered.node.querySelector<HTMLElement>("#result-title")?.focus();
  } finally {
    button.disabled = false;
    results.removeAttribute("aria-busy");
  }
}

async function copyText(): Promise<void> {
  const text = note.join("\n");
  const status = byId("copy-status");
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h("textarea", { class: "offscreen", readonly: true, "aria-hidden": "true" });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
  status.textContent = `Copied ${note.length} lines as text.`;
}

async function footer(): Promise<void> {
  const [ready, listed] = await Promise.all([call(client.GET("/health/ready")), call(client.GET("/v1/tables"))]);
  const engine = ready.ok ? `Engine ${ready.data.engine_version}` : "Engine version unavailable";
  const versions = listed.ok ? listed.data.tables.map((t) => `${t.table.id} ${t.table.version}`).join(", ") : "";
  byId("versions").textContent = `${engine}. Tables: ${versions}.`;
}

async function start(): Promise<void> {
  const [drugList, tableList] = await Promise.all([call(client.GET("/v1/drugs")), call(client.GET("/v1/tables"))]);
  if (!drugList.ok || !tableList.ok) {
    append(results, [h("p", { role: "alert" }, "The reference data could not be loaded from this server.")]);
    return;
  }
  tables = tableList.data.tables;
  const routes = new Map<string, Route[]>();
  for (const d of drugList.data.drugs) routes.set(d.drug, [...(routes.get(d.drug) ?? []), d.route as Route]);
  drugs = [...routes.entries()].map(([drug, r]) => ({ drug, routes: r })).sort((a, b) => a.drug.localeCompare(b.drug));
  regimen = new Regimen(byId("lines"), drugs);
  regimen.add({ drug: "oxycodone", route: "oral", release: "extended", dose: 20, unit: "mg", frequency: "interval", every: 12 });
  patient = new PatientPanel();
  patient.element.querySelector("legend")?.setAttribute("id", "patient-legend");
  byId("patient-slot").appendChild(patient.element);
  byId("add-line").addEventListener("click", () =>
    regimen.add({ drug: "oxycodone", route: "oral", release: "immediate", dose: 5, unit: "mg", frequency: "prn", every: 4, maximum: 4 }),
  );
  form.addEventListener("submit", (event) => void submit(event));
  byId("copy").addEventListener("click", () => void copyText());
  byId("print").addEventListener("click", () => window.print());
  window.addEventListener("hashchange", () => show(viewOf(window.location.hash)));
  show(viewOf(window.location.hash));
  document.body.dataset["ready"] = "true";
  await footer();
}

void start();
