// Submits the SAML HTTP-POST form as soon as the page loads. A static file rather than inline
// script, so the page's Content-Security-Policy can forbid inline script; without JavaScript
// the form's own Continue button does the same.
(function () {
  var form = document.getElementById("saml-autopost");
  if (form) {
    form.submit();
  }
})();
