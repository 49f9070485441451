/*
 * Recovery codes on Tollgate's pages: a button marked data-copy="<id>" puts the text of the
 * element with that id on the clipboard and says so. No inline script: the page's CSP allows none.
 */
(function () {
  'use strict';

  function setUp(button) {
    var source = document.getElementById(button.dataset.copy);
    var status = document.getElementById(button.id + '-status');
    if (!source || !navigator.clipboard) {
      button.hidden = true;
      return;
    }
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent).then(function () {
        if (status) {
          status.textContent = 'Copied to the clipboard.';
        }
      }, function () {
        if (status) {
          status.textContent = 'The browser did not allow copying: select the codes instead.';
        }
      });
    });
  }

  document.querySelectorAll('[data-copy]').forEach(setUp);
}());
