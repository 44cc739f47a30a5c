// textkit review page: tabs, a filter for the agreements, and the map's
// cities as filters. Written for this page; no libraries, no requests.
"use strict";
(function () {
  const tabs = document.querySelectorAll("nav button[data-tab]");
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () {
      tabs.forEach(function (t) {
        const on = t === tab;
        t.setAttribute("aria-selected", on ? "true" : "false");
        document.getElementById(t.dataset.tab).hidden = !on;
      });
    });
  });

  const rows = Array.from(document.querySelectorAll("#agreements tbody tr"));
  const search = document.getElementById("filter");
  const shown = document.getElementById("shown");
  let cityKey = null;

  function apply() {
    const words = (search.value || "").trim().toLowerCase();
    let n = 0;
    rows.forEach(function (row) {
      const keys = row.dataset.keys.split(" ");
      const ok = (!cityKey || keys.indexOf(cityKey) >= 0) &&
        (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
      row.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = String(n);
    document.querySelectorAll("#map .link").forEach(function (line) {
      line.classList.toggle("on", cityKey !== null &&
        (line.dataset.a === cityKey || line.dataset.b === cityKey));
    });
    document.querySelectorAll("#map .city").forEach(function (dot) {
      dot.classList.toggle("on", dot.dataset.key === cityKey);
    });
  }

  search.addEventListener("input", apply);
  document.querySelectorAll("#map .city").forEach(function (dot) {
    dot.addEventListener("click", function () {
      cityKey = cityKey === dot.dataset.key ? null : dot.dataset.key;
      apply();
    });
  });
  apply();
})();
