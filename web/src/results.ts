/**
 * Results as a pharmacist reads them: the headline number and what it means, warning cards by
 * severity, the regimen in prescription language (the API's `summary`, the same words as the
 * clients and a printed note), the view's own detail, and a collapsible trace with sources,
 * table versions and the calculation id. Each renderer also returns the note as plain text.
 */
import type { Schemas } from "./api.js";
import { h, num } from "./dom.js";

type Warning = Schemas["SafetyWarning"];
type TraceStep = Schemas["TraceStep"];
type TableRef = Schemas["TableRef"];

export interface Rendered {
  readonly node: HTMLElement;
  readonly text: string[];
}

const SEVERITY: Record<Warning["severity"], string> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};
const RANK: Record<Warning["severity"], number> = { critical: 0, warning: 1, info: 2 };

/** The first sentence of a message (its summary) and the rest (its detail). */
function split(message: string): [string, string] {
  const match = /^(.+?\.)\s+(?=[A-Z(])(.*)$/s.exec(message);
  return match ? [match[1] ?? message, match[2] ?? ""] : [message, ""];
}

export function warningCards(warnings: readonly Warning[]): HTMLElement | null {
  if (warnings.length === 0) return null;
  const sorted = [...warnings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return h(
    "section",
    { class: "warnings", "aria-labelledby": "warnings-heading" },
    h("h3", { id: "warnings-heading" }, `Warnings (${warnings.length})`),
    h(
      "ul",
      { class: "cards" },
      sorted.map((w) => {
        const [summary, detail] = split(w.message);
        return h(
          "li",
          { class: `card ${w.severity}`, "data-code": w.code },
          h("p", { class: "severity" }, SEVERITY[w.severity]),
          h("p", { class: "summary" }, h("strong", {}, summary)),
          detail ? h("p", { class: "detail" }, detail) : null,
          h("p", { class: "source" }, `Source: ${w.source} · code ${w.code}`),
        );
      }),
    ),
  );
}

/** The summary without its warning lines (the cards show those). */
export function prescription(summary: readonly string[], warnings: readonly Warning[]): string[] {
  return summary.slice(warnings.length);
}

function prescriptionList(lines: readonly string[], heading = "In prescription language"): HTMLElement {
  return h(
    "section",
    { class: "prescription", "aria-label": heading },
    h("h3", {}, heading),
    h(
      "ol",
      {},
      lines.map((line) => h("li", {}, line)),
    ),
  );
}

/** An MME/day the table could not compute (warning mme.not_computed) is said, never shown as 0. */
function mme(total: number | null | undefined): string {
  return total === null || total === undefined ? "MME/day not computed" : `${num(total)} MME/day`;
}

function headline(value: string, meaning: string): HTMLElement {
  return h("div", { class: "headline" }, h("p", { class: "value" }, value), h("p", { class: "meaning" }, meaning));
}

export function traceDetails(
  trace: readonly TraceStep[],
  tables: readonly TableRef[],
  calculationId: string,
): HTMLElement {
  return h(
    "details",
    { class: "trace" },
    h("summary", {}, "How this was calculated"),
    h(
      "table",
      {},
      h("caption", {}, "Each step, its number and its source"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Step"), h("th", { scope: "col" }, "Value"), h("th", { scope: "col" }, "Source"))),
      h(
        "tbody",
        {},
        trace.map((t) =>
          h(
            "tr",
            {},
            h("td", {}, t.step),
            h("td", {}, t.value === null || t.value === undefined ? "" : `${num(t.value)} ${t.unit}`),
            h("td", {}, t.source),
          ),
        ),
      ),
    ),
    tables.length
      ? h(
          "ul",
          { class: "tables" },
          tables.map((t) => h("li", {}, `${t.id} ${t.version}: ${t.title} (${t.citation}); checksum ${t.checksum.slice(0, 19)}…`)),
        )
      : null,
    h("p", { class: "calc-id" }, "Calculation id: ", h("code", {}, calculationId)),
  );
}

function noteText(title: string, head: string, summary: readonly string[], calculationId: string): string[] {
  return [title, head, "", ...summary, "", `Calculation id: ${calculationId}`];
}

function frame(
  title: string,
  head: HTMLElement,
  headText: string,
  result: { summary: string[]; warnings: Warning[]; trace: TraceStep[]; calculation_id: string },
  tables: readonly TableRef[],
  ...detail: (HTMLElement | null)[]
): Rendered {
  const lines = prescription(result.summary, result.warnings);
  const node = h(
    "article",
    { class: "result", "aria-labelledby": "result-title" },
    h("h2", { id: "result-title", tabindex: -1 }, title),
    head,
    warningCards(result.warnings),
    prescriptionList(lines),
    ...detail,
    traceDetails(result.trace, tables, result.calculation_id),
  );
  return { node, text: noteText(title, headText, result.summary, result.calculation_id) };
}

// --- MME -------------------------------------------------------------------------------------

export function renderMME(r: Schemas["MMEResponse"]): Rendered {
  const reached = r.flags.filter((f) => f.reached).map((f) => `at or above ${num(f.threshold)} MME/day`);
  const meaning =
    `Morphine milligram equivalents per day on the ${r.table.title} (for risk, not for conversion). ` +
    (reached.length ? `This total is ${reached.join(" and ")}.` : "Below every threshold flag.");
  const value = `${num(r.total_mme_per_day)} MME/day`;
  const lines = h(
    "table",
    { class: "lines" },
    h("caption", {}, "Each line"),
    h(
      "thead",
      {},
      h("tr", {}, ...["Drug", "Route", "Daily dose", "Factor", "MME/day"].map((c) => h("th", { scope: "col" }, c))),
    ),
    h(
      "tbody",
      {},
      r.lines.map((l) =>
        h(
          "tr",
          {},
          h("td", {}, l.drug + (l.as_needed ? " (as needed, maximum)" : "")),
          h("td", {}, l.route),
          h("td", {}, `${num(l.daily_dose)} ${l.daily_dose_unit}`),
          h("td", {}, num(l.conversion_factor)),
          h("td", {}, num(l.mme_per_day)),
        ),
      ),
    ),
  );
  return frame("MME of the regimen", headline(value, meaning), `${value}. ${meaning}`, r, [r.table], lines);
}

// --- rotation --------------------------------------------------------------------------------

export function renderRotation(r: Schemas["RotationResponse"]): Rendered {
  const red = r.reduction;
  const target = `${r.target.drug} ${r.target.route}${r.target.release ? ` ${r.target.release} release` : ""}`;
  const regimen = r.practical_regimen;
  // calc/summary.py writes a rotation as: current regimen, reduction, then the regimen line.
  const regimenLine = regimen ? prescription(r.summary, r.warnings)[2]?.replace(/\.$/, "") : undefined;
  const value = regimenLine ?? `${num(red.reduced_daily_dose)} ${red.unit} ${r.target.drug}`;
  const meaning =
    `Rotation to ${target}: equianalgesic ${num(r.equianalgesic_daily_dose)} ${r.unit}, reduced by ` +
    `${num(red.applied_percent)}% for incomplete cross-tolerance to ${num(red.reduced_daily_dose)} ${red.unit}` +
    (regimen ? `; the practical regimen gives ${num(regimen.daily_total)} ${regimen.unit === "mcg/h" ? "mcg/h" : `${regimen.unit}/day`}.` : "; no practical regimen (see warnings).");
  const range = h(
    "section",
    { class: "range", "aria-labelledby": "range-heading" },
    h("h3", { id: "range-heading" }, "Cross-tolerance reduction"),
    h(
      "table",
      {},
      h("caption", {}, "The 25% to 50% range and the applied percent"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Reduction"), h("th", { scope: "col" }, `Daily dose (${red.unit})`))),
      h(
        "tbody",
        {},
        h("tr", {}, h("td", {}, `${num(red.low_percent)}% (low end)`), h("td", {}, num(red.dose_at_low))),
        h("tr", {}, h("td", {}, `${num(red.high_percent)}% (high end)`), h("td", {}, num(red.dose_at_high))),
        h(
          "tr",
          { class: "applied" },
          h("td", {}, `${num(red.applied_percent)}% applied${red.capped ? " (capped)" : ""}`),
          h("td", {}, num(red.reduced_daily_dose)),
        ),
      ),
    ),
    h("p", { class: "hint" }, "Change the applied percent in the rotation options; the result is recalculated."),
  );
  return frame(
    "Rotation",
    headline(value, meaning),
    `${value}. ${meaning}`,
    r,
    r.tables,
    range,
  );
}

// --- taper -----------------------------------------------------------------------------------

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function renderTaper(r: Schemas["TaperResponse"]): Rendered {
  const steps = r.steps;
  const last = steps[steps.length - 1];
  const value = `${steps.length} steps from ${mme(r.original_mme_per_day)}`;
  const meaning =
    `Taper ${r.preset.name}: every ${num(r.interval_days)} days, up to ${num(r.percent)}% of the ${r.basis} dose; ` +
    (last ? `the last step starts ${last.date} at ${mme(last.total_mme_per_day)} (${r.ends_at}).` : "no step.");
  // The summary's step lines follow its plan line, one per step, in order.
  const lines = prescription(r.summary, r.warnings).slice(1);
  const calendar = h(
    "table",
    { class: "calendar" },
    h("caption", {}, "The taper as a dated calendar"),
    h(
      "thead",
      {},
      h("tr", {}, ...["Step", "From", "To", "Regimen", "MME/day", "% of original"].map((c) => h("th", { scope: "col" }, c))),
    ),
    h(
      "tbody",
      {},
      steps.map((s, i) => {
        const next = steps[i + 1];
        const text = (lines[i] ?? "").replace(/^[^:]*:\s*/, "").replace(/\s*\([^()]*MME\/day[^()]*\)\.$/, "");
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, String(s.number)),
          h("td", {}, s.date),
          h("td", {}, next ? addDays(next.date, -1) : "onwards"),
          h("td", {}, text),
          h("td", {}, s.total_mme_per_day === null ? "not computed" : num(s.total_mme_per_day)),
          h("td", {}, `${num(s.percent_of_original)}%`),
        );
      }),
    ),
  );
  const rendered = frame("Taper", headline(value, meaning), `${value}. ${meaning}`, r, r.tables, calendar);
  rendered.node.classList.add("with-calendar"); // printed, the calendar carries the dated lines
  return rendered;
}

// --- OIH plan --------------------------------------------------------------------------------

type Strategy = {
  status: "available" | "not_applicable";
  refusal?: Schemas["Refusal"] | null;
  resulting_mme_per_day: number | null;
  result?: { summary: string[]; warnings: Warning[] } | null;
};

const STRATEGIES = [
  ["taper", "Taper"],
  ["cut_and_methadone", "Cut and add low-dose methadone"],
  ["methadone_rotation", "Rotate to methadone"],
  ["buprenorphine_rotation", "Rotate to buprenorphine"],
  ["ketamine", "Ketamine infusion"],
  ["clonidine", "Clonidine"],
  ["gabapentin", "Gabapentin"],
] as const;

export interface FixRequest {
  readonly field: string;
}

export function renderOIH(r: Schemas["OIHPlanResponse"], onFix: (field: string) => void): Rendered {
  const strategies = STRATEGIES.map(([key, title]) => [title, r[key] as Strategy] as const);
  const available = strategies.filter(([, s]) => s.status === "available").length;
  const value = `${available} of ${strategies.length} strategies apply`;
  const meaning = `Alternatives for the clinician to choose from, not a sequence; the regimen is ${mme(r.total_mme_per_day)}.`;
  const grid = h(
    "section",
    { class: "strategies", "aria-label": "Strategies side by side" },
    strategies.map(([title, s]) => {
      const refusal = s.refusal;
      const body =
        s.status === "available" && s.result
          ? h(
              "ul",
              {},
              prescription(s.result.summary, s.result.warnings).map((line) => h("li", {}, line)),
            )
          : refusal
            ? h(
                "div",
                { class: "refusal" },
                h("p", {}, h("strong", {}, "Why not: "), refusal.detail),
                h("p", {}, h("strong", {}, "To fix: "), `give ${refusal.field} as ${refusal.expected} (received ${refusal.received}).`),
                h("button", { type: "button", class: "secondary", "data-fix": refusal.field }, `Go to ${refusal.field}`),
              )
            : null;
      const card = h(
        "article",
        { class: `strategy ${s.status}` },
        h("h3", {}, title),
        h("p", { class: "status" }, s.status === "available" ? "Available" : "Not for this patient"),
        s.resulting_mme_per_day !== null ? h("p", { class: "mme" }, `Leads to ${num(s.resulting_mme_per_day)} MME/day`) : null,
        s.result && s.result.warnings.length ? h("p", { class: "warning-count" }, `${s.result.warnings.length} warnings in its own result`) : null,
        body,
      );
      card.querySelector("button[data-fix]")?.addEventListener("click", () => onFix(refusal?.field ?? ""));
      return card;
    }),
  );
  return frame("OIH plan", headline(value, meaning), `${value}. ${meaning}`, r, [], grid);
}

// --- adjuncts and renal function -------------------------------------------------------------

type Adjunct =
  | Schemas["KetamineResponse"]
  | Schemas["ClonidineResponse"]
  | Schemas["GabapentinResponse"]
  | Schemas["PregabalinResponse"]
  | Schemas["NaltrexoneResponse"];

export function renderAdjunct(title: string, r: Adjunct): Rendered {
  const lines = prescription(r.summary, r.warnings);
  const value = lines[0] ?? title;
  return frame(title, headline(value, lines[1] ?? ""), value, r, r.tables);
}

export function renderRenal(r: Schemas["RenalFunctionResponse"]): Rendered {
  const value = `${num(r.creatinine_clearance_ml_min)} mL/min`;
  const w = r.weight;
  const meaning =
    `Cockcroft-Gault creatinine clearance on the ${w.basis} weight (${num(w.dosing_weight_kg)} kg${w.actual_weight_used && w.basis !== "actual" ? ", the actual weight, which is lower" : ""}); ` +
    (r.renal_impairment ? "renal impairment: renally cleared drugs need adjustment." : "no renal impairment by this estimate.");
  return frame("Renal function", headline(value, meaning), `${value}. ${meaning}`, r, r.tables);
}

// --- problems --------------------------------------------------------------------------------

export function renderProblem(problem: Schemas["Problem"], shownAtField: boolean): Rendered {
  const lines = [
    problem.detail,
    problem.expected ? `Expected: ${problem.expected}.` : "",
    problem.received ? `Received: ${problem.received}.` : "",
  ].filter(Boolean);
  const node = h(
    "div",
    { class: "result problem", role: "alert" },
    h("h2", { id: "result-title", tabindex: -1 }, shownAtField ? `Check ${problem.field ?? "the input"}` : problem.title),
    lines.map((line) => h("p", {}, line)),
    problem.code ? h("p", { class: "source" }, `code ${problem.code} · status ${problem.status}`) : null,
  );
  return { node, text: [problem.title, ...lines] };
}
