/*
 * Fostering oversight in Cockpit (PROCESS-API section 9): where managers, the LADO and quality assurance already look.
 *  - On the dashboard: the timeliness figures of the LADO annual report (Dorset LADO annual report 2020/21, 6.2), the
 *    Standards of Care procedure and escalations, month by month as charts, the overdue work by team with who holds
 *    it and how many working days late, and CSV downloads.
 *  - On a case: its open tasks with holder, due date and lateness (Cockpit's own "User Tasks" tab lists only the
 *    tasks the viewer may work on).
 * Plain DOM, no libraries; every value from the server is written as text, never as HTML.
 */

const PLUGIN = "fostering-oversight";

const REPORTS = [
  {
    id: "lado",
    title: "LADO: allegations and concerns",
    source: "Dorset LADO annual report 2020/21, section 6.2",
    figures: {
      contacts: "Concerns received",
      initialDiscussionsWithin1WorkingDay: "Initial discussion within 1 working day",
      decisionsWithin1WorkingDay: "LADO decision within 1 working day",
      decisionsWithin24Hours: "LADO decision within 24 hours",
      referrals: "Referrals (allegations)",
      iemWithin5WorkingDays: "Initial Evaluation Meeting within 5 working days",
      thresholdNotMet: "Threshold not met at the IEM",
      paimWithin28Days: "Post-Allegation Investigation Meeting within 28 days",
      dbsReferrals: "Referrals to the DBS",
      open: "Allegations open at the end of the period"
    },
    breakdowns: {
      outcomes: "Outcomes",
      closedWithin: "Closed within (from receipt)",
      routes: "LADO decisions by route",
      referralTypes: "Referrals by type of harm"
    }
  },
  {
    id: "standards-of-care",
    title: "Standards of Care",
    source: "Dorset Standards of Care guidance, 3; Dudley Standards of Care procedure, 4.2-4.3",
    figures: {
      cases: "Cases opened",
      visitsOnTime: "Visit within 5 working days",
      visitRecordsOnTime: "Visit record sent within 5 working days",
      meetingsHeld: "Meetings held",
      meetingsOnTime: "Meeting held on time",
      reportsToChairOnTime: "Report to the chair on time",
      reportsToCarerOnTime: "Report to the carer on time",
      minutesOnTime: "Minutes issued on time",
      agencyDecisionsOnTime: "Agency decision within 7 working days of the panel",
      resignations: "Resignations during a case",
      open: "Cases open at the end of the period"
    },
    breakdowns: {
      meetingOutcomes: "Meeting outcomes",
      panelDecisions: "Panel recommendations",
      agencyDecisions: "Agency decisions"
    }
  },
  {
    id: "escalations",
    title: "Escalations and chased deadlines",
    source: "Dorset IRO annual report 2020/21, section 10",
    figures: {
      raised: "Escalations raised",
      medianWorkingDaysToResolve: "Median working days to resolve",
      open: "Escalations open at the end of the period"
    },
    breakdowns: {
      byHighestStage: "Closed, by highest stage reached",
      resolvedAtStage: "Resolved at stage",
      missedDeadlineChases: "Missed deadlines chased, by team",
      raisedBy: "Raised by"
    }
  }
];

const GROUP_NAMES = {
  "childrens-social-worker": "Child's social workers",
  "childrens-team-manager": "Children's team managers",
  "fostering-social-worker": "Fostering (supervising) social workers",
  "fostering-manager": "Fostering team managers",
  "lado": "LADO",
  "business-support": "Business support",
  "iro": "Independent reviewing officers",
  "fostering-panel": "Fostering panel",
  "agency-decision-maker": "Agency decision makers",
  "service-manager": "Service managers",
  "head-of-service": "Heads of service",
  "director": "Directors",
  "quality-assurance": "Quality assurance and partnerships"
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child === null || child === undefined) {
      return;
    }
    node.appendChild(typeof child === "string" || typeof child === "number"
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.appendChild(typeof child === "string"
    ? document.createTextNode(child) : child));
  return node;
}

function base(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}`;
}

async function fetchJson(api, path) {
  const response = await fetch(base(api) + path, {
    credentials: "same-origin",
    headers: { Accept: "application/json", "X-XSRF-TOKEN": api.CSRFToken || "" }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.message || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return { body, total: response.headers.get("X-Total-Count") };
}

async function downloadCsv(api, path, filename) {
  const response = await fetch(base(api) + path, {
    credentials: "same-origin",
    headers: { Accept: "text/csv", "X-XSRF-TOKEN": api.CSRFToken || "" }
  });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = el("a", { href: url, download: filename });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function monthLabel(month) {
  const [year, number] = month.split("-");
  return `${MONTHS[Number(number) - 1]} ${year.slice(2)}`;
}

function londonDate(iso) {
  if (!iso) {
    return "";
  }
  return new Date(iso).toLocaleDateString("en-GB", {
    timeZone: "Europe/London", day: "numeric", month: "short", year: "numeric"
  });
}

function isTimed(value) {
  return value && typeof value === "object" && "onTime" in value;
}

/** A bar chart of on time / late (or just counts) per month, as SVG with a text alternative. */
function monthlyChart(name, label, months) {
  const width = 380;
  const height = 150;
  const left = 28;
  const bottom = 22;
  const values = months.map(m => m[name] || {});
  const timed = values.some(isTimed);
  const totals = values.map(v => timed ? (v.onTime || 0) + (v.late || 0) : (v.count || 0));
  const max = Math.max(1, ...totals);
  const step = (width - left) / Math.max(1, months.length);
  const barWidth = Math.max(2, step * 0.7);
  const scale = (height - bottom - 10) / max;
  const description = months.map((m, i) => timed
    ? `${monthLabel(m.month)}: ${values[i].onTime || 0} on time, ${values[i].late || 0} late`
    : `${monthLabel(m.month)}: ${values[i].count || 0}`).join("; ");
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", "aria-label": `${label}. ${description}`,
    class: "fc-chart"
  });
  chart.appendChild(svg("line", { x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: "fc-axis" }));
  chart.appendChild(svg("text", { x: 0, y: 12, class: "fc-tick" }, String(max)));
  chart.appendChild(svg("text", { x: 0, y: height - bottom, class: "fc-tick" }, "0"));
  months.forEach((m, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    let y = height - bottom;
    const parts = timed
      ? [["fc-on-time", values[i].onTime || 0], ["fc-late", values[i].late || 0]]
      : [["fc-count", values[i].count || 0]];
    parts.forEach(([cls, n]) => {
      if (n > 0) {
        const h = n * scale;
        y -= h;
        const bar = svg("rect", { x, y, width: barWidth, height: h, class: cls });
        bar.appendChild(svg("title", {}, `${monthLabel(m.month)}: ${n} ${cls === "fc-late" ? "late"
          : cls === "fc-on-time" ? "on time" : ""}`.trim()));
        chart.appendChild(bar);
      }
    });
    if (months.length <= 24 && (months.length <= 12 || i % 3 === 0)) {
      chart.appendChild(svg("text", { x: x + barWidth / 2, y: height - 6, class: "fc-month" },
        monthLabel(m.month).split(" ")[0]));
    }
  });
  return el("figure", { class: "fc-figure", "data-figure": name },
    el("figcaption", {}, label), chart);
}

function figureRow(name, label, value) {
  if (!value) {
    return null;
  }
  const timed = isTimed(value);
  const percent = timed && value.percentOnTime !== null ? `${value.percentOnTime}%` : "";
  const extra = value.lateWithReason !== undefined ? ` (${value.lateWithReason} late with a reason recorded)` : "";
  const count = value.median !== undefined ? (value.median === null ? "-" : String(value.median)) : String(value.count);
  return el("tr", { "data-figure": name },
    el("th", { scope: "row" }, label),
    el("td", { class: "fc-number" }, count),
    el("td", { class: "fc-number" }, timed ? String(value.onTime) : ""),
    el("td", { class: "fc-number" }, timed ? String(value.late) + extra : ""),
    el("td", { class: "fc-number fc-percent" }, percent));
}

function reportSection(api, definition, report, period) {
  const table = el("table", { class: "fc-table cam-table" },
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, "Figure"), el("th", { scope: "col" }, "Count"),
      el("th", { scope: "col" }, "On time"), el("th", { scope: "col" }, "Late"),
      el("th", { scope: "col" }, "% on time"))),
    el("tbody", {}, Object.entries(definition.figures)
      .map(([name, label]) => figureRow(name, label, report[name]))));
  const breakdowns = Object.entries(definition.breakdowns).filter(([name]) => report[name]).map(([name, label]) =>
    el("div", { class: "fc-breakdown", "data-figure": name }, el("h4", {}, label),
      el("ul", {}, Object.entries(report[name]).map(([key, n]) =>
        el("li", {}, `${GROUP_NAMES[key] || key.replace(/_/g, " ").toLowerCase()}: `, el("strong", {}, String(n))))))
  );
  const charts = (report.months || []).length
    ? Object.entries(definition.figures).filter(([name]) => name !== "open" && report.months[0][name]
      && (isTimed(report.months[0][name]) || name === "contacts" || name === "cases" || name === "raised"))
      .map(([name, label]) => monthlyChart(name, label, report.months))
    : [];
  const csv = el("button", { type: "button", class: "btn btn-default btn-sm fc-csv" }, "Download CSV");
  csv.addEventListener("click", () => downloadCsv(api, `/reports/${definition.id}?from=${period.from}&to=${period.to}`,
    `${definition.id}-${period.from}-to-${period.to}.csv`).catch(error => alert(error.message)));
  return el("section", { class: "fc-report", "data-report": definition.id },
    el("header", { class: "fc-report-header" }, el("h3", {}, definition.title), csv),
    el("p", { class: "fc-source" }, definition.source),
    report.scope && !report.scope.all
      ? el("p", { class: "fc-scope" }, "The work of the teams you oversee: "
        + report.scope.groups.map(g => GROUP_NAMES[g] || g).join(", "))
      : null,
    table,
    el("div", { class: "fc-breakdowns" }, breakdowns),
    charts.length ? el("div", { class: "fc-charts" }, el("h4", {}, "Month by month (green on time, red late)"),
      el("div", { class: "fc-chart-grid" }, charts)) : null);
}

function overdueSection(api, tasks, total) {
  const csv = el("button", { type: "button", class: "btn btn-default btn-sm fc-csv" }, "Download CSV");
  csv.addEventListener("click", () => downloadCsv(api, "/work/overdue?maxResults=100000", "overdue-work.csv")
    .catch(error => alert(error.message)));
  const byTeam = new Map();
  tasks.forEach(task => {
    const team = task.group || "(no team)";
    if (!byTeam.has(team)) {
      byTeam.set(team, []);
    }
    byTeam.get(team).push(task);
  });
  const teams = [...byTeam.entries()].map(([team, list]) => el("div", { class: "fc-team", "data-team": team },
    el("h4", {}, `${GROUP_NAMES[team] || team} (${list.length})`),
    el("table", { class: "fc-table cam-table" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Case"), el("th", { scope: "col" }, "Task"),
        el("th", { scope: "col" }, "Held by"), el("th", { scope: "col" }, "Due"),
        el("th", { scope: "col" }, "Working days late"))),
      el("tbody", {}, list.map(task => el("tr", { class: "fc-overdue", "data-case": task.caseReference || "" },
        el("td", {}, task.processInstanceId
          ? el("a", { href: `#/process-instance/${encodeURIComponent(task.processInstanceId)}/runtime` },
            task.caseReference || "(no reference)")
          : task.caseReference || ""),
        el("td", {}, task.taskName || ""),
        el("td", {}, task.assignee || "Not yet picked up"),
        el("td", {}, londonDate(task.dueOn)),
        el("td", { class: "fc-number fc-late-days" },
          task.workingDaysLate === null ? "" : String(task.workingDaysLate))))))));
  return el("section", { class: "fc-report fc-overdue-work", "data-report": "overdue" },
    el("header", { class: "fc-report-header" },
      el("h3", {}, `Overdue statutory work (${total === null ? tasks.length : total})`), csv),
    el("p", { class: "fc-source" }, "Open statutory tasks past their due date, oldest first, by team"),
    tasks.length ? el("div", {}, teams) : el("p", { class: "fc-none" }, "No statutory work is overdue."),
    total !== null && Number(total) > tasks.length
      ? el("p", {}, `Showing the oldest ${tasks.length}; download the CSV for all ${total}.`) : null);
}

/** Without a period the server's default applies: the current financial year (1 April to 31 March). */
async function renderDashboard(node, api, requested) {
  node.replaceChildren(el("p", { class: "fc-loading" }, "Loading the oversight figures..."));
  const query = requested
    ? `?from=${encodeURIComponent(requested.from)}&to=${encodeURIComponent(requested.to)}` : "";
  try {
    const [overdue, ...reports] = await Promise.all([
      fetchJson(api, "/work/overdue?maxResults=500"),
      ...REPORTS.map(definition => fetchJson(api, `/reports/${definition.id}${query}`))
    ]);
    const period = { from: reports[0].body.from, to: reports[0].body.to };
    const form = el("form", { class: "fc-period form-inline" },
      el("label", {}, "From ", el("input", { type: "date", name: "from", value: period.from, class: "form-control" })),
      el("label", {}, " to ", el("input", { type: "date", name: "to", value: period.to, class: "form-control" })),
      el("button", { type: "submit", class: "btn btn-primary btn-sm" }, "Show"));
    form.addEventListener("submit", event => {
      event.preventDefault();
      renderDashboard(node, api, { from: form.elements.from.value, to: form.elements.to.value });
    });
    node.replaceChildren(el("div", { class: "fc-oversight", id: "fostering-oversight" },
      el("h2", {}, "Fostering oversight"),
      form,
      overdueSection(api, overdue.body, overdue.total),
      REPORTS.map((definition, i) => reportSection(api, definition, reports[i].body, period))));
  } catch (error) {
    node.replaceChildren(el("div", { class: "fc-oversight", id: "fostering-oversight" },
      el("h2", {}, "Fostering oversight"),
      el("p", { class: "fc-error" }, error.status === 403
        ? "Oversight figures are for the LADO, quality assurance and managers."
        : `The oversight figures could not be loaded: ${error.message}`)));
  }
}

async function renderCaseTasks(node, api, processInstanceId) {
  node.replaceChildren(el("p", {}, "Loading..."));
  try {
    const { body } = await fetchJson(api, `/process-instance/${encodeURIComponent(processInstanceId)}/tasks`);
    if (!body.length) {
      node.replaceChildren(el("p", { class: "fc-none fc-case-tasks" },
        "No open tasks of the teams you oversee on this case."));
      return;
    }
    node.replaceChildren(el("table", { class: "fc-table cam-table fc-case-tasks" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Task"), el("th", { scope: "col" }, "Team"),
        el("th", { scope: "col" }, "Held by"), el("th", { scope: "col" }, "Created"),
        el("th", { scope: "col" }, "Due"), el("th", { scope: "col" }, "Working days late"))),
      el("tbody", {}, body.map(task => el("tr", { class: task.overdue ? "fc-overdue" : "" },
        el("td", {}, task.taskName || ""),
        el("td", {}, task.groups.map(g => GROUP_NAMES[g] || g).join(", ")),
        el("td", {}, task.assignee || "Not yet picked up"),
        el("td", {}, londonDate(task.created)),
        el("td", {}, londonDate(task.dueOn)),
        el("td", { class: "fc-number" }, task.workingDaysLate === null ? "" : String(task.workingDaysLate)))))));
  } catch (error) {
    node.replaceChildren(el("p", { class: "fc-error" }, error.status === 403
      ? "Task details are for the LADO, quality assurance and managers."
      : `The tasks could not be loaded: ${error.message}`));
  }
}

export default [
  {
    // a page of its own as well, one click from every Cockpit page
    id: "fostering-oversight-navigation",
    pluginPoint: "cockpit.navigation",
    priority: 50,
    properties: {
      pagePath: "#/oversight",
      checkActive: url => url.indexOf("#/oversight") > -1
    },
    render: node => {
      node.replaceChildren(el("a", { href: "#/oversight", id: "fostering-oversight-link" }, "Oversight"));
    }
  },
  {
    id: "fostering-oversight-page",
    pluginPoint: "cockpit.route",
    properties: { path: "/oversight", label: "Oversight" },
    render: (node, { api }) => {
      // a page of its own scrolls inside Cockpit's content area
      const page = el("div", { class: "fc-page" });
      node.replaceChildren(page);
      renderDashboard(page, api, null);
    }
  },
  {
    id: "fostering-oversight-dashboard",
    pluginPoint: "cockpit.dashboard",
    priority: 100,
    render: (node, { api }) => {
      renderDashboard(node, api, null);
    }
  },
  {
    id: "fostering-case-tasks",
    pluginPoint: "cockpit.processInstance.runtime.tab",
    priority: 20,
    properties: { label: "User Tasks" },
    render: (node, { api, processInstanceId }) => {
      renderCaseTasks(node, api, processInstanceId);
    }
  }
];
