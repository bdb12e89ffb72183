import { checkFile, checkText, type UploadRefusal } from '../../core/upload-rules';

/**
 * The upload page's script: checks a file or a text with the server's own rules (so the client
 * hears at once, in plain words, what is wrong), then sends it through google.script.run
 * (`uploadSubmission`), the file as base64. The server checks everything again. Messages go to
 * a status region (polite) or an alert region; focus moves to what needs fixing.
 */

interface Config {
  refused: boolean;
  token?: string;
  ticket?: string;
  words?: Record<string, string>;
}

interface UploadAnswer {
  ok: boolean;
  kind?: 'file' | 'text';
  name?: string;
  message: string;
}

interface Runner {
  withSuccessHandler(fn: (value: UploadAnswer) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  uploadSubmission(token: string, request: Record<string, string>): void;
}

declare const google: { script: { run: Runner } };

const config = JSON.parse(document.getElementById('config')?.textContent ?? '{}') as Config;
const words = config.words ?? {};
const word = (key: string): string => words[key] ?? key;

const status = document.getElementById('status');
const error = document.getElementById('error');

function say(kind: 'status' | 'error', message: string): void {
  if (status) status.textContent = kind === 'status' ? message : '';
  if (error) error.textContent = kind === 'error' ? message : '';
}

function refusal(reason: UploadRefusal): string {
  return word(`refused.${reason}`);
}

function newRequestId(): string {
  const cryptoApi = (window as unknown as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

function busy(button: HTMLButtonElement | null, on: boolean): void {
  if (!button) return;
  button.disabled = on;
  button.setAttribute('aria-disabled', String(on));
}

function send(
  request: Record<string, string>,
  button: HTMLButtonElement | null,
  done: (answer: UploadAnswer) => void,
): void {
  busy(button, true);
  say('status', word('sending'));
  google.script.run
    .withSuccessHandler((answer) => {
      busy(button, false);
      if (answer && answer.ok) say('status', answer.message);
      else say('error', answer?.message || word('refused.failed'));
      done(answer);
    })
    .withFailureHandler(() => {
      busy(button, false);
      say('error', word('refused.failed'));
    })
    .uploadSubmission(config.token ?? '', {
      ...request,
      ticket: config.ticket ?? '',
      requestId: newRequestId(),
    });
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function invalid(field: HTMLElement, message: string): void {
  field.setAttribute('aria-invalid', 'true');
  say('error', message);
  field.focus();
}

function setUp(): void {
  if (config.refused) return;
  const fileForm = document.getElementById('file-form') as HTMLFormElement | null;
  const fileInput = document.getElementById('file') as HTMLInputElement | null;
  const fileButton = document.getElementById('file-send') as HTMLButtonElement | null;
  fileForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!fileInput) return;
    fileInput.removeAttribute('aria-invalid');
    const file = fileInput.files?.[0];
    if (!file) return invalid(fileInput, refusal('empty'));
    const check = checkFile({ name: file.name, mimeType: file.type, size: file.size });
    if (!check.ok) return invalid(fileInput, refusal(check.reason));
    busy(fileButton, true);
    say('status', word('sending'));
    readBase64(file)
      .then((base64) =>
        send({ name: file.name, mimeType: check.mimeType, base64 }, fileButton, (answer) => {
          if (answer?.ok) fileForm.reset();
        }),
      )
      .catch(() => {
        busy(fileButton, false);
        say('error', word('refused.failed'));
      });
  });

  const textForm = document.getElementById('text-form') as HTMLFormElement | null;
  const textArea = document.getElementById('text') as HTMLTextAreaElement | null;
  const textButton = document.getElementById('text-send') as HTMLButtonElement | null;
  // Without this script the form posts to doPost; with it, the answer comes back in place.
  textForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!textArea) return;
    textArea.removeAttribute('aria-invalid');
    const check = checkText(textArea.value);
    if (!check.ok) return invalid(textArea, refusal(check.reason));
    send({ text: check.text }, textButton, (answer) => {
      if (answer?.ok) textForm.reset();
    });
  });
}

setUp();
