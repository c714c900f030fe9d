// The nomination form's record field: suggestions from /awards/records/ as one types, in
// the field's <datalist>. Without JavaScript the field takes an id or a name as typed.
(function () {
  "use strict";
  var form = document.querySelector("form[data-record-suggestions]");
  if (!form) return;
  var input = form.querySelector("[data-award-record]");
  var list = document.getElementById("award-record-suggestions");
  if (!input || !list) return;
  var timer = null;

  function kind() {
    var checked = form.querySelector("input[name=kind]:checked");
    return checked ? checked.value : "";
  }

  function fill(results) {
    list.textContent = "";
    results.forEach(function (result) {
      var option = document.createElement("option");
      option.value = result.key;
      option.label = result.label;
      option.textContent = result.label;
      list.appendChild(option);
    });
  }

  function suggest() {
    var query = input.value.trim();
    if (query.length < 2 || !kind() || kind() === "initiative") {
      fill([]);
      return;
    }
    var url = form.dataset.recordSuggestions + "?kind=" + encodeURIComponent(kind()) +
      "&q=" + encodeURIComponent(query);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { fill(data.results || []); })
      .catch(function () { fill([]); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
})();
