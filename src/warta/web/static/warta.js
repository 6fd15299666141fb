// warta: progressive enhancement only; every page works without this file.
// On an article opened at #hl, move keyboard focus to the highlighted sentence.
document.addEventListener("DOMContentLoaded", function () {
  if (location.hash === "#hl") {
    var mark = document.getElementById("hl");
    if (mark) { mark.focus({ preventScroll: false }); }
  }
});
