"use client";
// The header's account links. A client component: lesson pages are static, so the (shared)
// layout cannot read the session cookie; the menu asks /api/auth/get-session instead, again on
// each navigation so signing in or out shows at once.
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { Language } from "@/app/_components/language/language.ts";
import { signInHref, signUpHref } from "./account-links.ts";
import { accountText } from "./account-text.ts";
import { postAuth } from "./post-auth.ts";
import "@/app/_styles/account.css";

/** Dispatched on window when the account changes without a navigation (a new display name). */
export const accountChangedEvent = "podlab:account-changed";

type State = { kind: "loading" } | { kind: "signed-out" } | { kind: "signed-in"; displayName: string; isAdmin: boolean };

async function readSession(): Promise<State> {
  try {
    const response = await fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" });
    const session = (await response.json()) as { user?: { name?: string; role?: string } } | null;
    return session?.user ? { kind: "signed-in", displayName: session.user.name ?? "", isAdmin: session.user.role === "admin" } : { kind: "signed-out" };
  } catch {
    return { kind: "signed-out" };
  }
}

/** Sign in / create an account; or Users (admins), Cohorts, the profile link and sign out. */
export function AccountMenu({ language, label }: { language: Language; label: string }) {
  const text = accountText(language);
  const pathname = usePathname();
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let isCurrent = true;
    const refresh = () => void readSession().then((next) => isCurrent && setState(next));
    refresh();
    window.addEventListener(accountChangedEvent, refresh);
    return () => {
      isCurrent = false;
      window.removeEventListener(accountChangedEvent, refresh);
    };
  }, [pathname]);

  const signOut = async () => {
    await postAuth("/sign-out", {});
    setState({ kind: "signed-out" });
    router.push("/");
    router.refresh();
  };

  const isAccountPage = pathname === "/sign-in" || pathname === "/sign-up";
  const returnTo = isAccountPage ? "/" : pathname;
  return (
    <nav className="account-menu" aria-label={label}>
      <ul>
        {state.kind === "signed-in" && (
          <>
            {state.isAdmin && (
              <li>
                <Link href="/admin/users" aria-current={pathname === "/admin/users" ? "page" : undefined}>
                  {text.users}
                </Link>
              </li>
            )}
            <li>
              <Link href="/cohorts" aria-current={pathname.startsWith("/cohorts") ? "page" : undefined}>
                {text.cohorts}
              </Link>
            </li>
            <li>
              <Link href="/profile" aria-current={pathname === "/profile" ? "page" : undefined} title={text.profile}>
                {state.displayName || text.profile}
              </Link>
            </li>
            <li>
              <button type="button" className="link" onClick={() => void signOut()}>
                {text.signOut}
              </button>
            </li>
          </>
        )}
        {state.kind === "signed-out" && (
          <>
            <li>
              <Link href={signInHref(returnTo)} aria-current={pathname === "/sign-in" ? "page" : undefined}>
                {text.signIn}
              </Link>
            </li>
            <li>
              <Link href={signUpHref(returnTo)} aria-current={pathname === "/sign-up" ? "page" : undefined}>
                {text.signUp}
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
