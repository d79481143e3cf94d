"use strict";
(() => {
  const messages = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("question");
  const suggestions = document.getElementById("suggestions");
  const fontToggle = document.getElementById("font-toggle");
  const starter = ["隔夜菜能吃吗？", "接到自称公安的电话让转账怎么办？", "地震时在高楼里怎么办？", "区卫生健康委要做哪些科普工作？"];

  // The conversation lives as long as the tab; the large-font choice persists across visits.
  const conversationId = sessionStorage.getItem("kepu.conversation") || `web:${crypto.randomUUID()}`;
  sessionStorage.setItem("kepu.conversation", conversationId);
  const setLarge = (on) => {
    document.body.classList.toggle("large", on);
    fontToggle.setAttribute("aria-pressed", String(on));
    localStorage.setItem("kepu.large", on ? "1" : "0");
  };
  setLarge(localStorage.getItem("kepu.large") === "1");
  fontToggle.addEventListener("click", () => setLarge(!document.body.classList.contains("large")));

  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const scroll = () => { messages.scrollTop = messages.scrollHeight; };
  // Notes on the sources (a document past its period, starter content awaiting local review) are set apart.
  const isNotice = (l) => l.startsWith("（该文件") || l.startsWith("（示例内容");

  // 朗读 reads an answer with the browser's own speech synthesis, and only where it has a Chinese voice: a button
  // that reads in an English voice, or says nothing, would be worse than none. Chrome lists voices late, hence the event.
  const synth = window.speechSynthesis;
  const chineseVoice = () => (synth ? synth.getVoices() : []).find((v) => /^(zh[-_](CN|Hans)|cmn)/i.test(v.lang || ""));
  const showSpeakButtons = () => {
    const hidden = !chineseVoice();
    document.querySelectorAll("button.speak").forEach((b) => { b.hidden = hidden; });
  };
  if (synth) synth.addEventListener("voiceschanged", showSpeakButtons);
  function speakButton(text) {
    const button = el("button", "speak", "朗读");
    button.type = "button";
    button.hidden = !chineseVoice();
    button.addEventListener("click", () => {
      const voice = chineseVoice();
      if (!voice) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      // The language picks the voice; slower in large-font mode, for the older ears it serves.
      utterance.lang = voice.lang.replace("_", "-");
      utterance.rate = document.body.classList.contains("large") ? 0.85 : 1;
      synth.speak(utterance);
    });
    return button;
  }
  // What is read: the answer itself, without the warning sign and the notes on the sources.
  const spoken = (text) => text.split("\n").filter((l) => !isNotice(l)).join("\n").replace(/⚠️\s*/gu, "").trim();

  function addUser(text) {
    const row = el("div", "msg user");
    row.append(el("div", "bubble", text));
    messages.append(row);
    scroll();
  }

  function addBot(answer) {
    const row = el("div", "msg bot");
    const bubble = el("div", "bubble");
    let text = answer.answer;
    // Only a scam in progress gets the red stop-now style; a medium risk ("请先核实") is set apart more quietly.
    const risk = answer.flags ? answer.flags.fraudRisk || (answer.flags.fraud ? "high" : "none") : "none";
    if (risk === "medium") bubble.classList.add("caution");
    if (risk === "high") {
      bubble.classList.add("warning");
      const [lead, ...rest] = text.split("\n");
      bubble.append(el("span", "lead", lead));
      text = rest.join("\n");
    }
    const lines = text.split("\n");
    bubble.append(document.createTextNode(lines.filter((l) => !isNotice(l)).join("\n")));
    lines.filter(isNotice).forEach((l) => bubble.append(el("span", "notice", l)));
    if (answer.citations && answer.citations.length) {
      const details = el("details", "sources");
      details.append(el("summary", "", `来源（${answer.citations.length}）`));
      const list = el("ol");
      answer.citations.forEach((c) => {
        const item = el("li");
        item.append(el("strong", "", c.title), document.createTextNode(` › ${c.section}`));
        item.append(el("blockquote", "", c.quote));
        list.append(item);
      });
      details.append(list);
      bubble.append(details);
    }
    const actions = el("div", "actions");
    actions.append(speakButton(spoken(answer.answer)));
    if (answer.turnId) actions.append(feedbackButtons(answer.turnId));
    bubble.append(actions);
    row.append(bubble);
    messages.append(row);
    showSuggestions(answer.suggestions || []);
    scroll();
  }

  function feedbackButtons(turnId) {
    const box = el("div", "feedback");
    const send = async (helpful) => {
      box.querySelectorAll("button").forEach((b) => { b.disabled = true; });
      await fetch("/api/feedback", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ turnId, helpful }) });
      box.append(el("span", "notice", "谢谢您的反馈"));
    };
    const up = el("button", "", "有用");
    const down = el("button", "", "没用");
    up.type = down.type = "button";
    up.addEventListener("click", () => send(true));
    down.addEventListener("click", () => send(false));
    box.append(up, down);
    return box;
  }

  function showSuggestions(list) {
    suggestions.replaceChildren();
    list.forEach((q) => {
      const b = el("button", "", q);
      b.type = "button";
      b.addEventListener("click", () => ask(q));
      suggestions.append(b);
    });
  }

  async function ask(question) {
    const text = question.trim();
    if (!text) return;
    addUser(text);
    showSuggestions([]);
    const typing = el("div", "msg bot typing");
    typing.append(el("div", "bubble"));
    messages.append(typing);
    scroll();
    try {
      const style = document.body.classList.contains("large") ? "elderly" : "standard";
      const response = await fetch("/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question: text, conversationId, style }),
      });
      const body = await response.json();
      typing.remove();
      if (!response.ok) {
        addBot({ answer: body.detail || "出错了，请稍后再试。" });
        return;
      }
      addBot(body);
    } catch {
      typing.remove();
      addBot({ answer: "网络连接失败，请检查网络后再试。" });
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    ask(text);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  addBot({ answer: "您好！我是科普问答助手。可以问我科普政策、防范诈骗、辟谣、应急避险和健康常识方面的问题。", suggestions: starter });
})();
