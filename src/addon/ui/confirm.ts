import { byId } from './dom';
import { msg } from './state';

/**
 * A yes/no question in the page's own modal dialog (#confirm-dialog in sidebar.html), never
 * window.confirm (blocked in some add-on frames, and not in the page's language). The dialog is
 * modal, so focus stays in it; Escape or Cancel answer no; focus returns to the button pressed.
 */
export function confirmDialog(
  title: string,
  text: string,
  yesKey: string,
  noKey: string,
): Promise<boolean> {
  const dialog = byId<HTMLDialogElement>('confirm-dialog');
  const yes = byId<HTMLButtonElement>('confirm-yes');
  const no = byId<HTMLButtonElement>('confirm-no');
  const opener = document.activeElement as HTMLElement | null;
  byId('confirm-title').textContent = title;
  byId('confirm-text').textContent = text;
  yes.textContent = msg(yesKey);
  no.textContent = msg(noKey);
  return new Promise<boolean>((resolve) => {
    const done = (answer: boolean) => {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      opener?.focus();
      resolve(answer);
    };
    const onYes = () => done(true);
    const onNo = () => done(false);
    const onCancel = (event: Event) => {
      event.preventDefault();
      done(false);
    };
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    // The safe answer has focus first: Enter right away does not send.
    no.focus();
  });
}
