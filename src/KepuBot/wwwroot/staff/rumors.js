"use strict";
// The 辟谣 queue tab (filled in by the follow-up queue).
(() => {
  const { loaders, el } = window.KepuStaff;
  loaders.rumors = async () => {
    document.getElementById("tab-rumors").replaceChildren(el("p", "hint", "辟谣队列即将上线。"));
  };
})();
