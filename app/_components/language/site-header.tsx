"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { htmlLang, languageOfPath } from "./language.ts";
import { useLanguage } from "./language-provider.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { AccountMenu } from "../account/account-menu.tsx";
import { uiText } from "./ui-text.ts";

/**
 * The banner: skip link, brand, site navigation and the language switch. A client component
 * because a lesson URL fixes the language even when the (static) layout could not read the cookie.
 */
export function SiteHeader() {
  const pathname = usePathname();
  const { language: remembered } = useLanguage();
  const language = languageOfPath(pathname) ?? remembered;
  const text = uiText(language);
  return (
    <>
      <a className="skip-link" href="#main" lang={htmlLang(language)}>
        {text.skipToContent}
      </a>
      <header className="site-header" lang={htmlLang(language)}>
        <Link href="/" className="brand">
          PodLab
        </Link>
        <span className="tagline">{text.tagline}</span>
        <nav aria-label={text.siteNav} className="site-nav">
          <ul>
            <li>
              <Link href="/" aria-current={pathname === "/" ? "page" : undefined}>
                {text.course}
              </Link>
            </li>
            <li>
              <Link href="/playground" aria-current={pathname === "/playground" ? "page" : undefined}>
                {text.playground}
              </Link>
            </li>
            <li>
              <Link href="/leaderboard" aria-current={pathname.startsWith("/leaderboard") ? "page" : undefined}>
                {text.leaderboard}
              </Link>
            </li>
          </ul>
        </nav>
        <AccountMenu language={language} label={text.accountNav} />
        <LanguageSwitch current={language} label={text.languageNav} />
      </header>
    </>
  );
}
