import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInHref } from "@/app/_components/account/account-links.ts";
import { accountText } from "@/app/_components/account/account-text.ts";
import { getLanguage } from "@/app/_data/language.ts";
import { getViewer } from "@/app/_data/viewer.ts";
import { ChangePasswordForm } from "./page-client.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText(await getLanguage()).changePassword };
}

/** Change the signed-in person's password (the current one is asked for again). */
export default async function ChangePasswordPage() {
  const viewer = await getViewer();
  if (!viewer) redirect(signInHref("/account/password"));
  const language = await getLanguage();
  const text = accountText(language);
  return (
    <div className="account-page">
      <h1>{text.changePassword}</h1>
      <p className="lead">{viewer.email}</p>
      <ChangePasswordForm language={language} />
    </div>
  );
}
