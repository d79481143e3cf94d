"use strict";
// The staff console shell: sign-in, tabs, and the shared API helper the tab scripts use.
window.KepuStaff = (() => {
  const tokenKey = "kepu.staff.session";
  const loaders = {};
  const $ = (id) => document.getElementById(id);
  let session = JSON.parse(sessionStorage.getItem(tokenKey) || "null");

  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };
  const time = (iso) => iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false }) : "";

  class ApiError extends Error {
    constructor(status, detail) { super(detail); this.status = status; }
  }

  async function api(path, options = {}) {
    const headers = { Accept: "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) };
    if (session) headers.Authorization = `Bearer ${session.token}`;
    const response = await fetch(`/api/staff${path}`, { ...options, headers, body: options.body ? JSON.stringify(options.body) : undefined });
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.status === 401 && session) {
      signOut("登录已过期，请重新登录。");
    }
    if (!response.ok) throw new ApiError(response.status, (body && (body.detail || body.title)) || `请求失败（${response.status}）`);
    return body;
  }

  function signOut(message) {
    session = null;
    sessionStorage.removeItem(tokenKey);
    $("app-view").hidden = true;
    $("login-view").hidden = false;
    $("logout").hidden = true;
    $("who").textContent = "";
    $("login-error").textContent = message || "";
  }

  function showApp() {
    $("login-view").hidden = true;
    $("app-view").hidden = false;
    $("logout").hidden = false;
    $("who").textContent = `${session.name}（${({ admin: "管理员", reviewer: "审核人" })[session.role] || "工作人员"}）`;
    document.querySelectorAll("[data-admin]").forEach((n) => { n.hidden = session.role !== "admin"; });
    select(sessionStorage.getItem("kepu.staff.tab") || "rumors");
  }

  function select(name) {
    const tab = document.querySelector(`.tabs [data-tab="${name}"]`);
    if (!tab || tab.hidden) return select("rumors");
    document.querySelectorAll(".tabs [role=tab]").forEach((b) => b.setAttribute("aria-selected", String(b === tab)));
    document.querySelectorAll(".tab").forEach((p) => { p.hidden = p.id !== `tab-${name}`; });
    sessionStorage.setItem("kepu.staff.tab", name);
    if (loaders[name]) loaders[name]().catch((e) => report($(`tab-${name}`), e));
  }

  function report(container, error) {
    const line = el("p", "error", error.message);
    container.prepend(line);
  }

  $("login-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("login-error").textContent = "";
    $("login-submit").disabled = true;
    try {
      session = await api("/login", { method: "POST", body: { name: $("login-name").value, password: $("login-password").value } });
      sessionStorage.setItem(tokenKey, JSON.stringify(session));
      $("login-password").value = "";
      showApp();
    } catch (e) {
      session = null;
      $("login-error").textContent = e.message;
    } finally {
      $("login-submit").disabled = false;
    }
  });
  $("logout").addEventListener("click", () => signOut());
  document.querySelectorAll(".tabs [role=tab]").forEach((b) => b.addEventListener("click", () => select(b.dataset.tab)));

  loaders.unanswered = async () => {
    const list = $("unanswered-list");
    const { questions } = await api("/unanswered?limit=200");
    list.replaceChildren(...(questions.length ? questions.map((q) => {
      const li = el("li");
      li.append(el("div", "", q.question), el("div", "meta", `${time(q.at)} · ${q.channel}`));
      return li;
    }) : [el("li", "hint", "暂无未回答的问题。")]));
  };

  loaders.audit = async () => {
    const list = $("audit-list");
    const { entries } = await api("/audit?limit=200");
    list.replaceChildren(...entries.map((a) => {
      const li = el("li");
      li.append(el("div", "", `${a.actor} · ${a.action} · ${a.target}`));
      if (a.before || a.after) li.append(el("div", "meta", `${a.before || "—"} → ${a.after || "—"}`));
      li.append(el("div", "meta", time(a.at)));
      return li;
    }));
  };

  // A console with no staff accounts says so before anyone types a password, and offers no form to fill in.
  async function showIfClosed() {
    const response = await fetch("/api/staff/login", { headers: { Accept: "application/json" } }).catch(() => null);
    const status = response && response.ok ? await response.json() : null;
    if (!status || status.open) return;
    $("login-closed").textContent = status.detail;
    $("login-closed").hidden = false;
    $("login-form").querySelectorAll("input, button").forEach((n) => { n.disabled = true; });
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (session && new Date(session.expiresAt) > new Date()) showApp(); else signOut();
    showIfClosed();
  });

  return { api, el, time, loaders, session: () => session, report, select };
})();
