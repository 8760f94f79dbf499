// PodLab sends no mail, so better-auth's `sendResetPassword` cannot deliver a reset link: the
// link goes back to the server code that asked for it (an admin's page, `podlab user
// reset-password`), which hands it over. An AsyncLocalStorage carries it from the callback, which
// better-auth awaits inside `auth.api.requestPasswordReset`, back to that caller.
import { AsyncLocalStorage } from "node:async_hooks";

/** Where the callback leaves the link of the current request: filled once. */
export interface ResetLinkHolder {
  url?: string;
}

const holders = new AsyncLocalStorage<ResetLinkHolder>();

/** Runs `work` with a holder that the reset callback fills. */
export function withResetLinkHolder<T>(holder: ResetLinkHolder, work: () => Promise<T>): Promise<T> {
  return holders.run(holder, work);
}

/**
 * better-auth's `emailAndPassword.sendResetPassword`: hands `url` to the waiting caller. Outside
 * one (nothing should ask better-auth for a reset any other way: its HTTP route is disabled) the
 * link is dropped, so it reaches nobody.
 */
export async function deliverResetLink({ url }: { url: string }): Promise<void> {
  const holder = holders.getStore();
  if (holder) holder.url = url;
}
