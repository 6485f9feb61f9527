// Starts the Pagefind search box (a separate file, because the Content Security Policy forbids inline scripts).
window.addEventListener('DOMContentLoaded', function () {
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  var input = document.querySelector('#search input');
  if (input) input.id = 'search-input'; // ties the visible <label for="search-input"> to Pagefind's field
  var q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
