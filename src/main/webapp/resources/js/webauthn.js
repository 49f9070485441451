/*
 * Passkeys on Tollgate's pages. A page puts the WebAuthn options its backing bean issued into
 * data-options of an element marked data-webauthn="create" or "get"; its button runs the
 * ceremony, writes credential.toJSON() into the form's hidden input and submits the form
 * through its (hidden) Faces button. No inline script: the page's CSP allows none.
 */
(function () {
  'use strict';

  function explain(error) {
    if (error && error.name === 'NotAllowedError') {
      return 'The passkey request was cancelled or timed out. Try again.';
    }
    if (error && error.name === 'InvalidStateError') {
      return 'This device already holds a passkey for this account.';
    }
    return 'The passkey did not work: ' + (error && error.message ? error.message : error);
  }

  function supported() {
    return window.PublicKeyCredential &&
      typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function' &&
      typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';
  }

  function ceremony(kind, options) {
    if (kind === 'create') {
      return navigator.credentials.create(
        {publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options)});
    }
    return navigator.credentials.get(
      {publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options)});
  }

  function setUp(box) {
    var button = box.querySelector('[data-webauthn-start]');
    var status = box.querySelector('[data-webauthn-status]');
    var output = box.querySelector('input[type=hidden]');
    var submit = box.querySelector('input[type=submit]');
    if (!supported()) {
      button.disabled = true;
      status.textContent = 'This browser cannot use passkeys.';
      return;
    }
    if (!box.dataset.options) {
      button.disabled = true;
      status.textContent = 'Passkeys cannot be used right now.';
      return;
    }
    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = 'Waiting for your passkey…';
      ceremony(box.dataset.webauthn, JSON.parse(box.dataset.options))
        .then(function (credential) {
          output.value = JSON.stringify(credential.toJSON());
          status.textContent = 'Checking…';
          submit.form.requestSubmit(submit);
        })
        .catch(function (error) {
          status.textContent = explain(error);
          button.disabled = false;
        });
    });
  }

  document.querySelectorAll('[data-webauthn]').forEach(setUp);
}());
