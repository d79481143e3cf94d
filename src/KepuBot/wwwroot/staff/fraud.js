"use strict";
// The 反诈统计 tab: which scams are going around, by scenario and day, and the latest messages (masked).
(() => {
  const { api, el, time, loaders } = window.KepuStaff;
  const $ = (id) => document.getElementById(id);
  const riskName = { high: "高风险", medium: "需核实" };

  function bars(byDay, firstDay, lastDay) {
    const spark = el("span", "spark");
    const max = Math.max(1, ...Object.values(byDay));
    for (let d = new Date(`${firstDay}T00:00:00`); d <= new Date(`${lastDay}T00:00:00`); d.setDate(d.getDate() + 1)) {
      const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
      const bar = el("i");
      bar.style.height = `${Math.round(((byDay[key] || 0) / max) * 100)}%`;
      bar.title = `${key}：${byDay[key] || 0}`;
      spark.append(bar);
    }
    return spark;
  }

  async function showRecent(scenario) {
    const { events } = await api(`/fraud/recent?limit=50${scenario ? `&scenario=${encodeURIComponent(scenario)}` : ""}`);
    $("fraud-recent").replaceChildren(...(events.length ? events.map((e) => {
      const li = el("li");
      li.append(el("div", "", e.message), el("div", "meta", `${time(e.at)} · ${e.channel} · ${riskName[e.risk] || e.risk} · ${e.scenario}`));
      return li;
    }) : [el("li", "hint", "暂无记录。")]));
  }

  loaders.fraud = async () => {
    const days = $("fraud-days").value;
    const stats = await api(`/fraud/stats?days=${days}`);
    $("fraud-summary").textContent = `${stats.firstDay} 至 ${stats.lastDay}，共 ${stats.total} 条有诈骗风险的咨询。`;
    $("fraud-scenarios").replaceChildren(...(stats.scenarios.length ? stats.scenarios.map((s) => {
      const li = el("li", "case");
      li.dataset.scenario = s.scenario;
      const head = el("div", "claim", s.name);
      head.append(el("span", "badge", `${s.total} 条`), el("span", "badge spreading", `高风险 ${s.high}`), bars(s.byDay, stats.firstDay, stats.lastDay));
      li.append(head);
      li.addEventListener("click", () => showRecent(s.scenario).catch((e) => window.KepuStaff.report($("tab-fraud"), e)));
      return li;
    }) : [el("li", "hint", "这段时间没有诈骗风险咨询。")]));
    await showRecent(null);
  };

  document.addEventListener("DOMContentLoaded", () => {
    $("fraud-days").addEventListener("change", () => loaders.fraud().catch((e) => window.KepuStaff.report($("tab-fraud"), e)));
  });
})();
