// The shell of every page: <html lang> from the remembered language, the banner with the
// language switch, and the main landmark. Lesson pages opt out of the cookie (force-static) and
// set the language themselves; see app/_components/language/language.ts for the scheme.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { htmlLang } from "./_components/language/language.ts";
import { LanguageProvider } from "./_components/language/language-provider.tsx";
import { SiteHeader } from "./_components/language/site-header.tsx";
import { getLanguage } from "./_data/language.ts";
import "./globals.css";
import "./_styles/site.css";

export const metadata: Metadata = {
  title: { default: "PodLab", template: "%s · PodLab" },
  description: "Learn Kubernetes Pods: write Pod YAML and see what the kubelet does with it.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await getLanguage();
  return (
    // Static lesson pages correct `lang` on the client (LanguageSync); React must not warn about it.
    <html lang={htmlLang(language)} suppressHydrationWarning>
      <body>
        <LanguageProvider initial={language}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </LanguageProvider>
      </body>
    </html>
  );
}
