// Starts the Pagefind search box (a separate file, because the Content Security Policy forbids inline scripts).
window.addEventListener('DOMContentLoaded', function () {
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  var q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
