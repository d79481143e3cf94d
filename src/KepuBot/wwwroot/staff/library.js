"use strict";
// The 知识库 tab: articles and FAQ entries by status, preview, approve and retire (reviewers and admins); upload a file
// as a draft; write a curated answer (for example to an unanswered question) as a draft FAQ entry. The bundled starter
// set is listed as 示例（待审核） so a reviewer can go through it.
(() => {
  const { api, el, loaders, session } = window.KepuStaff;
  const panel = document.getElementById("tab-library");
  const statusText = { draft: "草稿", vetted: "已审核", retired: "已下架", starter: "示例（待审核）" };
  const kinds = { antifraud: "反诈", debunk: "辟谣", emergency: "应急", health: "健康", digital: "数字生活", faq: "问答" };
  let built = false;

  const option = (value, text) => { const o = el("option", "", text); o.value = value; return o; };
  const field = (text, control) => { const l = el("label", "", text); l.append(control); return l; };
  const input = (id, placeholder, type = "text") => { const i = el("input"); i.id = id; i.type = type; if (placeholder) i.placeholder = placeholder; return i; };
  const button = (text, cls) => { const b = el("button", cls || "", text); b.type = "button"; return b; };
  const $ = (id) => document.getElementById(id);

  function say(message, failed) {
    const line = $("lib-message");
    line.className = failed ? "error" : "ok";
    line.textContent = message;
  }

  function describe(change) {
    const before = change.before ? statusText[change.before] : "新建";
    const notes = (change.dependents || []).map((d) => `问答 ${d} 引用了它，今后不再使用。`).join(" ");
    return `${change.docId}：${before} → ${statusText[change.after]}，已生效。${notes}`;
  }

  async function act(work) {
    try {
      say(describe(await work()));
      await loadList();
    } catch (e) {
      say(e.message, true);
    }
  }

  function build() {
    const filter = el("select");
    filter.id = "lib-status";
    filter.append(option("", "全部"), option("draft", "草稿"), option("starter", "示例（待审核）"), option("vetted", "已审核"), option("retired", "已下架"));
    filter.addEventListener("change", () => loadList());
    const list = el("ul", "rows");
    list.id = "lib-list";
    const preview = el("pre", "card");
    preview.id = "lib-preview";
    preview.hidden = true;
    preview.style.whiteSpace = "pre-wrap";

    const upload = el("form", "card");
    upload.id = "lib-upload";
    const kind = el("select");
    kind.id = "lib-kind";
    kind.name = "kind";
    Object.entries(kinds).filter(([k]) => k !== "faq").forEach(([k, t]) => kind.append(option(k, t)));
    const file = input("lib-file", "", "file");
    file.name = "file";
    file.accept = ".md,.txt,.docx,.pdf,.html,.htm";
    const named = (i, name) => { i.name = name; return i; };
    const submit = el("button", "primary", "上传为草稿");
    submit.type = "submit";
    upload.append(el("h3", "", "上传文章"), field("文件（Markdown、Word、PDF、网页）", file), field("类别", kind),
      field("编号（可不填）", named(input("lib-id", "例如 health-summer-food"), "id")),
      field("依据来源（逗号分隔）", named(input("lib-basis", "国家卫生健康委员会，中国疾病预防控制中心"), "basis")),
      field("主题词", named(input("lib-topics", "食品安全，夏季"), "topics")),
      field("面向人群", named(input("lib-audience", "居民，老年人"), "audience")),
      field("辟谣：谣言说法", named(input("lib-claim"), "claim")),
      field("辟谣：结论（谣言 / 误区 / 部分正确）", named(input("lib-verdict"), "verdict")), submit);
    upload.addEventListener("submit", (event) => { event.preventDefault(); act(() => send(new FormData(upload))); });

    const faq = el("form", "card");
    faq.id = "lib-faq";
    const unanswered = el("select");
    unanswered.id = "lib-unanswered";
    const question = input("lib-question", "居民的问题");
    const answer = el("textarea");
    answer.id = "lib-answer";
    answer.placeholder = "简短、通俗，忠实于所引章节";
    const doc = el("select");
    doc.id = "lib-doc";
    const section = el("select");
    section.id = "lib-section";
    const write = el("button", "primary", "保存为问答草稿");
    write.type = "submit";
    faq.append(el("h3", "", "写问答"), field("从未回答的问题中选择", unanswered), field("问题", question), field("答案", answer),
      field("依据文档", doc), field("依据章节", section), write);
    unanswered.addEventListener("change", () => { if (unanswered.value) question.value = unanswered.value; });
    doc.addEventListener("change", () => loadSections());
    faq.addEventListener("submit", (event) => {
      event.preventDefault();
      act(() => api("/library/faq", { method: "POST", body: { question: question.value, answer: answer.value, doc: doc.value, section: section.value } }));
    });

    const message = el("p", "");
    message.id = "lib-message";
    message.setAttribute("role", "status");
    panel.replaceChildren(el("p", "hint", "新文章和问答先是草稿，由作者以外的审核人审核通过后才会被引用；下架后不再引用。随系统提供的示例内容标为“示例（待审核）”，引用时注明“示例内容，待本地审核”，请审核人逐篇审核或下架。每次改动都记入审计日志。"),
      message, field("状态", filter), list, preview, upload, faq);
    built = true;
  }

  async function send(form) {
    const response = await fetch("/api/staff/library", { method: "POST", body: form, headers: { Authorization: `Bearer ${session().token}` } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error((body && (body.detail || body.title)) || `上传失败（${response.status}）`);
    return body;
  }

  function row(entry) {
    const li = el("li");
    li.dataset.id = entry.id;
    const due = entry.reviewBy ? ` · 复审 ${entry.reviewBy}` : "";
    const stale = entry.status === "vetted" && !entry.citable ? "（已过复审期，不再引用）"
      : entry.status === "starter" ? (entry.citable ? "（引用时注明待本地审核）" : "（未审核，不引用）") : "";
    li.append(el("div", "", entry.title), el("div", "meta", `${entry.id} · ${kinds[entry.kind] || entry.kind} · ${statusText[entry.status]}${stale} · 作者 ${entry.author || "-"} · 审核 ${entry.reviewer || "-"}${due}`));
    const actions = el("div", "actions");
    const view = button("预览");
    view.addEventListener("click", async () => {
      const { text } = await api(`/library/${encodeURIComponent(entry.id)}`);
      $("lib-preview").textContent = text;
      $("lib-preview").hidden = false;
    });
    actions.append(view);
    // Only reviewers and admins approve and retire; the service refuses others anyway, so staff are not offered it.
    const reviewer = ["reviewer", "admin"].includes(session().role);
    if (!reviewer) {
      li.append(actions);
      return li;
    }
    if (entry.status !== "retired") {
      const approve = button(entry.status === "vetted" ? "重新审核" : "审核通过", "primary approve");
      approve.addEventListener("click", () => act(() => api(`/library/${encodeURIComponent(entry.id)}/approve`, { method: "POST", body: {} })));
      const retire = button("下架", "retire");
      retire.addEventListener("click", () => {
        const reason = window.prompt("下架原因");
        if (reason !== null) act(() => api(`/library/${encodeURIComponent(entry.id)}/retire`, { method: "POST", body: { reason } }));
      });
      actions.append(approve, retire);
    } else {
      const restore = button("重新审核上线", "approve");
      restore.addEventListener("click", () => act(() => api(`/library/${encodeURIComponent(entry.id)}/approve`, { method: "POST", body: {} })));
      actions.append(restore);
    }

    li.append(actions);
    return li;
  }

  async function loadList() {
    const status = $("lib-status").value;
    const { entries } = await api(`/library${status ? `?status=${status}` : ""}`);
    $("lib-list").replaceChildren(...(entries.length ? entries.map(row) : [el("li", "hint", "没有符合条件的文章。")]));
  }

  async function loadSections() {
    const doc = $("lib-doc").value;
    if (!doc) return;
    const { sections } = await api(`/library/sections?doc=${encodeURIComponent(doc)}`);
    $("lib-section").replaceChildren(...sections.map((s) => option(s, s)));
  }

  async function loadForms() {
    const [{ documents }, { questions }] = await Promise.all([api("/library/documents"), api("/unanswered?limit=100")]);
    $("lib-doc").replaceChildren(...documents.map((d) => option(d.id, `${d.title}（${d.id}）`)));
    $("lib-unanswered").replaceChildren(option("", questions.length ? "—" : "暂无未回答的问题"), ...questions.map((q) => option(q.question, q.question)));
    await loadSections();
  }

  loaders.library = async () => {
    if (!built) {
      build();
      await loadForms();
    }
    await loadList();
  };
})();
