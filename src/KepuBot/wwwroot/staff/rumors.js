"use strict";
// The 辟谣 queue tab: filter and sort cases, open one, assign it, resolve it and publish the debunk.
(() => {
  const { api, el, time, loaders, session, report } = window.KepuStaff;
  const panel = document.getElementById("tab-rumors");
  const statusText = { open: "待处理", assigned: "核查中", resolved: "已处理" };
  const verdicts = ["谣言", "属实", "部分属实", "无法核实"];
  const actionText = { "rumor.assign": "指派", "rumor.topic": "改话题", "rumor.resolve": "给出结论", "rumor.publish": "发布辟谣文章" };
  let built = false;
  let selected = null;
  let accounts = [];

  const option = (value, text, chosen) => {
    const o = el("option", "", text);
    o.value = value;
    if (chosen) o.selected = true;
    return o;
  };
  const select = (id, options) => {
    const s = el("select");
    s.id = id;
    s.append(...options);
    return s;
  };
  const labelled = (text, control) => {
    const l = el("label", "", text);
    l.append(control);
    return l;
  };
  const spark = (counts, title) => {
    const box = el("span", "spark");
    box.title = title;
    const max = Math.max(1, ...counts);
    counts.forEach((n) => { const bar = el("i"); bar.style.height = `${Math.round((n / max) * 100)}%`; box.append(bar); });
    return box;
  };

  function build() {
    const filters = el("div", "filters");
    const search = el("input");
    search.id = "rq-q";
    search.type = "search";
    search.placeholder = "搜索说法";
    const spreading = el("input");
    spreading.id = "rq-spreading";
    spreading.type = "checkbox";
    const onlySpreading = el("label", "", "");
    onlySpreading.append(spreading, document.createTextNode("只看扩散中"));
    const refresh = el("button", "", "刷新");
    refresh.type = "button";
    filters.append(
      labelled("状态", select("rq-status", [option("", "全部"), option("open", "待处理"), option("assigned", "核查中"), option("resolved", "已处理")])),
      labelled("话题", select("rq-topic", [option("", "全部")])),
      labelled("排序", select("rq-sort", [option("recent", "最近被问"), option("count", "被问次数"), option("spreading", "扩散速度"), option("new", "最新线索")])),
      onlySpreading, search, refresh);
    const queue = el("div", "queue");
    const list = el("ul", "rows");
    list.id = "rq-list";
    const detail = el("section", "detail card");
    detail.id = "rq-detail";
    detail.hidden = true;
    queue.append(list, detail);
    panel.replaceChildren(el("p", "hint", "居民问到或转发的疑似谣言都会进入这里，相近的说法归为一条线索。"), filters, queue);
    filters.addEventListener("change", () => loadList());
    refresh.addEventListener("click", () => loadList());
    search.addEventListener("keydown", (e) => { if (e.key === "Enter") loadList(); });
    built = true;
  }

  async function loadTopics() {
    const { topics } = await api("/rumors/topics");
    const topic = document.getElementById("rq-topic");
    const current = topic.value;
    topic.replaceChildren(option("", "全部"), ...topics.map((t) => option(t.topic, `${t.topic}（${t.cases}）`, t.topic === current)));
  }

  async function loadList() {
    const params = new URLSearchParams({ limit: "100", sort: document.getElementById("rq-sort").value });
    const status = document.getElementById("rq-status").value;
    const topic = document.getElementById("rq-topic").value;
    const q = document.getElementById("rq-q").value.trim();
    if (status) params.set("status", status);
    if (topic) params.set("topic", topic);
    if (q) params.set("q", q);
    if (document.getElementById("rq-spreading").checked) params.set("spreading", "true");
    const { total, cases } = await api(`/rumors?${params}`);
    const list = document.getElementById("rq-list");
    list.replaceChildren(...(cases.length ? cases.map(item) : [el("li", "hint", "没有符合条件的线索。")]));
    list.prepend(el("li", "meta", `共 ${total} 条线索`));
  }

  function item(view) {
    const c = view.case;
    const li = el("li", "case");
    li.dataset.id = c.id;
    li.tabIndex = 0;
    li.setAttribute("aria-current", String(c.id === selected));
    const head = el("div");
    head.append(el("span", "claim", c.claim), el("span", `badge ${c.status}`, statusText[c.status] || c.status));
    if (view.spreading) head.append(el("span", "badge spreading", "扩散中"));
    if (c.verdict) head.append(el("span", "badge", c.verdict));
    const meta = el("div", "meta", `被问 ${c.reportCount} 次 · ${c.reporterCount} 人 · 最近 ${time(c.lastSeen)} · ${c.topic}${c.assignee ? ` · ${c.assignee}` : ""}`);
    meta.append(spark(view.lastWeek, "近7天每天被问次数"));
    li.append(head, meta);
    const open = () => openCase(c.id).catch((e) => report(panel, e));
    li.addEventListener("click", open);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    return li;
  }

  async function openCase(id) {
    selected = id;
    document.querySelectorAll("#rq-list .case").forEach((n) => n.setAttribute("aria-current", String(n.dataset.id === id)));
    const detail = await api(`/rumors/${id}`);
    renderDetail(detail);
  }

  function renderDetail(d) {
    const c = d.case;
    const box = document.getElementById("rq-detail");
    box.hidden = false;
    const title = el("h3", "", c.claim);
    const facts = el("p", "meta", `被问 ${c.reportCount} 次（${c.reporterCount} 人）· 首次 ${time(c.firstSeen)} · 最近 ${time(c.lastSeen)} · ${statusText[c.status]}${d.spreading ? " · 扩散中" : ""}`);
    const trend = el("p", "meta", "近24小时：");
    trend.append(spark(d.hourly.map((p) => p.count), "近24小时每小时被问次数"), document.createTextNode("　近30天："), spark(d.daily.map((p) => p.count), "近30天每天被问次数"));
    const matched = c.debunkId ? el("p", "meta", `已有辟谣文章：${c.debunkId}`) : el("p", "meta", "知识库中还没有对应的辟谣文章。");
    box.replaceChildren(title, facts, trend, matched, actions(c), resolveForm(c));
    if (c.status === "resolved") box.append(resolution(c, d.history));
    const variants = el("ul", "reports");
    d.claims.forEach((claim) => variants.append(el("li", "", claim)));
    const reports = el("ul", "reports");
    d.reports.forEach((r) => reports.append(el("li", "", `${time(r.at)} · ${r.channel} · ${r.claim}`)));
    const history = el("ul", "history");
    d.history.forEach((h) => history.append(el("li", "", `${time(h.at)} ${h.actor} ${actionText[h.action] || h.action} ${h.after || ""}`)));
    box.append(el("h4", "", "不同说法"), variants, el("h4", "", "最近的提问"), reports, el("h4", "", "处理记录"), history);
    if (window.matchMedia("(max-width: 760px)").matches) box.scrollIntoView({ behavior: "smooth" });
  }

  function actions(c) {
    const row = el("div", "actions");
    const mine = el("button", "", "指派给我");
    mine.type = "button";
    mine.id = "rq-assign-me";
    mine.disabled = c.assignee === session().name;
    mine.addEventListener("click", () => change(c.id, "assign", { assignee: session().name }));
    const who = select("rq-assignee", [option("", "（未指派）"), ...accounts.map((a) => option(a.name, a.name, a.name === c.assignee))]);
    who.addEventListener("change", () => change(c.id, "assign", { assignee: who.value }));
    const topic = el("input");
    topic.id = "rq-topic-edit";
    topic.value = c.topic;
    topic.maxLength = 20;
    topic.size = 8;
    topic.addEventListener("change", () => change(c.id, "topic", { topic: topic.value }));
    row.append(mine, labelled("指派", who), labelled("话题", topic));
    if (c.status === "resolved" && !c.publishedDocId && c.verdict !== "无法核实") {
      const publish = el("button", "primary", "发布为辟谣文章");
      publish.type = "button";
      publish.id = "rq-publish";
      publish.addEventListener("click", () => change(c.id, "publish", {}));
      row.append(publish);
    }
    return row;
  }

  function resolveForm(c) {
    const form = el("form");
    form.id = "rq-resolve";
    const set = el("fieldset");
    set.append(el("legend", "", c.status === "resolved" ? "修改结论" : "给出结论"));
    const verdict = select("rq-verdict", verdicts.map((v) => option(v, v, v === c.verdict)));
    const writeUp = el("textarea");
    writeUp.id = "rq-writeup";
    writeUp.maxLength = 4000;
    writeUp.required = true;
    writeUp.placeholder = "核查说明：用居民听得懂的话说清楚事实和建议";
    writeUp.value = c.writeUp || "";
    const basis = el("input");
    basis.id = "rq-basis";
    basis.placeholder = "依据（权威来源，用顿号或逗号分隔）";
    basis.value = (c.basis || []).join("、");
    const publish = el("input");
    publish.type = "checkbox";
    publish.id = "rq-publish-now";
    const publishLabel = el("label");
    publishLabel.append(publish, document.createTextNode(" 同时发布为辟谣文章（进入知识库，居民再问即可得到答复）"));
    const submit = el("button", "primary", "提交结论");
    submit.type = "submit";
    set.append(labelled("结论", verdict), labelled("核查说明", writeUp), labelled("依据", basis), publishLabel, submit);
    form.append(set);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      change(c.id, "resolve", {
        verdict: verdict.value,
        writeUp: writeUp.value,
        basis: basis.value.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean),
        publish: publish.checked,
      });
    });
    return form;
  }

  function resolution(c, history) {
    const box = el("div", "card");
    box.id = "rq-resolution";
    box.append(el("strong", "", `结论：${c.verdict}`), el("p", "", c.writeUp || ""), el("p", "meta", `${c.resolvedBy} · ${time(c.resolvedAt)}`));
    if (c.publishedDocId) {
      // Publishing is a review: only a reviewer other than the case's resolver makes it citable at once.
      const last = (history || []).find((h) => h.action === "rumor.publish");
      const status = last && last.after ? (JSON.parse(last.after).status || "vetted") : "vetted";
      box.append(el("p", "ok", status === "draft"
        ? `已发布为草稿：${c.publishedDocId}（由作者以外的审核人在“知识库”中审核通过后引用）`
        : `已发布：${c.publishedDocId}`));
    }
    return box;
  }

  async function change(id, action, body) {
    const box = document.getElementById("rq-detail");
    box.querySelectorAll(".error").forEach((n) => n.remove());
    try {
      await api(`/rumors/${id}/${action}`, { method: "POST", body });
      await Promise.all([openCase(id), loadList()]);
    } catch (e) {
      report(box, e);
    }
  }

  loaders.rumors = async () => {
    if (!built) build();
    accounts = await api("/accounts");
    await loadTopics();
    await loadList();
    if (selected) await openCase(selected).catch(() => { selected = null; });
  };
})();
