// Folio: makes the column headings of tables marked data-sortable into buttons that re-sort the
// rows (again to reverse). Without scripts the table stays complete, in the order it was written.
(function () {
  "use strict";
  function key(cell) {
    var value = cell.getAttribute("data-sort-value");
    return value === null ? cell.textContent.trim() : value;
  }
  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    var body = table.tBodies[0];
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headings.forEach(function (heading, column) {
      var kind = heading.getAttribute("data-sort");
      if (!kind) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.title = table.getAttribute("data-sort-label") || "";
      // Links in a heading (a rule id) stay beside the button: a link inside a button is unreachable.
      Array.prototype.slice.call(heading.childNodes).forEach(function (node) {
        var interactive = node.nodeType === 1 && (node.matches("a, button") || node.querySelector("a, button"));
        if (!interactive) button.appendChild(node);
      });
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          var order = kind === "number" ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
