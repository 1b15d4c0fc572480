// jsdom has no modal dialog: `showModal()` and `close()` are missing. The components rely on the
// browser's (the e2e suite checks them in Chromium); here they open and close the dialog and run
// the dialog focusing step (focus moves to the first focusable element inside), as browsers do.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
  this.querySelector<HTMLElement>('[autofocus],button:not([disabled]),input:not([disabled])')?.focus();
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};
