// The search page: loads Pagefind's interface from the index `folio build` wrote into
// pagefind/, and runs the query of the header's search box (?q=). Without an index (Pagefind
// not installed, or `folio serve`), it says search is off.
(function () {
  var box = document.getElementById("search");
  var off = document.getElementById("search-off");
  if (!box) return;
  var bundle = box.getAttribute("data-bundle") || "pagefind/";
  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = bundle + "pagefind-ui.css";
  document.head.appendChild(style);
  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onerror = function () { if (off) off.hidden = false; };
  script.onload = function () {
    // The interface's words come from the label files (data-* on the box), not Pagefind's own.
    var translations = {};
    ["placeholder", "clear_search", "load_more", "search_label", "zero_results", "one_result", "many_results", "searching"]
      .forEach(function (key) {
        var value = box.getAttribute("data-" + key.replace(/_/g, "-"));
        if (value) translations[key] = value;
      });
    var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false, resetStyles: false,
                              translations: translations });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  };
  document.body.appendChild(script);
})();
