/**
 * The inputs: regimen rows, the patient panel and each view's options. Every input has a visible
 * label and a `data-field` naming the request field it fills, so a problem from the API
 * (`medications[0].dose`, `patient.weight_kg`) is shown next to the input it is about.
 */
import type { Schemas } from "./api.js";
import { append, byId, clear, h, uid } from "./dom.js";

type Medication = Schemas["Medication"];
type Patient = Schemas["Patient"];
type Route = NonNullable<Medication["route"]>;
type DoseUnit = NonNullable<Medication["dose_unit"]>;

export interface DrugRoutes {
  readonly drug: string;
  readonly routes: readonly Route[];
}

const ROUTE_LABELS: Record<Route, string> = {
  oral: "oral (PO)",
  intravenous: "intravenous (IV)",
  subcutaneous: "subcutaneous (SC)",
  intramuscular: "intramuscular (IM)",
  transdermal: "transdermal patch (TD)",
  sublingual: "sublingual (SL)",
  buccal: "buccal",
  intranasal: "intranasal",
  rectal: "rectal (PR)",
};

/** A labelled control in its own wrapper, with a place for its error message. */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  hint?: string,
): HTMLDivElement {
  const id = control.id || uid("f");
  control.id = id;
  const error = h("p", { class: "field-error", id: `${id}-error`, hidden: true });
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  control.setAttribute("aria-describedby", described);
  return h(
    "div",
    { class: control instanceof HTMLInputElement && control.type === "checkbox" ? "field check" : "field" },
    h("label", { for: id }, label),
    control,
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    error,
  );
}

export function numberInput(name: string, attributes: Record<string, string | number> = {}): HTMLInputElement {
  return h("input", { type: "number", step: "any", inputmode: "decimal", "data-field": name, ...attributes });
}

export function select(name: string, options: readonly (readonly [string, string])[], value = ""): HTMLSelectElement {
  const element = h("select", { "data-field": name });
  for (const [optionValue, text] of options) {
    append(element, [h("option", { value: optionValue, selected: optionValue === value }, text)]);
  }
  return element;
}

export function checkbox(name: string): HTMLInputElement {
  return h("input", { type: "checkbox", "data-field": name });
}

/** The number typed, or undefined when the input is empty (never NaN, never 0 for empty). */
export function valueOf(input: HTMLInputElement): number | undefined {
  if (input.value.trim() === "") return undefined;
  const value = input.valueAsNumber;
  return Number.isFinite(value) ? value : Number.NaN;
}

// --- regimen rows ----------------------------------------------------------------------------

type Frequency = "interval" | "daily" | "prn" | "patch";

interface Row {
  readonly element: HTMLFieldSetElement;
  readonly drug: HTMLSelectElement;
  readonly route: HTMLSelectElement;
  readonly release: HTMLSelectElement;
  readonly dose: HTMLInputElement;
  readonly unit: HTMLSelectElement;
  readonly frequency: HTMLSelectElement;
  readonly every: HTMLInputElement;
  readonly everyLabel: HTMLLabelElement;
  readonly maximum: HTMLInputElement;
  readonly maximumField: HTMLDivElement;
}

export interface LineDefaults {
  drug: string;
  route: Route;
  release?: "immediate" | "extended";
  dose: number;
  unit: DoseUnit;
  frequency: Frequency;
  every?: number;
  maximum?: number;
}

export class Regimen {
  private readonly rows: Row[] = [];

  constructor(
    private readonly list: HTMLElement,
    private readonly drugs: readonly DrugRoutes[],
  ) {}

  add(defaults: LineDefaults): void {
    const index = this.rows.length;
    const drug = select(
      `line[${index}].drug`,
      this.drugs.map((d) => [d.drug, d.drug] as const),
      defaults.drug,
    );
    const route = select(`line[${index}].route`, [], "");
    const release = select(
      `line[${index}].release`,
      [
        ["", "not stated"],
        ["immediate", "IR (immediate release)"],
        ["extended", "ER (extended release)"],
      ],
      defaults.release ?? "",
    );
    const dose = numberInput(`line[${index}].dose`, { min: 0, value: defaults.dose });
    const unit = select(
      `line[${index}].dose_unit`,
      [
        ["mg", "mg"],
        ["mcg", "mcg"],
        ["mcg/h", "mcg/h (patch or infusion)"],
        ["mg/h", "mg/h (infusion)"],
      ],
      defaults.unit,
    );
    const frequency = select(
      `line[${index}].frequency`,
      [
        ["interval", "every N hours"],
        ["daily", "N times a day"],
        ["prn", "as needed (PRN), with a maximum"],
        ["patch", "patch or continuous infusion (rate per hour)"],
      ],
      defaults.frequency,
    );
    const every = numberInput(`line[${index}].interval_hours`, { min: 0 });
    if (defaults.every !== undefined) every.value = String(defaults.every);
    const maximum = numberInput(`line[${index}].max_doses_per_day`, { min: 0 });
    if (defaults.maximum !== undefined) maximum.value = String(defaults.maximum);
    const everyField = field("Every (hours)", every);
    const everyLabel = everyField.querySelector("label") as HTMLLabelElement;
    const maximumField = field("At most (doses a day)", maximum);
    const remove = h("button", { type: "button", class: "secondary" }, "Remove line");
    const legend = h("legend", {}, `Line ${index + 1}`);
    const element = h(
      "fieldset",
      { class: "line" },
      legend,
      h(
        "div",
        { class: "grid" },
        field("Drug", drug),
        field("Route", route),
        field("Release", release),
        field("Dose", dose),
        field("Unit", unit),
        field("Frequency", frequency),
        everyField,
        maximumField,
      ),
      remove,
    );
    const row: Row = { element, drug, route, release, dose, unit, frequency, every, everyLabel, maximum, maximumField };
    this.rows.push(row);
    this.fillRoutes(row, defaults.route);
    drug.addEventListener("change", () => this.fillRoutes(row, row.route.value as Route));
    frequency.addEventListener("change", () => this.showFrequency(row));
    remove.addEventListener("click", () => this.remove(row));
    this.showFrequency(row);
    this.list.appendChild(element);
    this.renumber();
  }

  private fillRoutes(row: Row, wanted: Route): void {
    const routes = this.drugs.find((d) => d.drug === row.drug.value)?.routes ?? [];
    clear(row.route);
    for (const route of routes) {
      append(row.route, [h("option", { value: route, selected: route === wanted }, ROUTE_LABELS[route])]);
    }
  }

  private showFrequency(row: Row): void {
    const kind = row.frequency.value as Frequency;
    row.maximumField.hidden = kind !== "prn";
    row.everyLabel.textContent = {
      interval: "Every (hours)",
      daily: "Times a day",
      prn: "Shortest interval (hours)",
      patch: "Changed every (hours, optional)",
    }[kind];
    const name = kind === "daily" ? "doses_per_day" : "interval_hours";
    row.every.dataset["field"] = row.every.dataset["field"]?.replace(/\.[a-z_]+$/, `.${name}`) ?? "";
  }

  private remove(row: Row): void {
    if (this.rows.length === 1) return;
    const at = this.rows.indexOf(row);
    this.rows.splice(at, 1);
    row.element.remove();
    this.renumber();
    const next = this.rows[Math.min(at, this.rows.length - 1)];
    next?.drug.focus();
  }

  /** Legends and field names follow the rows' order after a removal. */
  private renumber(): void {
    this.rows.forEach((row, index) => {
      const legend = row.element.querySelector("legend");
      if (legend) legend.textContent = `Line ${index + 1}`;
      for (const control of row.element.querySelectorAll<HTMLElement>("[data-field]")) {
        control.dataset["field"] = control.dataset["field"]?.replace(/^line\[\d+\]/, `line[${index}]`) ?? "";
      }
      const remove = row.element.querySelector("button");
      if (remove) remove.setAttribute("aria-label", `Remove line ${index + 1}`);
    });
  }

  medications(): Medication[] {
    return this.rows.map((row) => {
      const kind = row.frequency.value as Frequency;
      const line: Medication = {
        drug: row.drug.value,
        route: row.route.value as Route,
        dose: valueOf(row.dose) ?? Number.NaN,
        dose_unit: row.unit.value as DoseUnit,
      };
      if (row.release.value === "immediate" || row.release.value === "extended") line.release = row.release.value;
      const every = valueOf(row.every);
      if (kind === "daily" && every !== undefined) line.doses_per_day = every;
      if (kind !== "daily" && every !== undefined) line.interval_hours = every;
      if (kind === "prn") {
        line.as_needed = true;
        const maximum = valueOf(row.maximum);
        if (maximum !== undefined) line.max_doses_per_day = maximum;
      }
      return line;
    });
  }
}

// --- patient ---------------------------------------------------------------------------------

export class PatientPanel {
  readonly element: HTMLFieldSetElement;
  private readonly inputs: Record<string, HTMLInputElement> = {};
  private readonly sex: HTMLSelectElement;
  private readonly hepatic: HTMLSelectElement;
  private readonly creatinineUnit: HTMLSelectElement;
  private readonly benzodiazepine: HTMLInputElement;
  private readonly frail: HTMLInputElement;

  constructor() {
    const number = (name: string, label: string, hint?: string): HTMLDivElement => {
      const input = numberInput(`patient.${name}`, { min: 0 });
      this.inputs[name] = input;
      return field(label, input, hint);
    };
    this.sex = select("patient.sex", [
      ["", "not stated"],
      ["female", "female"],
      ["male", "male"],
    ]);
    this.hepatic = select("patient.hepatic_impairment", [
      ["", "not stated"],
      ["none", "none"],
      ["mild", "mild"],
      ["moderate", "moderate"],
      ["severe", "severe"],
    ]);
    this.creatinineUnit = select("patient.creatinine_unit", [
      ["mg_dl", "mg/dL"],
      ["umol_l", "umol/L"],
    ]);
    const creatinine = numberInput("patient.serum_creatinine_mg_dl", { min: 0 });
    creatinine.dataset["fields"] = "patient.serum_creatinine_mg_dl patient.serum_creatinine_umol_l";
    this.inputs["creatinine"] = creatinine;
    this.benzodiazepine = checkbox("patient.benzodiazepine");
    this.frail = checkbox("patient.frail");
    this.element = h(
      "fieldset",
      { class: "patient" },
      h("legend", {}, "Patient"),
      h(
        "div",
        { class: "grid" },
        number("age_years", "Age (years)"),
        field("Sex", this.sex),
        number("weight_kg", "Weight (kg)"),
        number("height_cm", "Height (cm)"),
        field("Serum creatinine", creatinine),
        field("Creatinine unit", this.creatinineUnit),
        number("creatinine_clearance_ml_min", "Creatinine clearance, if known (mL/min)"),
        number("qtc_ms", "QTc (ms)"),
        number("days_on_current_opioids", "Days on the current opioids"),
        field("Hepatic impairment", this.hepatic),
        field("Takes a benzodiazepine", this.benzodiazepine),
        field("Frail", this.frail),
      ),
    );
    this.creatinineUnit.addEventListener("change", () => {
      creatinine.dataset["field"] = `patient.serum_creatinine_${this.creatinineUnit.value}`;
    });
  }

  set(values: Partial<Record<"age_years" | "weight_kg" | "height_cm" | "creatinine" | "days_on_current_opioids" | "qtc_ms", number>> & { sex?: "female" | "male" }): void {
    for (const [name, value] of Object.entries(values)) {
      if (name === "sex") this.sex.value = String(value);
      else if (this.inputs[name]) (this.inputs[name] as HTMLInputElement).value = String(value);
    }
  }

  /** The patient object, or undefined when nothing was entered. */
  patient(): Patient | undefined {
    const p: Patient = {};
    const put = (name: keyof Patient & string, input: HTMLInputElement | undefined): void => {
      if (!input) return;
      const value = valueOf(input);
      if (value !== undefined) (p as Record<string, unknown>)[name] = value;
    };
    put("age_years", this.inputs["age_years"]);
    put("weight_kg", this.inputs["weight_kg"]);
    put("height_cm", this.inputs["height_cm"]);
    put("creatinine_clearance_ml_min", this.inputs["creatinine_clearance_ml_min"]);
    put("qtc_ms", this.inputs["qtc_ms"]);
    put("days_on_current_opioids", this.inputs["days_on_current_opioids"]);
    put(this.creatinineUnit.value === "umol_l" ? "serum_creatinine_umol_l" : "serum_creatinine_mg_dl", this.inputs["creatinine"]);
    if (this.sex.value === "female" || this.sex.value === "male") p.sex = this.sex.value;
    const hepatic = this.hepatic.value;
    if (hepatic === "none" || hepatic === "mild" || hepatic === "moderate" || hepatic === "severe") p.hepatic_impairment = hepatic;
    if (this.benzodiazepine.checked) p.benzodiazepine = true;
    if (this.frail.checked) p.frail = true;
    return Object.keys(p).length > 0 ? p : undefined;
  }
}

// --- problems next to their fields -----------------------------------------------------------

/** The request field as the form names it: the regimen is `line[i]` in every view. */
export function formField(apiField: string): string {
  return apiField.replace(/^(medications|from)\[/, "line[");
}

export function clearErrors(form: HTMLElement): void {
  for (const control of form.querySelectorAll<HTMLElement>("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const message of form.querySelectorAll<HTMLElement>(".field-error")) {
    message.hidden = true;
    message.textContent = "";
  }
}

/**
 * Show a problem's message under the input it names; the input is marked invalid and focused.
 * Returns the input, or null when no input of the current view fills that field.
 */
export function showFieldError(form: HTMLElement, apiField: string, message: string): HTMLElement | null {
  const wanted = formField(apiField);
  const controls = [...form.querySelectorAll<HTMLElement>("[data-field]")].filter((c) => !c.closest("[hidden]"));
  const control =
    controls.find((c) => c.dataset["field"] === wanted) ??
    controls.find((c) => (c.dataset["fields"] ?? "").split(" ").includes(wanted)) ??
    controls.find((c) => wanted.startsWith(`${c.dataset["field"] ?? "?"}.`));
  if (!control) return null;
  control.setAttribute("aria-invalid", "true");
  const error = byId(`${control.id}-error`);
  error.textContent = message;
  error.hidden = false;
  control.focus();
  return control;
}
