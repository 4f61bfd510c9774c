/**
 * Every operation of openapi.json, and the problem+json errors, through the client against a live
 * server.
 *
 * tests/clients/test_clients.py starts the server, compiles this file and runs it with
 * OPIOID_CALC_BASE_URL and OPIOID_CALC_OPENAPI set.
 * To cover a new operation, add its entry to `cases`: tsc rejects this file until every operation
 * id in schema.ts has exactly one entry.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import {
  createOpioidCalcClient,
  type OperationId,
  type OpioidCalcClient,
  type Problem,
  type Schemas,
} from "../src/index.js";

function fromEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set; run this through tests/clients/test_clients.py`);
  }
  return value;
}

const baseUrl = fromEnv("OPIOID_CALC_BASE_URL");
/** The key the test server requires (tests/clients/test_clients.py configures it). */
const apiKey = fromEnv("OPIOID_CALC_API_KEY");

interface Spec {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

/** "METHOD /path/{param}" of every operation id in openapi.json. */
const requestOf = new Map<string, string>();
const spec = JSON.parse(readFileSync(fromEnv("OPIOID_CALC_OPENAPI"), "utf8")) as Spec;
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (operation.operationId !== undefined) {
      requestOf.set(operation.operationId, `${method.toUpperCase()} ${path}`);
    }
  }
}

/** A client that records "METHOD /schema/path" of every request it sends. */
function recordingClient(): { client: OpioidCalcClient; sent: string[] } {
  const client = createOpioidCalcClient(baseUrl, { apiKey });
  const sent: string[] = [];
  client.use({
    onRequest({ request, schemaPath }) {
      sent.push(`${request.method} ${schemaPath}`);
      return undefined;
    },
  });
  return { client, sent };
}

const oxycodone: Schemas["Medication"] = {
  drug: "oxycodone",
  route: "oral",
  dose: 10,
  dose_unit: "mg",
  doses_per_day: 3,
};

/** Cockcroft-Gault on the actual weight needs no height: female, 40 years, 72 kg, SCr 1.0 mg/dL. */
const cgPatient: Schemas["Patient"] = {
  age_years: 40,
  sex: "female",
  weight_kg: 72,
  serum_creatinine_mg_dl: 1.0,
};

const vignette: Schemas["PeriodMMERequest"] = {
  prescriptions: [
    { drug: "hydrocodone", route: "oral", dose: 10, dose_unit: "mg", doses_per_day: 4, days_of_medication: 7 },
    { drug: "oxycodone", route: "oral", dose: 5, dose_unit: "mg", doses_per_day: 2, days_of_medication: 5 },
  ],
  therapy_days: 7,
  observation_window_days: 14,
};

/** Oxycodone ER 10 mg (RxCUI 1049502) every 12 hours: 30 MME/day on CDC 2022 (the CDC example). */
const order: Schemas["MedicationRequest"] = {
  resourceType: "MedicationRequest",
  id: "oxycodone-er",
  status: "active",
  intent: "order",
  medicationCodeableConcept: {
    coding: [{ system: "http://www.nlm.nih.gov/research/umls/rxnorm", code: "1049502" }],
  },
  dosageInstruction: [
    {
      timing: { repeat: { frequency: 1, period: 12, periodUnit: "h" } },
      doseAndRate: [{ doseQuantity: { value: 1, unit: "TAB", code: "TAB" } }],
    },
  ],
};

type Case = (client: OpioidCalcClient) => Promise<void>;

/** One successful call per operation id. */
const cases: { [K in OperationId]: Case } = {
  calculate_mme: async (client) => {
    const { data, error, response } = await client.POST("/v1/mme", {
      body: { medications: [oxycodone] },
    });
    assert.equal(response.status, 200);
    assert.equal(error, undefined);
    assert.ok(data);
    assert.equal(data.total_mme_per_day, 45);
    assert.equal(data.table.id, "cdc-2022");
    assert.deepEqual(
      data.lines.map((line) => [line.drug, line.conversion_factor, line.mme_per_day]),
      [["oxycodone", 1.5, 45]],
    );
    assert.match(data.calculation_id, /^[0-9a-f]{32}$/);
  },
  plan_rotation: async (client) => {
    const { data, response } = await client.POST("/v1/rotations", {
      body: { from: [oxycodone], to: { drug: "morphine", route: "oral", release: "extended" } },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    assert.equal(data.total_mme_per_day, 45);
    assert.equal(data.reduction.reduced_daily_dose, 33.75);
    assert.equal(data.practical_regimen?.daily_total, 30);
  },
  plan_taper: async (client) => {
    const { data, response } = await client.POST("/v1/tapers", {
      body: {
        medications: [
          { drug: "oxycodone", route: "oral", release: "extended", dose: 10, dose_unit: "mg", doses_per_day: 2 },
        ],
        start_date: "2026-12-01",
        preset: "acute-short",
      },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    assert.deepEqual(
      data.steps.map((step) => [step.date, step.lines[0]?.daily_dose]),
      [["2026-12-01", 10], ["2026-12-03", 0]],
    );
  },
  plan_oih: async (client) => {
    const { data, response } = await client.POST("/v1/oih-plans", {
      body: { medications: [oxycodone], start_date: "2026-12-01" },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    assert.equal(data.total_mme_per_day, 45);
    assert.equal(data.taper.status, "available");
    assert.equal(data.cut_and_methadone.status, "available");
  },
  estimate_creatinine_clearance: async (client) => {
    const { data, response } = await client.POST("/v1/renal-function", {
      body: { patient: cgPatient, weight_basis: "actual" },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    // (140 - 40) x 72 kg / (72 x 1.0 mg/dL) = 100 mL/min, x 0.85 (female) = 85 (clinical.md A12,
    // TABERS); not below the 60 mL/min renal-impairment threshold (thresholds.toml, NEURONTIN).
    assert.equal(data.creatinine_clearance_ml_min, 85);
    assert.deepEqual([data.weight.basis, data.weight.dosing_weight_kg], ["actual", 72]);
    assert.equal(data.renal_impairment, false);
  },
  dose_ketamine: async (client) => {
    const { data, response } = await client.POST("/v1/adjuncts/ketamine", {
      body: {
        rate_mg_per_kg_per_h: 0.2,
        patient: { weight_kg: 70 },
        weight_basis: "actual",
        concentration_mg_per_ml: 2,
      },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    // 0.2 mg/kg/h (within 0.1-0.5) x 70 kg actual = 14 mg/h; x 24 h = 336 mg; / 2 mg/mL = 7 mL/h.
    assert.deepEqual([data.weight.basis, data.weight.dosing_weight_kg], ["actual", 70]);
    assert.deepEqual(
      [data.dose_mg_per_h, data.amount_mg_per_24h, data.infusion_ml_per_h],
      [14, 336, 7],
    );
    assert.deepEqual([data.rate_range.min, data.rate_range.max], [0.1, 0.5]);
  },
  dose_clonidine: async (client) => {
    const { data, response } = await client.POST("/v1/adjuncts/clonidine", {
      body: { dose_mg: 0.1 },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    // 0.1 mg (a tablet) twice daily = 0.2 mg/day, every 24 / 2 = 12 h. Stopping: one 0.1 mg tablet
    // less per level, 0.2 -> 0.1 mg/day is 1 level of ceil(4 days / 1) = 4 days; stop on day 5.
    assert.deepEqual([data.dose_mg, data.doses_per_day, data.daily_mg], [0.1, 2, 0.2]);
    assert.equal(data.interval_hours, 12);
    assert.deepEqual(
      data.taper.map((level) => [level.day_from, level.day_to, level.daily_mg]),
      [[1, 4, 0.1]],
    );
    assert.equal(data.stop_day, 5);
  },
  dose_gabapentin: async (client) => {
    const { data, response } = await client.POST("/v1/adjuncts/gabapentin", {
      body: { target_mg_per_day: 900, patient: { creatinine_clearance_ml_min: 90 } },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    // CrCl 90 >= 60: Neurontin row 900-3600 mg/day TID; cap min(3600, 1800) = 1800 >= 900, so
    // 900 mg/day = 3 x 300 mg. Titration 300 mg/day on day 1, +300 mg/day: 300, 600, 900.
    assert.equal(data.clearance.creatinine_clearance_ml_min, 90);
    const band = data.renal_band;
    assert.deepEqual([band.daily_min_mg, band.daily_max_mg, band.doses_per_day], [900, 3600, [3]]);
    assert.equal(data.cap_mg_per_day, 1800);
    const m = data.maintenance;
    assert.deepEqual([m.doses_per_day, m.dose_mg, m.daily_mg], [3, 300, 900]);
    assert.deepEqual(
      data.titration.map((day) => [day.day, day.target_mg_per_day]),
      [[1, 300], [2, 600], [3, 900]],
    );
  },
  dose_pregabalin: async (client) => {
    const { data, response } = await client.POST("/v1/adjuncts/pregabalin", {
      body: {
        target_mg_per_day: 300,
        patient: cgPatient,
        doses_per_day: 2,
        weight_basis: "actual",
      },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    // Cockcroft-Gault 85 mL/min (as for estimate_creatinine_clearance) >= 60: label row
    // 150-600 mg/day BID or TID; 300 mg/day <= 600, BID = 2 x 150 mg.
    assert.equal(data.clearance.method, "cockcroft-gault");
    assert.equal(data.clearance.creatinine_clearance_ml_min, 85);
    assert.deepEqual([data.renal_band.daily_min_mg, data.renal_band.daily_max_mg], [150, 600]);
    const m = data.maintenance;
    assert.deepEqual([m.doses_per_day, m.dose_mg, m.daily_mg], [2, 150, 300]);
  },
  dose_naltrexone: async (client) => {
    const { data, response } = await client.POST("/v1/adjuncts/naltrexone", {
      body: { target_mg_per_day: 2, medications: [oxycodone] },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    // Target 2 mg/day (within 1-4.5); defaults start 1 mg, +0.5 mg every 14 days: days 1, 15, 29.
    // Oxycodone is not in partial_agonists (buprenorphine only), so it is a full agonist.
    assert.deepEqual(
      data.titration.map((step) => [step.day_from, step.daily_mg]),
      [[1, 1], [15, 1.5], [29, 2]],
    );
    assert.deepEqual([data.full_agonists, data.partial_agonists], [["oxycodone"], []]);
    assert.ok(data.warnings.some((w) => w.code === "naltrexone.full_agonist_conflict"));
  },
  check_liveness: async (client) => {
    const { data, response } = await client.GET("/health/live");
    assert.equal(response.status, 200);
    assert.equal(data?.status, "live");
  },
  check_readiness: async (client) => {
    const { data, response } = await client.GET("/health/ready");
    assert.equal(response.status, 200);
    assert.equal(data?.status, "ready");
    assert.ok((data?.tables ?? 0) > 0);
  },
  get_table: async (client) => {
    const { data, response } = await client.GET("/v1/tables/{table_id}", {
      params: { path: { table_id: "cdc-2022" } },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    assert.equal(data.table.id, "cdc-2022");
    const oxy = data.factors.find((row) => row.drug === "oxycodone");
    assert.equal(oxy?.factor, 1.5);
  },
  list_drugs: async (client) => {
    const { data, response } = await client.GET("/v1/drugs");
    assert.equal(response.status, 200);
    const oral = data?.drugs.find((d) => d.drug === "oxycodone" && d.route === "oral");
    assert.ok(oral?.mme_tables.includes("cdc-2022"));
  },
  calculate_period_mme: async (client) => {
    // The NIH HEAL calculator's vignette example (mmequiv, API response 19616d).
    const { data, response } = await client.POST("/v1/period-mme", { body: vignette });
    assert.equal(response.status, 200);
    assert.ok(data);
    assert.deepEqual(
      [data.with_buprenorphine.total_mme, data.with_buprenorphine.mme1, data.with_buprenorphine.mme4],
      [355, 29.58, 55],
    );
  },
  calculate_period_mme_batch: async (client) => {
    const lines = ["a", "b"].map((id) => JSON.stringify({ patient_id: id, request: vignette }));
    const { data, response } = await client.POST("/v1/batch/period-mme", {
      body: lines.join("\n"),
      bodySerializer: (body) => body,
      headers: { "content-type": "application/x-ndjson" },
      parseAs: "text",
    });
    assert.equal(response.status, 200);
    const rows = String(data).trim().split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(
      rows.map((r) => [r.patient_id, r.result.with_buprenorphine.total_mme]),
      [["a", 355], ["b", 355]],
    );
  },
  list_tables: async (client) => {
    const { data, response } = await client.GET("/v1/tables");
    assert.equal(response.status, 200);
    assert.ok(data?.tables.some((t) => t.table.id === "cdc-2022"));
  },
  translate_medication_requests: async (client) => {
    const { data, response } = await client.POST("/v1/fhir/medication-lines", {
      body: { medication_requests: [order] },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    const line = data.lines[0];
    assert.deepEqual(
      [line?.rxcui, line?.medication.drug, line?.medication.release, line?.medication.interval_hours],
      ["1049502", "oxycodone", "extended", 12],
    );
  },
  mme_observation: async (client) => {
    const { data, response } = await client.POST("/v1/fhir/mme-observation", {
      body: { medication_requests: [order] },
    });
    assert.equal(response.status, 200);
    assert.equal(data?.observation.valueQuantity?.value, 30);
    assert.equal(data?.observation.valueQuantity?.code, "mg/d");
  },
  cds_discovery: async (client) => {
    const { data, response } = await client.GET("/cds-services");
    assert.equal(response.status, 200);
    assert.deepEqual(
      new Set(data?.services.map((s) => s.hook)),
      new Set(["order-select", "order-sign", "patient-view"]),
    );
  },
  cds_call: async (client) => {
    const { data, response } = await client.POST("/cds-services/{service_id}", {
      params: { path: { service_id: "opioid-mme-order-select" } },
      body: {
        hook: "order-select",
        hookInstance: "9f8b4d2e-1c3a-4b5d-8e6f-7a8b9c0d1e2f",
        context: {
          userId: "Practitioner/1",
          patientId: "p1",
          draftOrders: {
            resourceType: "Bundle",
            type: "collection",
            entry: [{ resource: { ...order, status: "draft" } }],
          },
          selections: ["MedicationRequest/oxycodone-er"],
        },
      },
    });
    assert.equal(response.status, 200);
    assert.match(data?.cards[0]?.summary ?? "", /30 MME\/day/);
  },
  cds_feedback: async (client) => {
    // The CDS Hooks 2.0 specification's feedback example.
    const { data, response } = await client.POST("/cds-services/{service_id}/feedback", {
      params: { path: { service_id: "opioid-mme-order-select" } },
      body: {
        feedback: [
          {
            card: "4e0a3a1e-3283-4575-ab82-028d55fe2719",
            outcome: "accepted",
            acceptedSuggestions: [{ id: "e56e1945-20b3-4393-8503-a1a20fd73152" }],
            outcomeTimestamp: "2021-12-11T10:05:31Z",
          },
        ],
      },
    });
    assert.equal(response.status, 200);
    assert.equal(data?.received, 1);
  },
};

interface ProblemCase {
  name: string;
  operationId: OperationId;
  status: number;
  code: string;
  field: string | null;
  call: (client: OpioidCalcClient) => Promise<{ error?: Problem | undefined; response: Response }>;
}

/** Documented errors: the body is application/problem+json and `error` is a typed `Problem`. */
const problems: ProblemCase[] = [
  {
    name: "422 for a drug the table does not cover",
    operationId: "calculate_mme",
    status: 422,
    code: "mme.drug_not_covered",
    field: "medications[0].drug",
    call: (client) =>
      client.POST("/v1/mme", { body: { medications: [{ ...oxycodone, drug: "unobtainium" }] } }),
  },
  {
    name: "400 for a negative dose",
    operationId: "calculate_mme",
    status: 400,
    code: "request.invalid",
    field: "medications[0].dose",
    call: (client) =>
      client.POST("/v1/mme", { body: { medications: [{ ...oxycodone, dose: -10 }] } }),
  },
  {
    name: "404 for an unknown table",
    operationId: "get_table",
    status: 404,
    code: "http.404",
    field: null,
    call: (client) =>
      client.GET("/v1/tables/{table_id}", { params: { path: { table_id: "no-such-table" } } }),
  },
  {
    name: "400 for a table id that is too long",
    operationId: "get_table",
    status: 400,
    code: "request.invalid",
    field: "table_id",
    call: (client) =>
      client.GET("/v1/tables/{table_id}", { params: { path: { table_id: "x".repeat(41) } } }),
  },
];

describe("every operation", () => {
  test("has a case, and every case is an operation of openapi.json", () => {
    assert.deepEqual(Object.keys(cases).sort(), [...requestOf.keys()].sort());
  });

  for (const id of Object.keys(cases) as OperationId[]) {
    test(id, async () => {
      const { client, sent } = recordingClient();
      await cases[id](client);
      assert.deepEqual(sent, [requestOf.get(id)]);
    });
  }
});

describe("medication line shapes", () => {
  test("by RxCUI and dispensing-based, on the CMS 2018 table", async () => {
    const { client } = recordingClient();
    // RxCUI 1049621 (oxycodone 5 MG Oral Tablet) x (120 / 30 days) x 1.5 = 30; a 25 mcg/h
    // fentanyl patch x (10 patches / 30 days) x 7.2 = 60 (CDC data file example, CMS footnote vii).
    const { data, response } = await client.POST("/v1/mme", {
      body: {
        table: "cms-2018",
        medications: [
          { rxcui: "1049621", quantity_dispensed: 120, days_supply: 30 },
          {
            drug: "fentanyl",
            route: "transdermal",
            strength: 25,
            strength_unit: "mcg/h",
            quantity_dispensed: 10,
            days_supply: 30,
          },
        ],
      },
    });
    assert.equal(response.status, 200);
    assert.ok(data);
    assert.equal(data.total_mme_per_day, 90);
    assert.deepEqual(
      data.lines.map((line) => [line.drug, line.form, line.mme_per_day]),
      [["oxycodone", "tablet", 30], ["fentanyl", null, 60]],
    );
  });
});

describe("problem+json errors", () => {
  for (const c of problems) {
    test(`${c.operationId}: ${c.name}`, async () => {
      const { client, sent } = recordingClient();
      const { error, response } = await c.call(client);
      assert.deepEqual(sent, [requestOf.get(c.operationId)]);
      assert.equal(response.status, c.status);
      assert.equal(response.headers.get("content-type"), "application/problem+json");
      assert.ok(error);
      assert.equal(error.status, c.status);
      assert.equal(error.code, c.code);
      assert.equal(error.field, c.field);
      assert.ok(error.detail.length > 0);
    });
  }
});

describe("API keys", () => {
  test("without the key: a 401 problem; with it (createOpioidCalcClient's apiKey): 200", async () => {
    const keyless = createOpioidCalcClient(baseUrl);
    const refused = await keyless.GET("/v1/drugs");
    assert.equal(refused.response.status, 401);
    assert.equal(refused.error?.code, "auth.api_key");
    const keyed = await createOpioidCalcClient(baseUrl, { apiKey }).GET("/v1/drugs");
    assert.equal(keyed.response.status, 200);
  });
});
