// What a page did while a test ran: the JavaScript dialogs it opened and the requests it sent.
import type { Page, Request } from '@playwright/test';

/** Records every dialog the page opens (an alert() from injected markup would be one), dismissing it. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Records every request the page sends that `matches`, as it is sent. */
export function collectRequests(page: Page, matches: (request: Request) => boolean): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (matches(request)) requests.push(request);
  });
  return requests;
}
