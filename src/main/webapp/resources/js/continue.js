// After a sign-in form: follow the "Continue" link at once. A script navigation, unlike a
// redirect after the form post, is not held to the page's CSP form-action, so the link may lead
// (through /oauth2/authorize/resume) to an application on another origin.
(function () {
  var link = document.getElementById('continue');
  if (link) {
    window.location.replace(link.href);
  }
})();
