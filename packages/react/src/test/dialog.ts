// jsdom has no modal dialog: `showModal()` and `close()` are missing. The components rely on the
// browser's (the e2e suite checks them in Chromium); here they open and close the dialog and run
// the dialog focusing step (focus moves to the first focusable element inside), as browsers do.
// (Files that run in Node, without a DOM, have no dialog to patch.)
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
    this.querySelector<HTMLElement>('[autofocus],button:not([disabled]),input:not([disabled])')?.focus();
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
