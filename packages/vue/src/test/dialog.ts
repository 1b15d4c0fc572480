// happy-dom's `showModal()` opens the dialog but skips the dialog focusing steps that browsers
// run (HTML, "dialog focusing steps": focus moves to the first focusable element inside). The
// components rely on the browser for it, as the e2e suite checks in Chromium; do the same here.
// (Files that run in Node, without a DOM, have no dialog to patch.)
if (typeof HTMLDialogElement !== 'undefined') {
  const showModal = HTMLDialogElement.prototype.showModal;
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    showModal.call(this);
    this.querySelector<HTMLElement>('[autofocus],button:not([disabled]),input:not([disabled])')?.focus();
  };
}
