var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// ../clients/typescript/node_modules/openapi-fetch/dist/index.mjs
var PATH_PARAM_RE = /\{[^{}]+\}/g;
var supportsRequestInitExt = () => {
  return typeof process === "object" && Number.parseInt(process?.versions?.node?.substring(0, 2)) >= 18 && process.versions.undici;
};
function randomID() {
  return Math.random().toString(36).slice(2, 11);
}
function createClient(clientOptions) {
  let {
    baseUrl = "",
    Request: CustomRequest = globalThis.Request,
    fetch: baseFetch = globalThis.fetch,
    querySerializer: globalQuerySerializer,
    bodySerializer: globalBodySerializer,
    pathSerializer: globalPathSerializer,
    headers: baseHeaders,
    requestInitExt = void 0,
    ...baseOptions
  } = { ...clientOptions };
  requestInitExt = supportsRequestInitExt() ? requestInitExt : void 0;
  baseUrl = removeTrailingSlash(baseUrl);
  const globalMiddlewares = [];
  async function coreFetch(schemaPath, fetchOptions) {
    const {
      baseUrl: localBaseUrl,
      fetch = baseFetch,
      Request = CustomRequest,
      headers,
      params = {},
      parseAs = "json",
      querySerializer: requestQuerySerializer,
      bodySerializer = globalBodySerializer ?? defaultBodySerializer,
      pathSerializer: requestPathSerializer,
      body,
      middleware: requestMiddlewares = [],
      ...init
    } = fetchOptions || {};
    let finalBaseUrl = baseUrl;
    if (localBaseUrl) {
      finalBaseUrl = removeTrailingSlash(localBaseUrl) ?? baseUrl;
    }
    let querySerializer = typeof globalQuerySerializer === "function" ? globalQuerySerializer : createQuerySerializer(globalQuerySerializer);
    if (requestQuerySerializer) {
      querySerializer = typeof requestQuerySerializer === "function" ? requestQuerySerializer : createQuerySerializer({
        ...typeof globalQuerySerializer === "object" ? globalQuerySerializer : {},
        ...requestQuerySerializer
      });
    }
    const pathSerializer = requestPathSerializer || globalPathSerializer || defaultPathSerializer;
    const serializedBody = body === void 0 ? void 0 : bodySerializer(
      body,
      // Note: we declare mergeHeaders() both here and below because it’s a bit of a chicken-or-egg situation:
      // bodySerializer() needs all headers so we aren’t dropping ones set by the user, however,
      // the result of this ALSO sets the lowest-priority content-type header. So we re-merge below,
      // setting the content-type at the very beginning to be overwritten.
      // Lastly, based on the way headers work, it’s not a simple “present-or-not” check becauase null intentionally un-sets headers.
      mergeHeaders(baseHeaders, headers, params.header)
    );
    const finalHeaders = mergeHeaders(
      // with no body, we should not to set Content-Type
      serializedBody === void 0 || // if serialized body is FormData; browser will correctly set Content-Type & boundary expression
      serializedBody instanceof FormData ? {} : {
        "Content-Type": "application/json"
      },
      baseHeaders,
      headers,
      params.header
    );
    const finalMiddlewares = [...globalMiddlewares, ...requestMiddlewares];
    const requestInit = {
      redirect: "follow",
      ...baseOptions,
      ...init,
      body: serializedBody,
      headers: finalHeaders
    };
    let id;
    let options;
    let request = new Request(
      createFinalURL(schemaPath, { baseUrl: finalBaseUrl, params, querySerializer, pathSerializer }),
      requestInit
    );
    let response;
    for (const key in init) {
      if (!(key in request)) {
        request[key] = init[key];
      }
    }
    if (finalMiddlewares.length) {
      id = randomID();
      options = Object.freeze({
        baseUrl: finalBaseUrl,
        fetch,
        parseAs,
        querySerializer,
        bodySerializer,
        pathSerializer
      });
      for (const m of finalMiddlewares) {
        if (m && typeof m === "object" && typeof m.onRequest === "function") {
          const result = await m.onRequest({
            request,
            schemaPath,
            params,
            options,
            id
          });
          if (result) {
            if (result instanceof Request) {
              request = result;
            } else if (result instanceof Response) {
              response = result;
              break;
            } else {
              throw new Error("onRequest: must return new Request() or Response() when modifying the request");
            }
          }
        }
      }
    }
    if (!response) {
      try {
        response = await fetch(request, requestInitExt);
      } catch (error2) {
        let errorAfterMiddleware = error2;
        if (finalMiddlewares.length) {
          for (let i = finalMiddlewares.length - 1; i >= 0; i--) {
            const m = finalMiddlewares[i];
            if (m && typeof m === "object" && typeof m.onError === "function") {
              const result = await m.onError({
                request,
                error: errorAfterMiddleware,
                schemaPath,
                params,
                options,
                id
              });
              if (result) {
                if (result instanceof Response) {
                  errorAfterMiddleware = void 0;
                  response = result;
                  break;
                }
                if (result instanceof Error) {
                  errorAfterMiddleware = result;
                  continue;
                }
                throw new Error("onError: must return new Response() or instance of Error");
              }
            }
          }
        }
        if (errorAfterMiddleware) {
          throw errorAfterMiddleware;
        }
      }
      if (finalMiddlewares.length) {
        for (let i = finalMiddlewares.length - 1; i >= 0; i--) {
          const m = finalMiddlewares[i];
          if (m && typeof m === "object" && typeof m.onResponse === "function") {
            const result = await m.onResponse({
              request,
              response,
              schemaPath,
              params,
              options,
              id
            });
            if (result) {
              if (!(result instanceof Response)) {
                throw new Error("onResponse: must return new Response() when modifying the response");
              }
              response = result;
            }
          }
        }
      }
    }
    const contentLength = response.headers.get("Content-Length");
    if (response.status === 204 || request.method === "HEAD" || contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked")) {
      return response.ok ? { data: void 0, response } : { error: void 0, response };
    }
    if (response.ok) {
      const getResponseData = async () => {
        if (parseAs === "stream") {
          return response.body;
        }
        if (parseAs === "json" && !contentLength) {
          const raw = await response.text();
          return raw ? JSON.parse(raw) : void 0;
        }
        return await response[parseAs]();
      };
      return { data: await getResponseData(), response };
    }
    let error = await response.text();
    try {
      error = JSON.parse(error);
    } catch {
    }
    return { error, response };
  }
  return {
    request(method, url, init) {
      return coreFetch(url, { ...init, method: method.toUpperCase() });
    },
    /** Call a GET endpoint */
    GET(url, init) {
      return coreFetch(url, { ...init, method: "GET" });
    },
    /** Call a PUT endpoint */
    PUT(url, init) {
      return coreFetch(url, { ...init, method: "PUT" });
    },
    /** Call a POST endpoint */
    POST(url, init) {
      return coreFetch(url, { ...init, method: "POST" });
    },
    /** Call a DELETE endpoint */
    DELETE(url, init) {
      return coreFetch(url, { ...init, method: "DELETE" });
    },
    /** Call a OPTIONS endpoint */
    OPTIONS(url, init) {
      return coreFetch(url, { ...init, method: "OPTIONS" });
    },
    /** Call a HEAD endpoint */
    HEAD(url, init) {
      return coreFetch(url, { ...init, method: "HEAD" });
    },
    /** Call a PATCH endpoint */
    PATCH(url, init) {
      return coreFetch(url, { ...init, method: "PATCH" });
    },
    /** Call a TRACE endpoint */
    TRACE(url, init) {
      return coreFetch(url, { ...init, method: "TRACE" });
    },
    /** Register middleware */
    use(...middleware) {
      for (const m of middleware) {
        if (!m) {
          continue;
        }
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new Error("Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`");
        }
        globalMiddlewares.push(m);
      }
    },
    /** Unregister middleware */
    eject(...middleware) {
      for (const m of middleware) {
        const i = globalMiddlewares.indexOf(m);
        if (i !== -1) {
          globalMiddlewares.splice(i, 1);
        }
      }
    }
  };
}
function serializePrimitiveParam(name, value, options) {
  if (value === void 0 || value === null) {
    return "";
  }
  if (typeof value === "object") {
    throw new Error(
      "Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these."
    );
  }
  return `${name}=${options?.allowReserved === true ? value : encodeURIComponent(value)}`;
}
function serializeObjectParam(name, value, options) {
  if (!value || typeof value !== "object") {
    return "";
  }
  const values = [];
  const joiner = {
    simple: ",",
    label: ".",
    matrix: ";"
  }[options.style] || "&";
  if (options.style !== "deepObject" && options.explode === false) {
    for (const k in value) {
      values.push(k, options.allowReserved === true ? value[k] : encodeURIComponent(value[k]));
    }
    const final2 = values.join(",");
    switch (options.style) {
      case "form": {
        return `${name}=${final2}`;
      }
      case "label": {
        return `.${final2}`;
      }
      case "matrix": {
        return `;${name}=${final2}`;
      }
      default: {
        return final2;
      }
    }
  }
  for (const k in value) {
    const finalName = options.style === "deepObject" ? `${name}[${k}]` : k;
    values.push(serializePrimitiveParam(finalName, value[k], options));
  }
  const final = values.join(joiner);
  return options.style === "label" || options.style === "matrix" ? `${joiner}${final}` : final;
}
function serializeArrayParam(name, value, options) {
  if (!Array.isArray(value)) {
    return "";
  }
  if (options.explode === false) {
    const joiner2 = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" }[options.style] || ",";
    const final = (options.allowReserved === true ? value : value.map((v) => encodeURIComponent(v))).join(joiner2);
    switch (options.style) {
      case "simple": {
        return final;
      }
      case "label": {
        return `.${final}`;
      }
      case "matrix": {
        return `;${name}=${final}`;
      }
      // case "spaceDelimited":
      // case "pipeDelimited":
      default: {
        return `${name}=${final}`;
      }
    }
  }
  const joiner = { simple: ",", label: ".", matrix: ";" }[options.style] || "&";
  const values = [];
  for (const v of value) {
    if (options.style === "simple" || options.style === "label") {
      values.push(options.allowReserved === true ? v : encodeURIComponent(v));
    } else {
      values.push(serializePrimitiveParam(name, v, options));
    }
  }
  return options.style === "label" || options.style === "matrix" ? `${joiner}${values.join(joiner)}` : values.join(joiner);
}
function createQuerySerializer(options) {
  return function querySerializer(queryParams) {
    const search = [];
    if (queryParams && typeof queryParams === "object") {
      for (const name in queryParams) {
        const value = queryParams[name];
        if (value === void 0 || value === null) {
          continue;
        }
        if (Array.isArray(value)) {
          if (value.length === 0) {
            continue;
          }
          search.push(
            serializeArrayParam(name, value, {
              style: "form",
              explode: true,
              ...options?.array,
              allowReserved: options?.allowReserved || false
            })
          );
          continue;
        }
        if (typeof value === "object") {
          search.push(
            serializeObjectParam(name, value, {
              style: "deepObject",
              explode: true,
              ...options?.object,
              allowReserved: options?.allowReserved || false
            })
          );
          continue;
        }
        search.push(serializePrimitiveParam(name, value, options));
      }
    }
    return search.join("&");
  };
}
function defaultPathSerializer(pathname, pathParams) {
  let nextURL = pathname;
  for (const match of pathname.match(PATH_PARAM_RE) ?? []) {
    let name = match.substring(1, match.length - 1);
    let explode = false;
    let style = "simple";
    if (name.endsWith("*")) {
      explode = true;
      name = name.substring(0, name.length - 1);
    }
    if (name.startsWith(".")) {
      style = "label";
      name = name.substring(1);
    } else if (name.startsWith(";")) {
      style = "matrix";
      name = name.substring(1);
    }
    if (!pathParams || pathParams[name] === void 0 || pathParams[name] === null) {
      continue;
    }
    const value = pathParams[name];
    if (Array.isArray(value)) {
      nextURL = nextURL.replace(match, serializeArrayParam(name, value, { style, explode }));
      continue;
    }
    if (typeof value === "object") {
      nextURL = nextURL.replace(match, serializeObjectParam(name, value, { style, explode }));
      continue;
    }
    if (style === "matrix") {
      nextURL = nextURL.replace(match, `;${serializePrimitiveParam(name, value)}`);
      continue;
    }
    nextURL = nextURL.replace(match, style === "label" ? `.${encodeURIComponent(value)}` : encodeURIComponent(value));
  }
  return nextURL;
}
function defaultBodySerializer(body, headers) {
  if (body instanceof FormData) {
    return body;
  }
  if (headers) {
    const contentType = headers.get instanceof Function ? headers.get("Content-Type") ?? headers.get("content-type") : headers["Content-Type"] ?? headers["content-type"];
    if (contentType === "application/x-www-form-urlencoded") {
      return new URLSearchParams(body).toString();
    }
  }
  return JSON.stringify(body);
}
function createFinalURL(pathname, options) {
  let finalURL = `${options.baseUrl}${pathname}`;
  if (options.params?.path) {
    finalURL = options.pathSerializer(finalURL, options.params.path);
  }
  let search = options.querySerializer(options.params.query ?? {});
  if (search.startsWith("?")) {
    search = search.substring(1);
  }
  if (search) {
    finalURL += `?${search}`;
  }
  return finalURL;
}
function mergeHeaders(...allHeaders) {
  const finalHeaders = new Headers();
  for (const h2 of allHeaders) {
    if (!h2 || typeof h2 !== "object") {
      continue;
    }
    const iterator = h2 instanceof Headers ? h2.entries() : Object.entries(h2);
    for (const [k, v] of iterator) {
      if (v === null) {
        finalHeaders.delete(k);
      } else if (Array.isArray(v)) {
        for (const v2 of v) {
          finalHeaders.append(k, v2);
        }
      } else if (v !== void 0) {
        finalHeaders.set(k, v);
      }
    }
  }
  return finalHeaders;
}
function removeTrailingSlash(url) {
  if (url.endsWith("/")) {
    return url.substring(0, url.length - 1);
  }
  return url;
}

// ../clients/typescript/src/index.ts
function createOpioidCalcClient(baseUrl, options = {}) {
  return createClient({ ...options, baseUrl });
}

// src/api.ts
var client = createOpioidCalcClient(window.location.origin);
async function call(request) {
  try {
    const { data, error, response } = await request;
    if (data !== void 0 && response.ok) return { ok: true, data };
    if (isProblem(error)) return { ok: false, problem: error };
    return {
      ok: false,
      problem: { title: "Unexpected answer", status: response.status, detail: response.statusText, type: "about:blank" }
    };
  } catch (caught) {
    const detail = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, problem: { title: "The server could not be reached", status: 0, detail, type: "about:blank" } };
  }
}
function isProblem(value) {
  return typeof value === "object" && value !== null && "status" in value && "detail" in value;
}

// src/dom.ts
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === void 0 || value === false) continue;
    if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}
function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === void 0 || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}
function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
}
function byId(id) {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from the page`);
  return element;
}
function num(value) {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
var counter = 0;
function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

// src/forms.ts
var ROUTE_LABELS = {
  oral: "oral (PO)",
  intravenous: "intravenous (IV)",
  subcutaneous: "subcutaneous (SC)",
  intramuscular: "intramuscular (IM)",
  transdermal: "transdermal patch (TD)",
  sublingual: "sublingual (SL)",
  buccal: "buccal",
  intranasal: "intranasal",
  rectal: "rectal (PR)"
};
function field(label, control, hint) {
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
    error
  );
}
function numberInput(name, attributes = {}) {
  return h("input", { type: "number", step: "any", inputmode: "decimal", "data-field": name, ...attributes });
}
function select(name, options, value = "") {
  const element = h("select", { "data-field": name });
  for (const [optionValue, text] of options) {
    append(element, [h("option", { value: optionValue, selected: optionValue === value }, text)]);
  }
  return element;
}
function checkbox(name) {
  return h("input", { type: "checkbox", "data-field": name });
}
function valueOf(input) {
  if (input.value.trim() === "") return void 0;
  const value = input.valueAsNumber;
  return Number.isFinite(value) ? value : Number.NaN;
}
var Regimen = class {
  constructor(list, drugs2) {
    __publicField(this, "list", list);
    __publicField(this, "drugs", drugs2);
    __publicField(this, "rows", []);
  }
  add(defaults) {
    const index = this.rows.length;
    const drug = select(
      `line[${index}].drug`,
      this.drugs.map((d) => [d.drug, d.drug]),
      defaults.drug
    );
    const route = select(`line[${index}].route`, [], "");
    const release = select(
      `line[${index}].release`,
      [
        ["", "not stated"],
        ["immediate", "IR (immediate release)"],
        ["extended", "ER (extended release)"]
      ],
      defaults.release ?? ""
    );
    const dose = numberInput(`line[${index}].dose`, { min: 0, value: defaults.dose });
    const unit = select(
      `line[${index}].dose_unit`,
      [
        ["mg", "mg"],
        ["mcg", "mcg"],
        ["mcg/h", "mcg/h (patch or infusion)"],
        ["mg/h", "mg/h (infusion)"]
      ],
      defaults.unit
    );
    const frequency = select(
      `line[${index}].frequency`,
      [
        ["interval", "every N hours"],
        ["daily", "N times a day"],
        ["prn", "as needed (PRN), with a maximum"],
        ["patch", "patch or continuous infusion (rate per hour)"]
      ],
      defaults.frequency
    );
    const every = numberInput(`line[${index}].interval_hours`, { min: 0 });
    if (defaults.every !== void 0) every.value = String(defaults.every);
    const maximum = numberInput(`line[${index}].max_doses_per_day`, { min: 0 });
    if (defaults.maximum !== void 0) maximum.value = String(defaults.maximum);
    const everyField = field("Every (hours)", every);
    const everyLabel = everyField.querySelector("label");
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
        maximumField
      ),
      remove
    );
    const row = { element, drug, route, release, dose, unit, frequency, every, everyLabel, maximum, maximumField };
    this.rows.push(row);
    this.fillRoutes(row, defaults.route);
    drug.addEventListener("change", () => this.fillRoutes(row, row.route.value));
    frequency.addEventListener("change", () => this.showFrequency(row));
    remove.addEventListener("click", () => this.remove(row));
    this.showFrequency(row);
    this.list.appendChild(element);
    this.renumber();
  }
  fillRoutes(row, wanted) {
    const routes = this.drugs.find((d) => d.drug === row.drug.value)?.routes ?? [];
    clear(row.route);
    for (const route of routes) {
      append(row.route, [h("option", { value: route, selected: route === wanted }, ROUTE_LABELS[route])]);
    }
  }
  showFrequency(row) {
    const kind = row.frequency.value;
    row.maximumField.hidden = kind !== "prn";
    row.everyLabel.textContent = {
      interval: "Every (hours)",
      daily: "Times a day",
      prn: "Shortest interval (hours)",
      patch: "Changed every (hours, optional)"
    }[kind];
    const name = kind === "daily" ? "doses_per_day" : "interval_hours";
    row.every.dataset["field"] = row.every.dataset["field"]?.replace(/\.[a-z_]+$/, `.${name}`) ?? "";
  }
  remove(row) {
    if (this.rows.length === 1) return;
    const at = this.rows.indexOf(row);
    this.rows.splice(at, 1);
    row.element.remove();
    this.renumber();
    const next = this.rows[Math.min(at, this.rows.length - 1)];
    next?.drug.focus();
  }
  /** Legends and field names follow the rows' order after a removal. */
  renumber() {
    this.rows.forEach((row, index) => {
      const legend = row.element.querySelector("legend");
      if (legend) legend.textContent = `Line ${index + 1}`;
      for (const control of row.element.querySelectorAll("[data-field]")) {
        control.dataset["field"] = control.dataset["field"]?.replace(/^line\[\d+\]/, `line[${index}]`) ?? "";
      }
      const remove = row.element.querySelector("button");
      if (remove) remove.setAttribute("aria-label", `Remove line ${index + 1}`);
    });
  }
  medications() {
    return this.rows.map((row) => {
      const kind = row.frequency.value;
      const line = {
        drug: row.drug.value,
        route: row.route.value,
        dose: valueOf(row.dose) ?? Number.NaN,
        dose_unit: row.unit.value
      };
      if (row.release.value === "immediate" || row.release.value === "extended") line.release = row.release.value;
      const every = valueOf(row.every);
      if (kind === "daily" && every !== void 0) line.doses_per_day = every;
      if (kind !== "daily" && every !== void 0) line.interval_hours = every;
      if (kind === "prn") {
        line.as_needed = true;
        const maximum = valueOf(row.maximum);
        if (maximum !== void 0) line.max_doses_per_day = maximum;
      }
      return line;
    });
  }
};
var PatientPanel = class {
  constructor() {
    __publicField(this, "element");
    __publicField(this, "inputs", {});
    __publicField(this, "sex");
    __publicField(this, "hepatic");
    __publicField(this, "creatinineUnit");
    __publicField(this, "benzodiazepine");
    __publicField(this, "frail");
    const number = (name, label, hint) => {
      const input = numberInput(`patient.${name}`, { min: 0 });
      this.inputs[name] = input;
      return field(label, input, hint);
    };
    this.sex = select("patient.sex", [
      ["", "not stated"],
      ["female", "female"],
      ["male", "male"]
    ]);
    this.hepatic = select("patient.hepatic_impairment", [
      ["", "not stated"],
      ["none", "none"],
      ["mild", "mild"],
      ["moderate", "moderate"],
      ["severe", "severe"]
    ]);
    this.creatinineUnit = select("patient.creatinine_unit", [
      ["mg_dl", "mg/dL"],
      ["umol_l", "umol/L"]
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
        field("Frail", this.frail)
      )
    );
    this.creatinineUnit.addEventListener("change", () => {
      creatinine.dataset["field"] = `patient.serum_creatinine_${this.creatinineUnit.value}`;
    });
  }
  set(values) {
    for (const [name, value] of Object.entries(values)) {
      if (name === "sex") this.sex.value = String(value);
      else if (this.inputs[name]) this.inputs[name].value = String(value);
    }
  }
  /** The patient object, or undefined when nothing was entered. */
  patient() {
    const p = {};
    const put = (name, input) => {
      if (!input) return;
      const value = valueOf(input);
      if (value !== void 0) p[name] = value;
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
    return Object.keys(p).length > 0 ? p : void 0;
  }
};
function formField(apiField) {
  return apiField.replace(/^(medications|from)\[/, "line[");
}
function clearErrors(form2) {
  for (const control of form2.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const message of form2.querySelectorAll(".field-error")) {
    message.hidden = true;
    message.textContent = "";
  }
}
function showFieldError(form2, apiField, message) {
  const wanted = formField(apiField);
  const controls = [...form2.querySelectorAll("[data-field]")].filter((c) => !c.closest("[hidden]"));
  const control = controls.find((c) => c.dataset["field"] === wanted) ?? controls.find((c) => (c.dataset["fields"] ?? "").split(" ").includes(wanted)) ?? controls.find((c) => wanted.startsWith(`${c.dataset["field"] ?? "?"}.`));
  if (!control) return null;
  control.setAttribute("aria-invalid", "true");
  const error = byId(`${control.id}-error`);
  error.textContent = message;
  error.hidden = false;
  control.focus();
  return control;
}

// src/results.ts
var SEVERITY = {
  critical: "Critical",
  warning: "Warning",
  info: "Info"
};
var RANK = { critical: 0, warning: 1, info: 2 };
function split(message) {
  const match = /^(.+?\.)\s+(?=[A-Z(])(.*)$/s.exec(message);
  return match ? [match[1] ?? message, match[2] ?? ""] : [message, ""];
}
function warningCards(warnings) {
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
          h("p", { class: "source" }, `Source: ${w.source} · code ${w.code}`)
        );
      })
    )
  );
}
function prescription(summary, warnings) {
  return summary.slice(warnings.length);
}
function prescriptionList(lines, heading = "In prescription language") {
  return h(
    "section",
    { class: "prescription", "aria-label": heading },
    h("h3", {}, heading),
    h(
      "ol",
      {},
      lines.map((line) => h("li", {}, line))
    )
  );
}
function mme(total) {
  return total === null || total === void 0 ? "MME/day not computed" : `${num(total)} MME/day`;
}
function headline(value, meaning) {
  return h("div", { class: "headline" }, h("p", { class: "value" }, value), h("p", { class: "meaning" }, meaning));
}
function traceDetails(trace, tables2, calculationId) {
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
        trace.map(
          (t) => h(
            "tr",
            {},
            h("td", {}, t.step),
            h("td", {}, t.value === null || t.value === void 0 ? "" : `${num(t.value)} ${t.unit}`),
            h("td", {}, t.source)
          )
        )
      )
    ),
    tables2.length ? h(
      "ul",
      { class: "tables" },
      tables2.map((t) => h("li", {}, `${t.id} ${t.version}: ${t.title} (${t.citation}); checksum ${t.checksum.slice(0, 19)}…`))
    ) : null,
    h("p", { class: "calc-id" }, "Calculation id: ", h("code", {}, calculationId))
  );
}
function noteText(title, head, summary, calculationId) {
  return [title, head, "", ...summary, "", `Calculation id: ${calculationId}`];
}
function frame(title, head, headText, result, tables2, ...detail) {
  const lines = prescription(result.summary, result.warnings);
  const node = h(
    "article",
    { class: "result", "aria-labelledby": "result-title" },
    h("h2", { id: "result-title", tabindex: -1 }, title),
    head,
    warningCards(result.warnings),
    prescriptionList(lines),
    ...detail,
    traceDetails(result.trace, tables2, result.calculation_id)
  );
  return { node, text: noteText(title, headText, result.summary, result.calculation_id) };
}
function renderMME(r) {
  const reached = r.flags.filter((f) => f.reached).map((f) => `at or above ${num(f.threshold)} MME/day`);
  const meaning = `Morphine milligram equivalents per day on the ${r.table.title} (for risk, not for conversion). ` + (reached.length ? `This total is ${reached.join(" and ")}.` : "Below every threshold flag.");
  const value = `${num(r.total_mme_per_day)} MME/day`;
  const lines = h(
    "table",
    { class: "lines" },
    h("caption", {}, "Each line"),
    h(
      "thead",
      {},
      h("tr", {}, ...["Drug", "Route", "Daily dose", "Factor", "MME/day"].map((c) => h("th", { scope: "col" }, c)))
    ),
    h(
      "tbody",
      {},
      r.lines.map(
        (l) => h(
          "tr",
          {},
          h("td", {}, l.drug + (l.as_needed ? " (as needed, maximum)" : "")),
          h("td", {}, l.route),
          h("td", {}, `${num(l.daily_dose)} ${l.daily_dose_unit}`),
          h("td", {}, num(l.conversion_factor)),
          h("td", {}, num(l.mme_per_day))
        )
      )
    )
  );
  return frame("MME of the regimen", headline(value, meaning), `${value}. ${meaning}`, r, [r.table], lines);
}
function renderRotation(r) {
  const red = r.reduction;
  const target = `${r.target.drug} ${r.target.route}${r.target.release ? ` ${r.target.release} release` : ""}`;
  const regimen2 = r.practical_regimen;
  const regimenLine = regimen2 ? prescription(r.summary, r.warnings)[2]?.replace(/\.$/, "") : void 0;
  const value = regimenLine ?? `${num(red.reduced_daily_dose)} ${red.unit} ${r.target.drug}`;
  const meaning = `Rotation to ${target}: equianalgesic ${num(r.equianalgesic_daily_dose)} ${r.unit}, reduced by ${num(red.applied_percent)}% for incomplete cross-tolerance to ${num(red.reduced_daily_dose)} ${red.unit}` + (regimen2 ? `; the practical regimen gives ${num(regimen2.daily_total)} ${regimen2.unit === "mcg/h" ? "mcg/h" : `${regimen2.unit}/day`}.` : "; no practical regimen (see warnings).");
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
          h("td", {}, num(red.reduced_daily_dose))
        )
      )
    ),
    h("p", { class: "hint" }, "Change the applied percent in the rotation options; the result is recalculated.")
  );
  return frame(
    "Rotation",
    headline(value, meaning),
    `${value}. ${meaning}`,
    r,
    r.tables,
    range
  );
}
function addDays(iso, days) {
  const date = /* @__PURE__ */ new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
function renderTaper(r) {
  const steps = r.steps;
  const last = steps[steps.length - 1];
  const value = `${steps.length} steps from ${mme(r.original_mme_per_day)}`;
  const meaning = `Taper ${r.preset.name}: every ${num(r.interval_days)} days, up to ${num(r.percent)}% of the ${r.basis} dose; ` + (last ? `the last step starts ${last.date} at ${mme(last.total_mme_per_day)} (${r.ends_at}).` : "no step.");
  const lines = prescription(r.summary, r.warnings).slice(1);
  const calendar = h(
    "table",
    { class: "calendar" },
    h("caption", {}, "The taper as a dated calendar"),
    h(
      "thead",
      {},
      h("tr", {}, ...["Step", "From", "To", "Regimen", "MME/day", "% of original"].map((c) => h("th", { scope: "col" }, c)))
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
          h("td", {}, `${num(s.percent_of_original)}%`)
        );
      })
    )
  );
  const rendered = frame("Taper", headline(value, meaning), `${value}. ${meaning}`, r, r.tables, calendar);
  rendered.node.classList.add("with-calendar");
  return rendered;
}
var STRATEGIES = [
  ["taper", "Taper"],
  ["cut_and_methadone", "Cut and add low-dose methadone"],
  ["methadone_rotation", "Rotate to methadone"],
  ["buprenorphine_rotation", "Rotate to buprenorphine"],
  ["ketamine", "Ketamine infusion"],
  ["clonidine", "Clonidine"],
  ["gabapentin", "Gabapentin"]
];
function renderOIH(r, onFix) {
  const strategies = STRATEGIES.map(([key, title]) => [title, r[key]]);
  const available = strategies.filter(([, s]) => s.status === "available").length;
  const value = `${available} of ${strategies.length} strategies apply`;
  const meaning = `Alternatives for the clinician to choose from, not a sequence; the regimen is ${mme(r.total_mme_per_day)}.`;
  const grid = h(
    "section",
    { class: "strategies", "aria-label": "Strategies side by side" },
    strategies.map(([title, s]) => {
      const refusal = s.refusal;
      const body = s.status === "available" && s.result ? h(
        "ul",
        {},
        prescription(s.result.summary, s.result.warnings).map((line) => h("li", {}, line))
      ) : refusal ? h(
        "div",
        { class: "refusal" },
        h("p", {}, h("strong", {}, "Why not: "), refusal.detail),
        h("p", {}, h("strong", {}, "To fix: "), `give ${refusal.field} as ${refusal.expected} (received ${refusal.received}).`),
        h("button", { type: "button", class: "secondary", "data-fix": refusal.field }, `Go to ${refusal.field}`)
      ) : null;
      const card = h(
        "article",
        { class: `strategy ${s.status}` },
        h("h3", {}, title),
        h("p", { class: "status" }, s.status === "available" ? "Available" : "Not for this patient"),
        s.resulting_mme_per_day !== null ? h("p", { class: "mme" }, `Leads to ${num(s.resulting_mme_per_day)} MME/day`) : null,
        s.result && s.result.warnings.length ? h("p", { class: "warning-count" }, `${s.result.warnings.length} warnings in its own result`) : null,
        body
      );
      card.querySelector("button[data-fix]")?.addEventListener("click", () => onFix(refusal?.field ?? ""));
      return card;
    })
  );
  return frame("OIH plan", headline(value, meaning), `${value}. ${meaning}`, r, [], grid);
}
function renderAdjunct(title, r) {
  const lines = prescription(r.summary, r.warnings);
  const value = lines[0] ?? title;
  return frame(title, headline(value, lines[1] ?? ""), value, r, r.tables);
}
function renderRenal(r) {
  const value = `${num(r.creatinine_clearance_ml_min)} mL/min`;
  const w = r.weight;
  const meaning = `Cockcroft-Gault creatinine clearance on the ${w.basis} weight (${num(w.dosing_weight_kg)} kg${w.actual_weight_used && w.basis !== "actual" ? ", the actual weight, which is lower" : ""}); ` + (r.renal_impairment ? "renal impairment: renally cleared drugs need adjustment." : "no renal impairment by this estimate.");
  return frame("Renal function", headline(value, meaning), `${value}. ${meaning}`, r, r.tables);
}
function renderProblem(problem, shownAtField) {
  const lines = [
    problem.detail,
    problem.expected ? `Expected: ${problem.expected}.` : "",
    problem.received ? `Received: ${problem.received}.` : ""
  ].filter(Boolean);
  const node = h(
    "div",
    { class: "result problem", role: "alert" },
    h("h2", { id: "result-title", tabindex: -1 }, shownAtField ? `Check ${problem.field ?? "the input"}` : problem.title),
    lines.map((line) => h("p", {}, line)),
    problem.code ? h("p", { class: "source" }, `code ${problem.code} · status ${problem.status}`) : null
  );
  return { node, text: [problem.title, ...lines] };
}

// src/main.ts
var STATEMENT = "This calculator supports, and does not replace, clinical judgement.";
var form = byId("calc");
var results = byId("results");
var optionsSlot = byId("options-fields");
var regimenSet = byId("regimen");
var regimen;
var patient;
var note = [];
function option(name) {
  const control = optionsSlot.querySelector(`[data-field="${name}"]`);
  if (!control) throw new Error(`option ${name} is not on the page`);
  return control;
}
function optionNumber(name) {
  const control = optionsSlot.querySelector(`[data-field="${name}"]`);
  return control ? valueOf(control) : void 0;
}
function optionText(name) {
  return option(name).value;
}
function today() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function dateInput(name) {
  return h("input", { type: "date", "data-field": name, value: today(), min: "2000-01-01", max: "2100-12-31" });
}
function tableOptions(kind) {
  return [["", "default"], ...tables.filter((t) => t.table.kind === kind).map((t) => [t.table.id, `${t.table.id} (${t.table.title})`])];
}
function withPatient(body) {
  const p = patient.patient();
  return p ? { ...body, patient: p } : body;
}
function withNumber(body, name, value) {
  return value === void 0 ? body : { ...body, [name]: value };
}
function withText(body, name, value) {
  return value === "" ? body : { ...body, [name]: value };
}
var TARGET_ROUTES = [
  ["oral", "oral"],
  ["transdermal", "transdermal patch"],
  ["intravenous", "intravenous"],
  ["subcutaneous", "subcutaneous"],
  ["sublingual", "sublingual"]
];
var views = [
  {
    id: "mme",
    title: "MME of a regimen",
    intro: "Morphine milligram equivalents per day, for risk and the 50 and 90 MME/day thresholds.",
    regimen: true,
    options: () => [field("MME table", select("table", tableOptions("mme")))],
    run: () => call(
      client.POST("/v1/mme", {
        body: withText(withPatient({ medications: regimen.medications() }), "table", optionText("table"))
      })
    ),
    render: (data) => renderMME(data)
  },
  {
    id: "rotation",
    title: "Rotation to another opioid",
    intro: "The equianalgesic dose, the 25% to 50% cross-tolerance range with the applied percent, and a practical regimen from real strengths.",
    regimen: true,
    options: () => {
      const drug = select(
        "to.drug",
        [...new Set(drugs.map((d) => d.drug))].map((d) => [d, d]),
        "morphine"
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
          ["ad_lib", "ad lib (Morley-Makin, as needed; specialist units)"]
        ])
      );
      const methadoneOnly = () => {
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
              ["extended", "ER (extended release)"]
            ],
            "extended"
          )
        ),
        field("As a continuous infusion (IV or SC)", checkbox("to.infusion")),
        field("Cross-tolerance reduction applied (%)", percent, "0-75; empty: 25, or 50 for an older or frail patient."),
        field("Adjust the applied percent", slider),
        strategy
      ];
    },
    run: () => {
      const release = optionText("to.release");
      const to = { drug: optionText("to.drug"), route: optionText("to.route") };
      if (release === "immediate" || release === "extended") to.release = release;
      if (optionsSlot.querySelector('[data-field="to.infusion"]')?.checked) to.infusion = true;
      let body = withPatient({ from: regimen.medications(), to });
      body = withNumber(body, "cross_tolerance_reduction_percent", optionNumber("cross_tolerance_reduction_percent"));
      if (to.drug === "methadone") {
        const strategy = optionText("methadone.strategy");
        body = { ...body, methadone: { strategy } };
      }
      return call(client.POST("/v1/rotations", { body }));
    },
    render: (data) => renderRotation(data)
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
            ["custom", "Custom"]
          ],
          "cdc-2022-long-term"
        )
      ),
      field("Start date", dateInput("start_date")),
      field("Cut per step (% of the basis)", numberInput("percent", { min: 1, max: 50, placeholder: "preset" })),
      field("Days between steps", numberInput("interval_days", { min: 1, max: 90, step: 1, placeholder: "preset" })),
      field(
        "Basis (custom)",
        select("basis", [
          ["", "preset"],
          ["original", "the original dose"],
          ["current", "the current dose"]
        ])
      ),
      field("Stop at (% of the original)", numberInput("floor_percent", { min: 0, max: 90, placeholder: "zero" }))
    ],
    run: () => {
      let body = withPatient({
        medications: regimen.medications(),
        start_date: optionText("start_date"),
        preset: optionText("preset")
      });
      body = withNumber(body, "percent", optionNumber("percent"));
      body = withNumber(body, "interval_days", optionNumber("interval_days"));
      body = withNumber(body, "floor_percent", optionNumber("floor_percent"));
      body = withText(body, "basis", optionText("basis"));
      return call(client.POST("/v1/tapers", { body }));
    },
    render: (data) => renderTaper(data)
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
          ["oih-rapid", "OIH rapid"]
        ])
      )
    ],
    run: () => {
      const body = withText(
        withPatient({ medications: regimen.medications(), start_date: optionText("start_date") }),
        "taper_preset",
        optionText("taper_preset")
      );
      return call(client.POST("/v1/oih-plans", { body }));
    },
    render: (data) => renderOIH(data, focusField)
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
          ["naltrexone", "Low-dose naltrexone (checks the regimen above)"]
        ],
        "ketamine"
      );
      which.addEventListener("change", showAdjunctFields);
      const basis = () => select("weight_basis", [
        ["", "default (ideal)"],
        ["actual", "actual"],
        ["ideal", "ideal"],
        ["adjusted", "adjusted"]
      ]);
      const group = (name, ...fields) => h("div", { class: "grid adjunct-fields", "data-adjunct": name }, fields);
      return [
        field("Adjunct", which),
        group(
          "ketamine",
          field("Rate (mg/kg/h)", numberInput("rate_mg_per_kg_per_h", { min: 0, value: 0.1 })),
          field("Concentration (mg/mL)", numberInput("concentration_mg_per_ml", { min: 0 })),
          field("Bolus (mg/kg, optional)", numberInput("bolus_mg_per_kg", { min: 0 })),
          field("Dosing weight", basis())
        ),
        group("clonidine", field("Dose per administration (mg)", numberInput("dose_mg", { min: 0, value: 0.1 }))),
        group(
          "gabapentin",
          field("Target (mg/day)", numberInput("target_mg_per_day", { min: 0, value: 900 })),
          field("On hemodialysis", checkbox("hemodialysis")),
          field("Weight for Cockcroft-Gault", basis())
        ),
        group(
          "pregabalin",
          field("Target (mg/day)", numberInput("target_mg_per_day", { min: 0, value: 300 })),
          field("Doses a day (optional)", numberInput("doses_per_day", { min: 1, max: 4, step: 1 })),
          field("On hemodialysis", checkbox("hemodialysis")),
          field("Weight for Cockcroft-Gault", basis())
        ),
        group("naltrexone", field("Target (mg/day)", numberInput("target_mg_per_day", { min: 0, value: 4.5 })))
      ];
    },
    run: () => runAdjunct(),
    render: (data) => renderAdjunct(ADJUNCT_TITLES[adjunct()] ?? "Adjunct", data)
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
          ["adjusted", "adjusted"]
        ])
      )
    ],
    run: () => {
      const body = withText({ patient: patient.patient() ?? {} }, "weight_basis", optionText("weight_basis"));
      return call(client.POST("/v1/renal-function", { body }));
    },
    render: (data) => renderRenal(data)
  }
];
var ADJUNCT_TITLES = {
  ketamine: "Ketamine infusion",
  clonidine: "Clonidine",
  gabapentin: "Gabapentin",
  pregabalin: "Pregabalin",
  naltrexone: "Low-dose naltrexone"
};
function adjunct() {
  return optionsSlot.querySelector('[data-field="adjunct"]')?.value ?? "ketamine";
}
function showAdjunctFields() {
  const which = adjunct();
  for (const group of optionsSlot.querySelectorAll("[data-adjunct]")) {
    group.hidden = group.dataset["adjunct"] !== which;
  }
  regimenSet.hidden = which !== "naltrexone";
}
function adjunctNumber(name) {
  const group = optionsSlot.querySelector(`[data-adjunct="${adjunct()}"]`);
  const input = group?.querySelector(`[data-field="${name}"]`);
  return input ? valueOf(input) : void 0;
}
function adjunctText(name) {
  const group = optionsSlot.querySelector(`[data-adjunct="${adjunct()}"]`);
  return group?.querySelector(`[data-field="${name}"]`)?.value ?? "";
}
function adjunctChecked(name) {
  const group = optionsSlot.querySelector(`[data-adjunct="${adjunct()}"]`);
  return group?.querySelector(`[data-field="${name}"]`)?.checked ?? false;
}
function runAdjunct() {
  const p = patient.patient() ?? {};
  const target = adjunctNumber("target_mg_per_day") ?? Number.NaN;
  switch (adjunct()) {
    case "clonidine":
      return call(client.POST("/v1/adjuncts/clonidine", { body: withPatient({ dose_mg: adjunctNumber("dose_mg") ?? Number.NaN }) }));
    case "gabapentin": {
      const body = withText({ target_mg_per_day: target, patient: p, hemodialysis: adjunctChecked("hemodialysis") }, "weight_basis", adjunctText("weight_basis"));
      return call(client.POST("/v1/adjuncts/gabapentin", { body }));
    }
    case "pregabalin": {
      let body = withText({ target_mg_per_day: target, patient: p, hemodialysis: adjunctChecked("hemodialysis") }, "weight_basis", adjunctText("weight_basis"));
      body = withNumber(body, "doses_per_day", adjunctNumber("doses_per_day"));
      return call(client.POST("/v1/adjuncts/pregabalin", { body }));
    }
    case "naltrexone":
      return call(client.POST("/v1/adjuncts/naltrexone", { body: withPatient({ target_mg_per_day: target, medications: regimen.medications() }) }));
    default: {
      let body = withText({ rate_mg_per_kg_per_h: adjunctNumber("rate_mg_per_kg_per_h") ?? Number.NaN, patient: p }, "weight_basis", adjunctText("weight_basis"));
      body = withNumber(body, "concentration_mg_per_ml", adjunctNumber("concentration_mg_per_ml"));
      body = withNumber(body, "bolus_mg_per_kg", adjunctNumber("bolus_mg_per_kg"));
      return call(client.POST("/v1/adjuncts/ketamine", { body }));
    }
  }
}
var drugs = [];
var tables = [];
var current = views[0];
function viewOf(hash) {
  return views.find((v) => `#${v.id}` === hash) ?? views[0];
}
function show(view) {
  current = view;
  for (const link of document.querySelectorAll("nav a")) {
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
function setActions(enabled) {
  for (const id of ["copy", "print"]) byId(id).disabled = !enabled;
}
function focusField(name) {
  const shown = showFieldError(form, name, `Needed for this strategy: ${name}.`);
  if (!shown) byId("patient-legend").scrollIntoView();
}
async function submit(event) {
  event.preventDefault();
  clearErrors(form);
  byId("copy-status").textContent = "";
  const button = byId("calculate");
  button.disabled = true;
  results.setAttribute("aria-busy", "true");
  try {
    const outcome = await current.run();
    clear(results);
    let rendered;
    if (outcome.ok) {
      rendered = current.render(outcome.data);
    } else {
      const problem = outcome.problem;
      const at = problem.field ? showFieldError(form, problem.field, problem.detail) : null;
      rendered = renderProblem(problem, at !== null);
    }
    append(results, [rendered.node]);
    results.dataset["rendered"] = String(Number(results.dataset["rendered"] ?? "0") + 1);
    note = [...rendered.text, "", STATEMENT, byId("versions").textContent ?? ""];
    setActions(outcome.ok);
    if (outcome.ok) rendered.node.querySelector("#result-title")?.focus();
  } finally {
    button.disabled = false;
    results.removeAttribute("aria-busy");
  }
}
async function copyText() {
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
async function footer() {
  const [ready, listed] = await Promise.all([call(client.GET("/health/ready")), call(client.GET("/v1/tables"))]);
  const engine = ready.ok ? `Engine ${ready.data.engine_version}` : "Engine version unavailable";
  const versions = listed.ok ? listed.data.tables.map((t) => `${t.table.id} ${t.table.version}`).join(", ") : "";
  byId("versions").textContent = `${engine}. Tables: ${versions}.`;
}
async function start() {
  const [drugList, tableList] = await Promise.all([call(client.GET("/v1/drugs")), call(client.GET("/v1/tables"))]);
  if (!drugList.ok || !tableList.ok) {
    append(results, [h("p", { role: "alert" }, "The reference data could not be loaded from this server.")]);
    return;
  }
  tables = tableList.data.tables;
  const routes = /* @__PURE__ */ new Map();
  for (const d of drugList.data.drugs) routes.set(d.drug, [...routes.get(d.drug) ?? [], d.route]);
  drugs = [...routes.entries()].map(([drug, r]) => ({ drug, routes: r })).sort((a, b) => a.drug.localeCompare(b.drug));
  regimen = new Regimen(byId("lines"), drugs);
  regimen.add({ drug: "oxycodone", route: "oral", release: "extended", dose: 20, unit: "mg", frequency: "interval", every: 12 });
  patient = new PatientPanel();
  patient.element.querySelector("legend")?.setAttribute("id", "patient-legend");
  byId("patient-slot").appendChild(patient.element);
  byId("add-line").addEventListener(
    "click",
    () => regimen.add({ drug: "oxycodone", route: "oral", release: "immediate", dose: 5, unit: "mg", frequency: "prn", every: 4, maximum: 4 })
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
